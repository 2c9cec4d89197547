using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using nietras.SeparatedValues;

namespace Evaluation.Cli.Tests.Robustness;

/// <summary>A file's rows as fields, read with Sep and written back with RFC 4180 quoting, so that tests can reshape exports.</summary>
internal static class CsvText
{
    internal static List<string[]> Parse(string text)
    {
        using SepReader reader = Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true, HasHeader = false }).FromText(text);
        var rows = new List<string[]>();
        foreach (SepReader.Row row in reader)
        {
            string[] fields = new string[row.ColCount];
            for (int c = 0; c < fields.Length; c++)
            {
                fields[c] = row[c].ToString();
            }
            rows.Add(fields);
        }
        return rows;
    }

    internal static string Write(IEnumerable<string[]> rows, string lineBreak = "\n") =>
        string.Concat(rows.Select(row => string.Join(',', row.Select(Quote)) + lineBreak));

    internal static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    /// <summary>The text with one column left out (header and rows).</summary>
    internal static string WithoutColumn(string text, string column)
    {
        List<string[]> rows = Parse(text);
        int at = Array.IndexOf(rows[0], column);
        return Write(rows.Select(r => r.Where((_, c) => c != at).ToArray()));
    }

    /// <summary>The text with one column's cells emptied (the header kept).</summary>
    internal static string WithEmptyColumn(string text, string column)
    {
        List<string[]> rows = Parse(text);
        int at = Array.IndexOf(rows[0], column);
        return Write(rows.Select((r, i) => i == 0 ? r : r.Select((f, c) => c == at ? string.Empty : f).ToArray()));
    }
}
