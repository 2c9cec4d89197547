using System;
using System.Globalization;
using Evaluation.Core.Metrics;
using Evaluation.Workbooks.Writing;

namespace Evaluation.Cli.Rendering;

/// <summary>
/// One row's cells written end to end into a buffer that a table's writer reuses from row to row: a row of counts and
/// rates then costs no string per cell, which, over the millions of rows of a report by matter and day, is most of what
/// writing it would otherwise allocate.
/// </summary>
internal sealed class CellLine
{
    private char[] text = new char[256];
    private int[] ends = new int[16];
    private bool[] narrow = new bool[16]; // whether a cell is known to take one column a character (a count, a rate)
    private char[] layout = new char[256];

    /// <summary>
    /// What the maker of the rows keeps with the line to reuse from row to row (a row's fields, say): a line is used on
    /// one thread at a time, so this needs no lock.
    /// </summary>
    internal object? Scratch { get; set; }

    /// <summary>
    /// A buffer of at least <paramref name="length"/> characters kept with the line, for laying out its cells as one text
    /// (a console line) before it is appended: reused from row to row, so its content is whatever the last row left.
    /// </summary>
    /// <param name="length">The characters needed.</param>
    internal Span<char> LayoutBuffer(int length)
    {
        if (layout.Length < length)
        {
            layout = new char[Math.Max(length, 2 * layout.Length)];
        }
        return layout;
    }

    /// <summary>The number of cells written since the line was last cleared.</summary>
    internal int Count { get; private set; }

    /// <summary>A cell's text.</summary>
    /// <param name="index">The cell, from 0.</param>
    internal ReadOnlySpan<char> this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            int start = index == 0 ? 0 : ends[index - 1];
            return text.AsSpan(start, ends[index] - start);
        }
    }

    /// <summary>Empties the line for the next row.</summary>
    internal void Clear() => Count = 0;

    /// <summary>Adds a cell of text.</summary>
    internal void Add(ReadOnlySpan<char> cell) => cell.CopyTo(Reserve(cell.Length, isNarrow: false));

    /// <summary>Adds a count, as <see cref="Tables.Cells.Count"/> prints it.</summary>
    internal void AddCount(long value)
    {
        Span<char> free = Reserve(20, isNarrow: true);
        value.TryFormat(free, out int written, default, CultureInfo.InvariantCulture);
        Shrink(20 - written);
    }

    /// <summary>Adds a rate as <see cref="Rate.Format"/> prints it.</summary>
    internal void AddRate(Rate rate, int decimals)
    {
        Span<char> free = Reserve(Rate.MaxFormattedLength, isNarrow: true);
        rate.TryFormat(free, out int written, decimals);
        Shrink(Rate.MaxFormattedLength - written);
    }

    /// <summary>
    /// Widens each column's width to its cell's in this line, in the columns a console shows it (<see cref="TextWidth"/>:
    /// two for a wide character).
    /// </summary>
    /// <param name="widths">The widths so far, one a column (at least as many as the cells), widened in place.</param>
    internal void WidenColumns(int[] widths)
    {
        for (int i = 0; i < Count; i++)
        {
            widths[i] = Math.Max(widths[i], WidthAt(i));
        }
    }

    /// <summary>
    /// The columns a cell takes on a console (<see cref="TextWidth"/>): its length for a count or a rate, which are
    /// known to be narrow, without looking at its characters.
    /// </summary>
    /// <param name="index">The cell, from 0.</param>
    internal int WidthAt(int index) => narrow[index] ? this[index].Length : TextWidth.Of(this[index]);

    /// <summary>The cells as strings, for the readers of a table that take its rows whole (a workbook, a page's charts).</summary>
    internal string[] ToArray()
    {
        string[] cells = new string[Count];
        for (int i = 0; i < cells.Length; i++)
        {
            cells[i] = this[i].ToString();
        }
        return cells;
    }

    /// <summary>
    /// Adds a cell of <paramref name="length"/> characters, to be written into the span returned; <paramref name="isNarrow"/>
    /// when it is known to hold only characters of one column (digits, a point, a sign, a percent sign).
    /// </summary>
    private Span<char> Reserve(int length, bool isNarrow)
    {
        int start = Count == 0 ? 0 : ends[Count - 1];
        if (start + length > text.Length)
        {
            Array.Resize(ref text, Math.Max(text.Length * 2, start + length));
        }
        if (Count == ends.Length)
        {
            Array.Resize(ref ends, ends.Length * 2);
            Array.Resize(ref narrow, ends.Length);
        }
        narrow[Count] = isNarrow;
        ends[Count++] = start + length;
        return text.AsSpan(start, length);
    }

    /// <summary>Takes characters reserved and not written off the end of the last cell.</summary>
    private void Shrink(int unused) => ends[Count - 1] -= unused;
}
