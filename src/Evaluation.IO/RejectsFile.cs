using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Evaluation.Core.Validation;
using Evaluation.IO.Csv;
using nietras.SeparatedValues;

namespace Evaluation.IO;

/// <summary>
/// Writes every rejected row, with its reasons and its original text, to one CSV file the user can fix and feed back.
/// Rows rejected by validation are fetched from their files by line number.
/// </summary>
public static class RejectsFile
{
    /// <summary>Combines rows that could not be read with records that failed validation, in file and line order.</summary>
    /// <param name="directory">The data directory the validation rejects' files are in, or null when they came from the API.</param>
    /// <param name="unreadable">Rows that could not be read.</param>
    /// <param name="invalid">Records that failed validation.</param>
    /// <returns>One reject per problem.</returns>
    public static IReadOnlyList<CsvReject> Combine(string? directory, IEnumerable<CsvReject> unreadable, IEnumerable<RejectedRecord> invalid)
    {
        ArgumentNullException.ThrowIfNull(unreadable);
        ArgumentNullException.ThrowIfNull(invalid);
        var result = new List<CsvReject>(unreadable);
        foreach (IGrouping<string, RejectedRecord> byFile in invalid.GroupBy(r => r.Source?.File ?? string.Empty))
        {
            Dictionary<long, string> rows = directory is null || byFile.Key.Length == 0
                ? []
                : RowsAt(Path.Combine(directory, byFile.Key), [.. byFile.Select(r => r.Source?.Line ?? 0)]);
            foreach (RejectedRecord r in byFile)
            {
                long line = r.Source?.Line ?? 0;
                foreach (RecordProblem p in r.Problems)
                {
                    result.Add(new CsvReject(byFile.Key.Length == 0 ? r.Kind.ToString() : byFile.Key, line, p.Field, p.Code, p.English, rows.GetValueOrDefault(line, r.Key)));
                }
            }
        }
        return [.. result.OrderBy(r => r.File, StringComparer.Ordinal).ThenBy(r => r.Line)];
    }

    /// <summary>Writes the rejects file.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="rejects">The rejects.</param>
    public static void Write(string path, IEnumerable<CsvReject> rejects)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        CsvRecordWriter.WriteRejects(writer, rejects);
    }

    private static Dictionary<long, string> RowsAt(string path, HashSet<long> lines)
    {
        var rows = new Dictionary<long, string>();
        if (!File.Exists(path))
        {
            return rows;
        }
        // Read as the record reader reads: rows over the limit are skipped, and the lines they span still counted.
        using var guard = new RowLengthGuard(DataDirectory.OpenText(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read)));
        using SepReader reader = Sep.New(',').Reader(o => o with { DisableColCountCheck = true, HasHeader = false }).From(guard);
        long shift = 0;
        bool header = true;
        while (reader.MoveNext())
        {
            SepReader.Row row = reader.Current;
            if (row.ColCount == 1 && guard.TryDropped(row[0].Span, out RowLengthGuard.DroppedRow dropped))
            {
                shift += dropped.Lines - 1;
            }
            else if (!header && lines.Contains(row.LineNumberFrom + shift))
            {
                rows[row.LineNumberFrom + shift] = row.Span.ToString();
            }
            header = false;
        }
        return rows;
    }
}
