using System;
using System.IO;
using System.Linq;
using System.Text;
using Evaluation.IO.Csv.Splitting;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Evaluation.IO.Tests;

/// <summary>
/// A file cut in two for two readers: the head and the tail (less its copy of the header line) are the file again, the
/// cut falls after a line break outside quotes, and a cut inside a quoted field is refused, the head then reading it all.
/// </summary>
public class SplitFileProperties
{
    private const string Header = "a,b\n";

    /// <summary>Header lines: plain, with names quoted (a comma and an escaped quote inside), and one whose first line break is inside a quoted name.</summary>
    private static readonly string[] Headers = [Header, "\"a\",\"b\"\n", "\"a,\"\"x\"\"\",b\r\n", "\"a\nb\",c\n"];

    [Property(MaxTest = 300)]
    public Property Head_and_tail_are_the_file_and_the_cut_is_outside_quotes()
    {
        Gen<string> body = Gen.Elements("x", ",", "\"", "\n", "\r\n", "中", "\"\"").ArrayOf().Select(parts => string.Concat(parts));
        return Prop.ForAll(Gen.Elements(Headers).ToArbitrary(), body.ToArbitrary(), (header, text) =>
        {
            byte[] file = Encoding.UTF8.GetBytes(header + text);
            string headerLine = header.Contains("a\nb", StringComparison.Ordinal) ? "" : header;
            using var path = new TempFile(file);
            using var split = new SplitFile(path.Path, minimumTail: 1);
            bool taken = split.TryTakeTail(out Stream tail);
            byte[] head = ReadAll(split.Head);
            split.EndHead();
            byte[] rest = ReadAll(tail);
            int middleBreak = Array.IndexOf(file, (byte)'\n', file.Length / 2);
            if (!taken)
            {
                return ((middleBreak < 0 || headerLine.Length == 0) && head.SequenceEqual(file)).Label("no line break after the middle, or none ends the header");
            }
            int cut = middleBreak + 1;
            bool quotedBefore = file.Take(cut).Count(b => b == (byte)'"') % 2 == 1;
            return split.Outcome switch
            {
                TailOutcome.Taken => (!quotedBefore && head.SequenceEqual(file.Take(cut)) && headerLine.Length > 0 && rest.SequenceEqual(Encoding.UTF8.GetBytes(headerLine).Concat(file.Skip(cut))))
                    .Label("taken: the head ends at the first line break after the middle, the tail is the header and the rest"),
                TailOutcome.Refused => (quotedBefore && head.SequenceEqual(file)).Label("refused: the cut is inside quotes, and the head is the whole file"),
                _ => false.Label("a taken tail is either kept or refused"),
            };
        });
    }

    [Fact]
    public void A_cut_inside_a_quoted_field_is_refused_and_the_tail_ends()
    {
        using var path = new TempFile(Encoding.UTF8.GetBytes(Header + "1,\"one\ntwo\nthree\nfour\"\n"));
        using var split = new SplitFile(path.Path, minimumTail: 1);

        Assert.True(split.TryTakeTail(out Stream tail));
        Assert.Equal(Header + "1,\"one\ntwo\nthree\nfour\"\n", Encoding.UTF8.GetString(ReadAll(split.Head)));
        Assert.Equal(TailOutcome.Refused, split.Outcome);
        Assert.Empty(ReadAll(tail));
    }

    [Fact]
    public void No_tail_is_given_once_the_head_is_done_below_the_minimum_or_when_the_header_breaks_inside_quotes()
    {
        byte[] rows = Encoding.UTF8.GetBytes(Header + string.Concat(Enumerable.Repeat("1,2\n", 100)));
        using (var path = new TempFile(rows))
        using (var split = new SplitFile(path.Path, minimumTail: 1))
        {
            ReadAll(split.Head);
            split.EndHead();
            Assert.False(split.TryTakeTail(out _));
            Assert.Equal(TailOutcome.None, split.Outcome);
        }
        using (var path = new TempFile(rows))
        using (var split = new SplitFile(path.Path, minimumTail: rows.Length + 1))
        {
            Assert.False(split.TryTakeTail(out _));
        }
        using (var path = new TempFile(Encoding.UTF8.GetBytes("\"a\nb\",c\n" + string.Concat(Enumerable.Repeat("1,2\n", 100)))))
        using (var split = new SplitFile(path.Path, minimumTail: 1))
        {
            Assert.False(split.TryTakeTail(out _));
        }
    }

    [Fact]
    public void A_header_of_quoted_names_opens_the_tail()
    {
        const string quoted = "\"a\",\"b\"\n";
        using var path = new TempFile(Encoding.UTF8.GetBytes(quoted + string.Concat(Enumerable.Repeat("\"1\",\"2\"\n", 100))));
        using var split = new SplitFile(path.Path, minimumTail: 1);

        Assert.True(split.TryTakeTail(out Stream tail));
        ReadAll(split.Head);
        split.EndHead();
        Assert.Equal(TailOutcome.Taken, split.Outcome);
        Assert.StartsWith(quoted + "\"1\",\"2\"\n", Encoding.UTF8.GetString(ReadAll(tail)), StringComparison.Ordinal);
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var copy = new MemoryStream();
        byte[] buffer = new byte[7];
        for (int read; (read = stream.Read(buffer, 0, buffer.Length)) > 0;)
        {
            copy.Write(buffer, 0, read);
        }
        stream.Dispose();
        return copy.ToArray();
    }
}
