using System;
using System.IO;
using System.Linq;
using System.Text;
using Evaluation.IO.Csv;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Evaluation.IO.Tests;

/// <summary>
/// The reader that decodes straight into its caller's characters reads every file as a stream reader with the same
/// encoding and byte-order-mark detection does: texts in UTF-8 with and without its mark, in UTF-16 and UTF-32 with
/// theirs, invalid and truncated UTF-8, marks cut short; read a few characters at a time or many, one at a time where
/// a code point beyond the basic plane takes two, from a stream that hands out its bytes in short pieces; and a
/// character or a line at a time, peeking, as any text reader is read.
/// </summary>
public class DecodingReaderProperties
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly Gen<string> Texts = Gen.Elements("case_no,matter_code\n", "C1,M2\r\n", "好差评", "\"a,b\"", "😀", "é", "\u0000", "x").ListOf().Select(parts => string.Concat(parts));

    private static readonly Gen<byte[]> Fragments = Gen.OneOf(
        Texts.Select(t => Encoding.UTF8.GetBytes(t)),
        Gen.Elements<byte[]>([0xFF], [0xC3], [0xE5, 0xA5], [0xF0, 0x9F, 0x98], [0x80, 0x80], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF], [0xFE, 0xFF], [0x00]));

    /// <summary>Files: a mark (or none) and UTF-8 bytes valid or not, or a text in UTF-16 or UTF-32 with its mark, or a few stray bytes.</summary>
    private static readonly Gen<byte[]> Files = Gen.OneOf(
        from mark in Gen.Elements<byte[]>([], [0xEF, 0xBB, 0xBF], [0xEF, 0xBB], [0xFF, 0xFE], [0xFE, 0xFF], [0xFF, 0xFE, 0x00], [0x00, 0x00, 0xFE, 0xFF])
        from body in Fragments.ListOf()
        select mark.Concat(body.SelectMany(b => b)).ToArray(),
        from text in Texts
        from encoding in Gen.Elements<Encoding>(Encoding.Unicode, Encoding.BigEndianUnicode, Encoding.UTF32, new UTF32Encoding(bigEndian: true, byteOrderMark: true))
        select encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray(),
        ArbMap.Default.GeneratorFor<byte>().ArrayOf().Select(b => b.Take(6).ToArray()));

    [Property(MaxTest = 1000)]
    public Property Every_file_reads_as_a_stream_reader_reads_it() =>
        Prop.ForAll(Files.ToArbitrary(), Gen.Choose(1, 40).ToArbitrary(), Gen.Choose(1, 9).ToArbitrary(), (file, asked, piece) =>
        {
            string expected = new StreamReader(new MemoryStream(file), Utf8, detectEncodingFromByteOrderMarks: true).ReadToEnd();
            using var reader = new DecodingReader(new PiecesStream(file, piece), Utf8, 16);
            var read = new StringBuilder();
            char[] buffer = new char[asked];
            for (int n; (n = reader.Read(buffer.AsSpan())) > 0;)
            {
                read.Append(buffer, 0, n);
            }
            return (read.ToString() == expected).Label($"read {Escape(read.ToString())}, expected {Escape(expected)}");
        });

    [Property(MaxTest = 500)]
    public Property Characters_and_lines_read_one_at_a_time_are_a_stream_readers() =>
        Prop.ForAll(Files.ToArbitrary(), Gen.Choose(1, 9).ToArbitrary(), ArbMap.Default.GeneratorFor<bool>().ToArbitrary(), (file, piece, byLines) =>
        {
            using var expected = new StreamReader(new MemoryStream(file), Utf8, detectEncodingFromByteOrderMarks: true);
            using var reader = new DecodingReader(new PiecesStream(file, piece), Utf8, 16);
            if (byLines)
            {
                string? line, other;
                do
                {
                    line = reader.ReadLine();
                    other = expected.ReadLine();
                    if (line != other)
                    {
                        return false.Label($"line {(line is null ? "null" : Escape(line))}, expected {(other is null ? "null" : Escape(other))}");
                    }
                }
                while (line is not null);
                return true.ToProperty();
            }
            while (true)
            {
                int peeked = reader.Peek(), next = reader.Read(), wanted = expected.Read();
                if (peeked != next || next != wanted)
                {
                    return false.Label($"peeked {peeked}, read {next}, expected {wanted}");
                }
                if (next < 0)
                {
                    return true.ToProperty();
                }
            }
        });

    [Fact]
    public void The_position_of_the_stream_tells_how_far_the_reading_has_come()
    {
        byte[] file = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("C1,M2\n", 100_000)));
        using var reader = new DecodingReader(new MemoryStream(file), Utf8, 1 << 16);
        char[] buffer = new char[1000];
        Assert.Equal(1000, reader.Read(buffer.AsSpan()));
        Assert.InRange(reader.BaseStream.Position, 1000, 1 << 16);
    }

    private static string Escape(string text) => string.Concat(text.Select(c => c < 0x20 || c > 0x7E ? $"\\u{(int)c:x4}" : c.ToString()));

    /// <summary>A stream of bytes handed out at most <c>piece</c> at a time.</summary>
    private sealed class PiecesStream(byte[] bytes, int piece) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, piece));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, piece)]);
    }
}
