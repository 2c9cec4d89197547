using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Evaluation.IO.Csv;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Evaluation.IO.Tests;

/// <summary>
/// The row guard passes every row of at most its limit unchanged, and puts a marker line in place of each longer row
/// and of a row the text ends inside a quote, whatever sizes the parser reads in: checked against a model that splits
/// the text into rows character by character.
/// </summary>
public class RowLengthGuardProperties
{
    private static readonly Gen<string> Texts =
        Gen.Frequency((6, Gen.Constant('a')), (2, Gen.Constant(',')), (1, Gen.Constant('"')), (2, Gen.Constant('\n')), (1, Gen.Constant('\r')), (1, Gen.Constant('字')))
            .ArrayOf().Select(chars => new string(chars));

    [Property(MaxTest = 2000)]
    public Property The_guard_passes_short_rows_and_replaces_the_others_as_the_model_does()
    {
        Gen<(string Text, int Limit, int[] Reads)> cases =
            from text in Texts
            from limit in Gen.Choose(16, 40)
            from reads in Gen.Choose(1, 64).ArrayOf()
            select (text, limit, reads);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            using var guard = new RowLengthGuard(new StringReader(c.Text), c.Limit);
            string output = ReadAll(guard, c.Reads, 64);
            (string expected, List<RowLengthGuard.DroppedRow> rows) = Model(c.Text, c.Limit, guard.Marker);
            return (output == expected).Label($"text\n{Show(output)}\nexpected\n{Show(expected)}")
                .And(guard.Dropped.SequenceEqual(rows).Label($"dropped {string.Join("; ", guard.Dropped)} expected {string.Join("; ", rows)}"));
        });
    }

    /// <summary>
    /// Rows of every length up to several times the limit, a long row or a stray quote now and then, among many short rows:
    /// the guard copies and scans a small multiple of the text's characters, read in a parser's pieces, so that damage
    /// costs time in proportion to its size (a long row followed by thousands of short ones once cost a copy of the
    /// rest of the text for each of them).
    /// </summary>
    [Property(MaxTest = 200)]
    public Property The_guard_copies_and_scans_each_character_a_bounded_number_of_times()
    {
        const int limit = 2000;
        // With the check of plain quoting (rows not plain set aside or not), rows quoted plainly up to and over the limit, and a row that is not now and then.
        Gen<string> Row(bool plainQuotes) => Gen.Frequency(
            (40, Gen.Choose(1, 40).Select(n => new string('a', n) + ",b\n")),
            (1, Gen.Choose(limit / 2, limit).Select(n => "\"" + new string('a', n - 2) + "\"\n")),
            (1, Gen.Choose(limit + 1, 4 * limit).Select(n => new string('a', n) + "\n")),
            (plainQuotes ? 4 : 0, Gen.Choose(10, 3 * limit).Select(n => string.Join(",", Enumerable.Repeat("\"aaaa\"", n / 7)) + "\n")),
            (1, Gen.Choose(10, 3 * limit).Select(n => "a\"" + string.Concat(Enumerable.Repeat("aaaa,b\n", n / 7)) + "\"\n")));
        Gen<(string Text, int[] Reads, bool PlainQuotes, bool SetAside)> cases =
            from plainQuotes in Gen.Elements(false, true)
            from setAside in Gen.Elements(false, plainQuotes)
            from rows in Row(plainQuotes).ListOf().Resize(400)
            from reads in Gen.Choose(256, 512).ArrayOf()
            select (string.Concat(rows), reads, plainQuotes, setAside);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            using var guard = new RowLengthGuard(new StringReader(c.Text), limit, c.PlainQuotes, c.SetAside);
            int passedOn = ReadAll(guard, c.Reads, 512).Length;
            if (guard.Paused)
            {
                // Stopped at a row that does not quote plainly: the rest is passed on as without the check.
                guard.ParseQuotes();
                passedOn += ReadAll(guard, c.Reads, 512).Length;
            }
            return (guard.Work <= (8L * c.Text.Length) + (16L * limit)).Label($"{guard.Work} characters copied or scanned for a text of {c.Text.Length} ({passedOn} passed on)");
        });
    }

    /// <summary>
    /// The guard tells that a quote has been read no later than it passes one on, in every mode and whatever sizes the
    /// parser reads in, and never tells it of a text without quotes: a parser that unescapes quotes in place can have
    /// changed no row passed on before then (<see cref="OriginalRowText"/>).
    /// </summary>
    [Property(MaxTest = 1000)]
    public Property The_guard_tells_of_a_quote_before_passing_one_on()
    {
        Gen<(string Text, int Limit, int[] Reads, bool PlainQuotes, bool SetAside)> cases =
            from text in Texts
            from limit in Gen.Choose(16, 40)
            from reads in Gen.Choose(1, 64).ArrayOf()
            from plainQuotes in Gen.Elements(false, true)
            from setAside in Gen.Elements(false, plainQuotes)
            select (text, limit, reads, plainQuotes, setAside);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            using var guard = new RowLengthGuard(new StringReader(c.Text), c.Limit, c.PlainQuotes, c.SetAside);
            var buffer = new char[64];
            bool toldInTime = true;
            for (int i = 0; ; i++)
            {
                int n = guard.Read(buffer.AsSpan(0, c.Reads.Length == 0 ? 64 : c.Reads[i % c.Reads.Length]));
                if (n == 0 && guard.Paused)
                {
                    guard.ParseQuotes();
                    continue;
                }
                if (n == 0)
                {
                    break;
                }
                toldInTime &= guard.QuotesRead || !buffer.AsSpan(0, n).Contains('"');
            }
            return (toldInTime && guard.QuotesRead == c.Text.Contains('"', StringComparison.Ordinal))
                .Label($"quotes read {guard.QuotesRead}, told in time {toldInTime}");
        });
    }

    /// <summary>Everything the guard passes on, read in pieces of the given sizes in turn (all of <paramref name="largest"/> when none are given).</summary>
    internal static string ReadAll(RowLengthGuard guard, int[] reads, int largest)
    {
        var output = new StringBuilder();
        var buffer = new char[largest];
        for (int i = 0; ; i++)
        {
            int n = guard.Read(buffer.AsSpan(0, reads.Length == 0 ? largest : reads[i % reads.Length]));
            if (n == 0)
            {
                return output.ToString();
            }
            output.Append(buffer, 0, n);
        }
    }

    internal static string Show(string text) => text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>Rows end at a line break outside quotes; a row whose text (without its break) is over the limit, or that the text ends inside a quote, becomes a marker line.</summary>
    private static (string Text, List<RowLengthGuard.DroppedRow> Dropped) Model(string text, int limit, string marker)
    {
        var output = new StringBuilder();
        var dropped = new List<RowLengthGuard.DroppedRow>();
        int i = 0;
        while (i < text.Length)
        {
            bool quoted = false;
            int j = i;
            for (; j < text.Length; j++)
            {
                if (text[j] == '"')
                {
                    quoted = !quoted;
                }
                else if (!quoted && text[j] is '\n' or '\r')
                {
                    break;
                }
            }
            bool ended = j < text.Length;
            string content = text[i..j];
            int next = ended ? j + 1 : j;
            if (!(quoted && !ended) && content.Length <= limit)
            {
                output.Append(text, i, next - i);
                i = next;
                continue;
            }
            // Line breaks inside the row, "\r\n" counted once, and the one that ends it (or the last line at the end of the text).
            long lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Count(ch => ch is '\n' or '\r')
                + (ended ? 1 : content.Length > 0 && content[^1] is '\n' or '\r' ? 0 : 1);
            if (ended && text[j] == '\r' && next < text.Length && text[next] == '\n')
            {
                next++;
            }
            string kept = content.Length <= RowLengthGuard.KeptText ? content : content[..RowLengthGuard.KeptText];
            dropped.Add(new RowLengthGuard.DroppedRow(lines, quoted && !ended, ended ? kept : kept.TrimEnd('\r', '\n')));
            output.Append(marker).Append(dropped.Count - 1).Append('\n');
            i = next;
        }
        return (output.ToString(), dropped);
    }
}
