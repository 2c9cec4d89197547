using System;

namespace Evaluation.Cli.Rendering.Html;

/// <summary>
/// A row's label in a chart: its text columns but the period, those with text, a space apart, made in a buffer reused
/// from row to row (a line chart reads millions of rows and keeps the labels of a few). Used on one thread at a time.
/// </summary>
/// <param name="columns">The columns the label is made of, in order.</param>
internal sealed class RowLabel(int[] columns)
{
    private char[] text = new char[64];

    /// <summary>The label of a row's cells; valid until the next call.</summary>
    internal ReadOnlySpan<char> Of(CellLine cells)
    {
        int length = 0;
        foreach (int c in columns)
        {
            ReadOnlySpan<char> cell = cells[c];
            if (cell.IsEmpty)
            {
                continue;
            }
            if (length + 1 + cell.Length > text.Length)
            {
                Array.Resize(ref text, 2 * (length + 1 + cell.Length));
            }
            if (length > 0)
            {
                text[length++] = ' ';
            }
            cell.CopyTo(text.AsSpan(length));
            length += cell.Length;
        }
        return text.AsSpan(0, length);
    }
}
