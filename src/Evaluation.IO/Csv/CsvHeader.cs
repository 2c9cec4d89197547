using System;
using System.Collections.Generic;
using System.Linq;
using nietras.SeparatedValues;

namespace Evaluation.IO.Csv;

/// <summary>
/// Finds a file kind's columns in a header row by name (white space around a name ignored): a required column missing
/// refuses the file, and so does a column of the format named twice, since either could hold its values. Columns the
/// format does not know are ignored, however often they repeat, as are empty names.
/// </summary>
internal static class CsvHeader
{
    /// <summary>Maps each column of <see cref="CsvSchema.AllColumns"/> to its index in the header (-1 when absent), or gives the file's error.</summary>
    internal static int[] Map(SepReader.Row header, bool quotesAsText, CsvFileKind kind, string file, out string? error)
    {
        string[] names = [.. CsvSchema.AllColumns(kind)];
        int required = CsvSchema.RequiredColumns(kind).Length;
        int[] indices = new int[names.Length];
        Array.Fill(indices, -1);
        var repeated = new SortedSet<string>(StringComparer.Ordinal);
        for (int c = 0; c < header.ColCount; c++)
        {
            int known = Array.IndexOf(names, (quotesAsText ? RowView.Unquote(header[c].Span) : header[c].Span).Trim().ToString());
            if (known < 0)
            {
                continue;
            }
            if (indices[known] >= 0)
            {
                repeated.Add(names[known]);
            }
            indices[known] = indices[known] >= 0 ? indices[known] : c;
        }
        string[] missing = [.. names.Take(required).Where((_, c) => indices[c] < 0)];
        error = missing.Length > 0
            ? $"{file}: required column(s) {string.Join(", ", missing)} missing from the header ({CsvErrorCodes.ColumnMissing})."
            : repeated.Count > 0
                ? $"{file}: column(s) {string.Join(", ", repeated)} named more than once in the header ({CsvErrorCodes.ColumnDuplicate})."
                : null;
        return indices;
    }
}
