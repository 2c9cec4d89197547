using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Evaluation.IO.Blocks;
using Evaluation.Workbooks.Writing;

namespace Evaluation.Cli.Rendering;

/// <summary>
/// A report table: title, headings and rows of text cells, rendered as an aligned console table, Markdown or CSV. Rows
/// are read once for each format but the console's (twice: widths, then text), so they may be made on demand
/// (<see cref="RowsOnDemand{T}"/>); a table of many rows reads them by index on every processor, a block of rows each,
/// and writes their lines in order.
/// </summary>
internal sealed record Table(string Title, IReadOnlyList<string> Headings, IReadOnlyList<string[]> Rows, string? Note = null)
{
    /// <summary>The kind of each column, which a workbook writes as text, a number or a percentage; text where not given.</summary>
    internal IReadOnlyList<ColumnKind> Kinds { get; init; } = [];

    /// <summary>The column of the period (统计周期), which an HTML page charts along; null when the table has none.</summary>
    internal int? PeriodColumn { get; init; }

    /// <summary>The columns an HTML page charts; when empty, every count and rate but the ordinal (序号).</summary>
    internal IReadOnlyList<int> ChartColumns { get; init; } = [];

    /// <summary>Whether the last row is the total (合计).</summary>
    internal bool EndsWithTotal { get; init; }

    /// <summary>The table as a workbook writes it.</summary>
    internal SheetTable ToSheet() => new(Title, Headings, Kinds, Rows) { Note = Note, EndsWithTotal = EndsWithTotal };

    /// <summary>The rows of a block, made and turned into lines on one processor: 1,024 unless a test sets another number.</summary>
    internal int BlockRows { get; init; } = 1024;

    /// <summary>Writes the table in a format, a block of rows at a time, so that a table of millions of rows is never held as one text.</summary>
    internal void WriteTo(TextWriter writer, OutputFormat format)
    {
        var text = new BlockWriter(writer);
        switch (format)
        {
            case OutputFormat.Markdown:
                WriteMarkdown(text);
                break;
            case OutputFormat.Csv:
                WriteCsv(text);
                break;
            default:
                WriteConsoleText(text);
                break;
        }
        text.Flush();
    }

    private void WriteConsoleText(BlockWriter text)
    {
        // One pass over the rows for the widths, and one to write them: rows made on demand are made twice, never held.
        int[] widths = [.. Headings.Select(Width)];
        foreach (int[] blockWidths in InBlocks(block => ColumnWidths(block, Headings.Count)))
        {
            for (int i = 0; i < widths.Length; i++)
            {
                widths[i] = Math.Max(widths[i], blockWidths[i]);
            }
        }
        text.Line(Title);
        text.Line(Line(Headings, widths));
        text.Line(string.Join("  ", widths.Select(w => new string('-', w))));
        WriteLines(text, row => Line(row, widths));
        if (Note is not null)
        {
            text.Line(Note);
        }
        text.Line(string.Empty);
    }

    private void WriteMarkdown(BlockWriter text)
    {
        text.Line("### " + Title);
        text.Line(string.Empty);
        text.Line("| " + string.Join(" | ", Headings) + " |");
        text.Line("|" + string.Concat(Headings.Select(_ => " --- |")));
        WriteLines(text, row => "| " + string.Join(" | ", row) + " |");
        if (Note is not null)
        {
            text.Line(string.Empty);
            text.Line(Note);
        }
        text.Line(string.Empty);
    }

    private void WriteCsv(BlockWriter text)
    {
        text.Line(string.Join(",", Headings.Select(Quote)));
        WriteLines(text, row => string.Join(",", row.Select(Quote)));
    }

    /// <summary>Writes a line for each row, in order.</summary>
    private void WriteLines(BlockWriter text, Func<string[], string> line)
    {
        foreach (string[] lines in InBlocks<string[]>(block => [.. block.Select(line)]))
        {
            foreach (string l in lines)
            {
                text.Line(l);
            }
        }
    }

    /// <summary>
    /// What <paramref name="work"/> makes of each block of rows, in the rows' order: a table of fewer than two blocks is
    /// one block, on the calling thread; otherwise the blocks are made on every processor (<see cref="OrderedBlocks"/>).
    /// </summary>
    private IEnumerable<T> InBlocks<T>(Func<IEnumerable<string[]>, T> work) =>
        Rows.Count < 2 * BlockRows || Environment.ProcessorCount == 1
            ? [work(Rows)]
            : OrderedBlocks.Map(Rows.Count, BlockRows, Environment.ProcessorCount, (_, from, to) => work(Enumerable.Range(from, to - from).Select(row => Rows[row])));

    /// <summary>The widest cell of each column among some rows.</summary>
    private static int[] ColumnWidths(IEnumerable<string[]> rows, int columns)
    {
        int[] widths = new int[columns];
        foreach (string[] row in rows)
        {
            for (int i = 0; i < widths.Length; i++)
            {
                widths[i] = Math.Max(widths[i], Width(row[i]));
            }
        }
        return widths;
    }

    private static string Quote(string cell) => cell.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", System.StringComparison.Ordinal) + "\"" : cell;

    private static string Line(IReadOnlyList<string> cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => IsNumeric(c) ? new string(' ', widths[i] - Width(c)) + c : c + new string(' ', widths[i] - Width(c)))).TrimEnd();

    private static bool IsNumeric(string cell) => cell.Length > 0 && (char.IsAsciiDigit(cell[0]) || cell is "/" || cell[0] is '+' or '-');

    private static int Width(string text) => TextWidth.Of(text);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Title} ({Rows.Count} rows)");

    /// <summary>Lines ended by a line feed, handed to a writer 64 K characters at a time (a console writer flushes every write).</summary>
    private sealed class BlockWriter(TextWriter writer)
    {
        private readonly StringBuilder block = new();

        internal void Line(string line)
        {
            block.Append(line).Append('\n');
            if (block.Length >= 1 << 16)
            {
                Flush();
            }
        }

        internal void Flush()
        {
            writer.Write(block);
            block.Clear();
        }
    }
}
