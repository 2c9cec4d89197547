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

    internal ReadOnlySpan<char> this[int column] => indices[column] < 0 || indices[column] >= row.ColCount ? [] : row[indices[column]].Span.Trim();

    internal string Name(int column) => names[column];

    internal bool Has(int column) => indices[column] >= 0;
}
