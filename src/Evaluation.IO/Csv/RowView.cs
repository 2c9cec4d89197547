using System;
using nietras.SeparatedValues;

namespace Evaluation.IO.Csv;

/// <summary>One row of a file, read by column name through the header's indices.</summary>
internal readonly ref struct RowView
{
    private readonly SepReader.Row row;
    private readonly int[] indices;
    private readonly string[] names;

    internal RowView(SepReader.Row row, int[] indices, string[] names)
    {
        this.row = row;
        this.indices = indices;
        this.names = names;
    }

    internal ReadOnlySpan<char> this[int column]
    {
        get
        {
            int index = indices[column];
            return unchecked((uint)index) >= (uint)row.ColCount ? [] : Trim(row[index].Span);
        }
    }

    /// <summary>The text without leading or trailing white space; at once when both ends are printable ASCII, which is never white space.</summary>
    private static ReadOnlySpan<char> Trim(ReadOnlySpan<char> text) =>
        text.IsEmpty || (unchecked(text[0] - 0x21u) < 0x5Eu && unchecked(text[^1] - 0x21u) < 0x5Eu) ? text : text.Trim();

    internal string Name(int column) => names[column];

    internal bool Has(int column) => indices[column] >= 0;
}
