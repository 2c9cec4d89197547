using System.IO;
using System.Linq;
using Evaluation.Cli.Rendering;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Evaluation.Cli.Tests;

/// <summary>
/// A table of many rows, its lines made a block of rows at a time on several processors, is written as one block would
/// write it; rows written into reusable lines (<see cref="CellRows"/>) are written as rows of strings are, and both as the
/// reference below, which makes every line from strings.
/// </summary>
public class TableProperties
{
    /// <summary>Cells of every kind a line aligns: numbers, names, empty cells, and cells whose own text ends in blanks (a space, an ideographic space).</summary>
    private static readonly Gen<string> Cells = Gen.Elements("1", "12,345", "龙亭区", "-", "/", "99.99%", "a \"quoted\" cell", "", "+3", "Total", "a ", " ", "区\u3000", "5号窗口", "7 ");

    [Property(MaxTest = 200)]
    public Property Lines_made_in_blocks_are_the_lines_of_one_block() =>
        Prop.ForAll(
            Cells.ArrayOf(3).ArrayOf().ToArbitrary(),
            Gen.Choose(1, 5).ToArbitrary(),
            Gen.Elements(OutputFormat.Table, OutputFormat.Markdown, OutputFormat.Csv).ToArbitrary(),
            (rows, blockRows, format) =>
            {
                var whole = new Table("标题", ["序号", "单位", "评价数量"], rows, "Note") { BlockRows = int.MaxValue / 2 };
                return (Text(whole with { BlockRows = blockRows }, format) == Text(whole, format))
                    .Label($"{rows.Length} rows in blocks of {blockRows} as {format}");
            });

    [Property(MaxTest = 200)]
    public Property Rows_written_into_lines_are_written_as_the_reference_writes_rows_of_strings() =>
        Prop.ForAll(
            Cells.ArrayOf(3).ArrayOf().ToArbitrary(),
            Gen.Choose(1, 5).ToArbitrary(),
            Gen.Elements(OutputFormat.Table, OutputFormat.Markdown, OutputFormat.Csv).ToArbitrary(),
            (rows, blockRows, format) =>
            {
                string[] headings = ["序号", "单位", "评价数量"];
                var made = new CellRows(rows.Length, (i, line) =>
                {
                    foreach (string cell in rows[i])
                    {
                        line.Add(cell);
                    }
                });
                string expected = Reference(headings, rows, format);
                return (Text(new Table("标题", headings, made, "Note") { BlockRows = blockRows }, format) == expected
                        && Text(new Table("标题", headings, rows, "Note") { BlockRows = blockRows }, format) == expected
                        && made.Select(row => row).SequenceEqual(rows, new CellsComparer()))
                    .Label($"{rows.Length} rows in blocks of {blockRows} as {format}");
            });

    [Property]
    public Property A_lines_counts_and_rates_are_the_cells_strings(long count, NonNegativeInt numerator, NonNegativeInt extra, byte decimals)
    {
        var rate = new Core.Metrics.Rate(numerator.Get, (long)numerator.Get + extra.Get);
        int places = decimals % 7;
        var line = new CellLine();
        line.AddCount(count);
        line.AddRate(rate, places);
        line.AddRate(default, places);
        line.Add("龙亭区");
        return (line.Count == 4 && line[0].ToString() == Tables.Cells.Count(count) && line[1].ToString() == rate.Format(places) && line[2].ToString() == "/"
                && Enumerable.Range(0, line.Count).All(i => line.WidthAt(i) == Width(line[i].ToString())))
            .Label($"{count}, {rate.Numerator}/{rate.Denominator} to {places} places");
    }

    /// <summary>The three formats as lines of strings: CSV quoted, Markdown piped, the console's aligned in columns of the widest cell.</summary>
    private static string Reference(string[] headings, string[][] rows, OutputFormat format)
    {
        var text = new System.Text.StringBuilder();
        void Line(string line) => text.Append(line).Append('\n');
        static string Quote(string cell) => cell.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", System.StringComparison.Ordinal) + "\"" : cell;
        switch (format)
        {
            case OutputFormat.Csv:
                Line(string.Join(",", headings.Select(Quote)));
                foreach (string[] row in rows)
                {
                    Line(string.Join(",", row.Select(Quote)));
                }
                break;
            case OutputFormat.Markdown:
                Line("### 标题");
                Line(string.Empty);
                Line("| " + string.Join(" | ", headings) + " |");
                Line("|" + string.Concat(headings.Select(_ => " --- |")));
                foreach (string[] row in rows)
                {
                    Line("| " + string.Join(" | ", row) + " |");
                }
                Line(string.Empty);
                Line("Note");
                Line(string.Empty);
                break;
            default:
                int[] widths = [.. headings.Select((h, i) => rows.Select(r => Width(r[i])).Append(Width(h)).Max())];
                string Aligned(string[] cells) => string.Join("  ", cells.Select((c, i) =>
                    c.Length > 0 && (char.IsAsciiDigit(c[0]) || c == "/" || c[0] is '+' or '-') ? new string(' ', widths[i] - Width(c)) + c : c + new string(' ', widths[i] - Width(c)))).TrimEnd();
                Line("标题");
                Line(Aligned(headings));
                Line(string.Join("  ", widths.Select(w => new string('-', w))));
                foreach (string[] row in rows)
                {
                    Line(Aligned(row));
                }
                Line("Note");
                Line(string.Empty);
                break;
        }
        return text.ToString();
    }

    private static int Width(string text) => Evaluation.Workbooks.Writing.TextWidth.Of(text);

    private sealed class CellsComparer : System.Collections.Generic.IEqualityComparer<string[]>
    {
        public bool Equals(string[]? x, string[]? y) => x is not null && y is not null && x.SequenceEqual(y);

        public int GetHashCode(string[] obj) => obj.Length;
    }

    private static string Text(Table table, OutputFormat format)
    {
        using var writer = new StringWriter();
        table.WriteTo(writer, format);
        return writer.ToString();
    }
}
