using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Evaluation.IO.Blocks;
using Evaluation.Workbooks.Writing;

namespace Evaluation.Cli.Rendering;

/// <summary>
/// A report table: title, headings and rows of text cells, rendered as an aligned console table, Markdown or CSV. Rows
/// are read once for each format but the console's (twice: widths, then text, though rows that can find their widths
/// from their values are not written for them), so they may be made on demand, their cells written into a line each
/// thread reuses (<see cref="CellRows"/>); a table of many rows reads them by index on every processor, a block of rows
/// each, and writes their lines in order.
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

    /// <summary>The table as a workbook writes it; its rows (arrays, or made by code safe on several threads) may be read at once on every processor.</summary>
    internal SheetTable ToSheet() => new(Title, Headings, Kinds, Rows) { Note = Note, EndsWithTotal = EndsWithTotal, ConcurrentRowReads = true };

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
        // One pass over the rows for the widths, and one to write them: rows made on demand are never held.
        int[] widths = [.. Headings.Select(Width)];
        foreach (int[] blockWidths in InBlocks((from, to, cells, _) => ColumnWidths(from, to, cells, Headings.Count)))
        {
            for (int i = 0; i < widths.Length; i++)
            {
                widths[i] = Math.Max(widths[i], blockWidths[i]);
            }
        }
        text.Line(Title);
        text.Line(HeadingLine((cells, line) => AlignedLine(cells, widths, line)));
        text.Line(string.Join("  ", widths.Select(w => new string('-', w))));
        WriteLines(text, (_, cells, line) => AlignedLine(cells, widths, line));
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
        WriteLines(text, (_, cells, line) => MarkdownLine(cells, line));
        if (Note is not null)
        {
            text.Line(string.Empty);
            text.Line(Note);
        }
        text.Line(string.Empty);
    }

    private void WriteCsv(BlockWriter text)
    {
        text.Line(HeadingLine(CsvLine));
        WriteLines(text, (_, cells, line) => CsvLine(cells, line));
    }

    /// <summary>
    /// Writes a line for each row, in order, as <paramref name="line"/> makes it from the row's index and cells (without
    /// its line feed): the rows are made and their lines written on every processor, as the text formats' are.
    /// </summary>
    internal void WriteLines(TextWriter writer, Action<int, CellLine, StringBuilder> line)
    {
        var text = new BlockWriter(writer);
        WriteLines(text, line);
        text.Flush();
    }

    /// <summary>
    /// Reads the first <paramref name="count"/> rows on every processor, a block of rows at a time, and gives back what
    /// was gathered (at least one state): each thread reads its blocks' rows, in order within a block, into a line it
    /// reuses and into a state of its own, made by <paramref name="start"/>. The states are merged by the caller, so
    /// what is gathered must not depend on the order of the blocks (a row's index is given for that). A table of fewer
    /// than two blocks is read on the calling thread, into one state.
    /// </summary>
    internal IReadOnlyList<T> ReadRows<T>(int count, Func<T> start, Action<T, int, CellLine> visit)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, Rows.Count);
        if (OnOneThread(count))
        {
            T state = start();
            var cells = new CellLine();
            for (int row = 0; row < count; row++)
            {
                visit(state, row, RowCells(row, cells));
            }
            return [state];
        }
        var states = new List<T>();
        Parallel.ForEach(
            Partitioner.Create(0, count, BlockRows),
            () => (State: start(), Cells: new CellLine()),
            (range, _, local) =>
            {
                for (int row = range.Item1; row < range.Item2; row++)
                {
                    visit(local.State, row, RowCells(row, local.Cells));
                }
                return local;
            },
            local =>
            {
                lock (states)
                {
                    states.Add(local.State);
                }
            });
        return states;
    }

    /// <summary>Writes a line for each row, in order: each block's lines are made into a buffer of its slot, then written whole.</summary>
    private void WriteLines(BlockWriter text, Action<int, CellLine, StringBuilder> line)
    {
        StringBuilder?[] blocks = new StringBuilder?[OrderedBlocks.MaxWave];
        foreach (StringBuilder block in InBlocks((from, to, cells, slot) =>
        {
            StringBuilder lines = blocks[slot] ??= new StringBuilder();
            lines.Clear();
            for (int row = from; row < to; row++)
            {
                line(row, RowCells(row, cells), lines);
                lines.Append('\n');
            }
            return lines;
        }))
        {
            text.Block(block);
        }
    }

    /// <summary>
    /// What <paramref name="work"/> makes of each block of rows (its first row, its end, a line for the cells of its
    /// rows, and its slot), in the rows' order: a table of fewer than two blocks is one block, on the calling thread;
    /// otherwise the blocks are made on every processor (<see cref="OrderedBlocks"/>), each slot with its own line.
    /// </summary>
    private IEnumerable<T> InBlocks<T>(Func<int, int, CellLine, int, T> work)
    {
        if (OnOneThread(Rows.Count))
        {
            return [work(0, Rows.Count, new CellLine(), 0)];
        }
        var lines = new CellLine?[OrderedBlocks.MaxWave];
        return OrderedBlocks.Map(Rows.Count, BlockRows, Environment.ProcessorCount, (slot, from, to) => work(from, to, lines[slot] ??= new CellLine(), slot));
    }

    /// <summary>Whether so many rows are read on the calling thread alone: fewer than two blocks, or one processor.</summary>
    private bool OnOneThread(int rows) => rows < 2 * BlockRows || Environment.ProcessorCount == 1;

    /// <summary>The headings as a line of a format.</summary>
    private string HeadingLine(Action<CellLine, StringBuilder> line)
    {
        var cells = new CellLine();
        foreach (string heading in Headings)
        {
            cells.Add(heading);
        }
        var text = new StringBuilder();
        line(cells, text);
        return text.ToString();
    }

    /// <summary>A row's cells in a line: written there by rows that can (<see cref="CellRows"/>), otherwise copied from the row's strings.</summary>
    private CellLine RowCells(int row, CellLine cells)
    {
        if (Rows is CellRows made)
        {
            made.Fill(row, cells);
            return cells;
        }
        cells.Clear();
        foreach (string cell in Rows[row])
        {
            cells.Add(cell);
        }
        return cells;
    }

    /// <summary>The widest cell of each column among some rows: found by rows that can without writing them (<see cref="CellRows"/>).</summary>
    private int[] ColumnWidths(int from, int to, CellLine cells, int columns)
    {
        int[] widths = new int[columns];
        if (Rows is CellRows made)
        {
            made.WidenColumns(from, to, cells, widths);
            return widths;
        }
        for (int row = from; row < to; row++)
        {
            RowCells(row, cells).WidenColumns(widths);
        }
        return widths;
    }

    /// <summary>A console line: cells two spaces apart, numbers right-aligned in their column's width and text left-aligned, the line's trailing blanks cut.</summary>
    /// <remarks>The line is laid out in the cells' buffer (<see cref="CellLine.LayoutBuffer"/>) and appended whole.</remarks>
    private static void AlignedLine(CellLine cells, int[] widths, StringBuilder line)
    {
        // A cell takes its column's width, or its length where that is more (a character beyond the basic plane is
        // two characters for one column).
        int most = 2 * cells.Count;
        for (int i = 0; i < cells.Count; i++)
        {
            most += widths[i] + cells[i].Length;
        }
        Span<char> text = cells.LayoutBuffer(most);
        int length = 0;
        for (int i = 0; i < cells.Count; i++)
        {
            ReadOnlySpan<char> cell = cells[i];
            int pad = widths[i] - cells.WidthAt(i);
            if (i > 0)
            {
                text.Slice(length, 2).Fill(' ');
                length += 2;
            }
            if (IsNumeric(cell))
            {
                text.Slice(length, pad).Fill(' ');
                length += pad;
                cell.CopyTo(text[length..]);
                length += cell.Length;
            }
            else
            {
                cell.CopyTo(text[length..]);
                length += cell.Length;
                text.Slice(length, pad).Fill(' ');
                length += pad;
            }
        }
        line.Append(text[..length].TrimEnd());
    }

    private static void MarkdownLine(CellLine cells, StringBuilder line)
    {
        line.Append("| ");
        for (int i = 0; i < cells.Count; i++)
        {
            line.Append(i > 0 ? " | " : string.Empty).Append(cells[i]);
        }
        line.Append(" |");
    }

    private static void CsvLine(CellLine cells, StringBuilder line)
    {
        for (int i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }
            Quoted(cells[i], line);
        }
    }

    /// <summary>A CSV cell, in quotes (its quotes doubled) when it holds a comma, a quote or a line feed.</summary>
    private static void Quoted(ReadOnlySpan<char> cell, StringBuilder to)
    {
        if (cell.IndexOfAny(CsvSpecials) < 0)
        {
            to.Append(cell);
            return;
        }
        to.Append('"');
        foreach (char c in cell)
        {
            to.Append(c == '"' ? "\"\"" : c);
        }
        to.Append('"');
    }

    private static readonly SearchValues<char> CsvSpecials = SearchValues.Create(",\"\n");

    private static bool IsNumeric(ReadOnlySpan<char> cell) => cell.Length > 0 && (char.IsAsciiDigit(cell[0]) || cell is "/" || cell[0] is '+' or '-');

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

        /// <summary>Writes a block of lines, after the lines before it.</summary>
        internal void Block(StringBuilder lines)
        {
            Flush();
            writer.Write(lines);
        }

        internal void Flush()
        {
            writer.Write(block);
            block.Clear();
        }
    }
}
