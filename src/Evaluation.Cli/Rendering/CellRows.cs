using System;
using System.Collections;
using System.Collections.Generic;

namespace Evaluation.Cli.Rendering;

/// <summary>
/// A table's rows made on demand, each written into a reusable <see cref="CellLine"/> when the table is written as text,
/// and made as strings only for the readers that take rows whole (a workbook, a page's charts).
/// </summary>
/// <param name="count">The number of rows.</param>
/// <param name="fill">Writes a row's cells, from its index, into an empty line; it may be called from several threads at once, each with its own line.</param>
/// <param name="widen">
/// Optional: widens each column's width (in <see cref="CellLine.WidenColumns"/>'s measure) to the widest cell of the rows
/// from its first argument to its second, given a line to use as <paramref name="fill"/> would; for rows whose widths can
/// be found without writing their text (a console table needs every width before its first line). Called on several
/// threads at once, each with its own line and widths.
/// </param>
internal sealed class CellRows(int count, Action<int, CellLine> fill, Action<int, int, CellLine, int[]>? widen = null) : IReadOnlyList<string[]>
{
    /// <summary>
    /// A line each thread that reads rows whole reuses from row to row (a workbook reads millions of rows): a row is
    /// written into it and copied out at once, so rows of every table may share it.
    /// </summary>
    [ThreadStatic]
    private static CellLine? wholeRow;

    /// <inheritdoc/>
    public string[] this[int index]
    {
        get
        {
            CellLine line = wholeRow ??= new CellLine();
            Fill(index, line);
            return line.ToArray();
        }
    }

    /// <inheritdoc/>
    public int Count => count;

    /// <summary>Writes a row's cells into a line, which is cleared first.</summary>
    /// <param name="index">The row, from 0.</param>
    /// <param name="line">The line.</param>
    internal void Fill(int index, CellLine line)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)count, nameof(index));
        line.Clear();
        fill(index, line);
    }

    /// <summary>Widens each column's width to the widest cell among rows <paramref name="from"/> to <paramref name="to"/> (excluded).</summary>
    /// <param name="from">The first row.</param>
    /// <param name="to">The end of the rows.</param>
    /// <param name="line">A line to write cells into, used by one thread at a time.</param>
    /// <param name="widths">The widths so far, one a column, widened in place.</param>
    internal void WidenColumns(int from, int to, CellLine line, int[] widths)
    {
        if (widen is null)
        {
            for (int row = from; row < to; row++)
            {
                Fill(row, line);
                line.WidenColumns(widths);
            }
            return;
        }
        widen(from, to, line, widths);
    }

    /// <inheritdoc/>
    public IEnumerator<string[]> GetEnumerator()
    {
        for (int i = 0; i < count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
