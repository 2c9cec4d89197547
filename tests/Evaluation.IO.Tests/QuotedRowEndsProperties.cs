using System;
using Evaluation.IO.Csv;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Evaluation.IO.Tests;

/// <summary>
/// The block scan of quoted text finds the same row ends, the same quote state and the same rows over the limit as a
/// walk character by character: over texts of several blocks, from any position and in either quote state, with
/// characters whose low byte is a quote or a line break (<c>Ģ</c> U+0122, <c>Ċ</c> U+010A, <c>č</c> U+010D), which
/// must not be taken for them.
/// </summary>
public class QuotedRowEndsProperties
{
    private static readonly Gen<string> Texts =
        Gen.Frequency((8, Gen.Constant('a')), (2, Gen.Constant(',')), (2, Gen.Constant('"')), (1, Gen.Constant('\n')), (1, Gen.Constant('\r')),
                (1, Gen.Elements('\u0122', '\u010A', '\u010D', '字')))
            .ArrayOf().Resize(400).Select(chars => new string(chars));

    [Property(MaxTest = 3000)]
    public Property The_block_scan_agrees_with_a_walk_character_by_character()
    {
        Gen<(string Text, int From, int Limit, bool InQuote, int RowStart)> cases =
            from text in Texts
            from start in Gen.Choose(0, text.Length)
            from limit in Gen.Elements(16, 40, 63, 64, 65, 200, 1 << 20)
            from inQuote in Gen.Elements(false, true)
            from rowStart in Gen.Choose(0, start)
            select (text, start, limit, inQuote, rowStart);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            bool inQuote = c.InQuote, expectedInQuote = c.InQuote;
            int rowStart = c.RowStart, expectedRowStart = c.RowStart;
            bool fits = QuotedRowEnds.Scan(c.Text, c.From, c.Limit, ref inQuote, ref rowStart);
            bool expected = Walk(c.Text, c.From, c.Limit, ref expectedInQuote, ref expectedRowStart);
            return (fits == expected && (!fits || (inQuote == expectedInQuote && rowStart == expectedRowStart)))
                .Label($"fits {fits} (expected {expected}), in quote {inQuote} ({expectedInQuote}), row start {rowStart} ({expectedRowStart})");
        });
    }

    [Fact]
    public void Line_breaks_inside_quotes_do_not_end_rows_across_blocks()
    {
        string text = "\"" + new string('a', 70) + "\n" + new string('b', 70) + "\",c\n" + new string('d', 10);
        bool inQuote = false;
        int rowStart = 0;

        Assert.True(QuotedRowEnds.Scan(text, 0, 1 << 20, ref inQuote, ref rowStart));
        Assert.False(inQuote);
        Assert.Equal(text.Length - 10, rowStart);
    }

    [Fact]
    public void A_row_over_the_limit_within_one_block_is_found()
    {
        string text = "a\n" + new string('b', 40) + "\n" + new string('c', 40);
        bool inQuote = false;
        int rowStart = 0;

        Assert.False(QuotedRowEnds.Scan(text, 0, 16, ref inQuote, ref rowStart));
    }

    private static bool Walk(string text, int from, int limit, ref bool inQuote, ref int rowStart)
    {
        for (int at = from; at < text.Length; at++)
        {
            if (text[at] == '"')
            {
                inQuote = !inQuote;
            }
            else if (!inQuote && text[at] is '\n' or '\r')
            {
                if (at - rowStart > limit)
                {
                    return false;
                }
                rowStart = at + 1;
            }
        }
        return true;
    }
}
