using System;
using System.Linq;
using Evaluation.Core.Cases;
using Evaluation.Core.Ratings;
using Evaluation.Core.Validation;

namespace Evaluation.IO.Csv;

/// <summary>Reads rows decoded elsewhere (<see cref="IDecodedRows"/>) with the same rules, fast paths and rejects as a file's rows.</summary>
public sealed partial class CsvRecordReader
{
    /// <summary>Reads cases from decoded rows, numbered as a file's lines would be (the first row is line 2).</summary>
    internal CsvFileSummary ReadCases(IDecodedRows rows, string file, FastRow fast, Action<Sourced<ServiceCase>> onRecord, Action<CsvReject> onReject) =>
        ReadDecoded(CsvFileKind.Cases, rows, file, ParseCase, onRecord, onReject, fast);

    /// <summary>Reads ratings from decoded rows, numbered as a file's lines would be (the first row is line 2).</summary>
    internal CsvFileSummary ReadRatings(IDecodedRows rows, string file, FastRow fast, Action<Sourced<Rating>> onRecord, Action<CsvReject> onReject) =>
        ReadDecoded(CsvFileKind.Ratings, rows, file, ParseRating, onRecord, onReject, fast);

    private static CsvFileSummary ReadDecoded<T>(
        CsvFileKind kind, IDecodedRows rows, string file, RowParser<T> parse, Action<Sourced<T>> onRecord, Action<CsvReject> onReject, FastRow fast)
        where T : class
    {
        string[] names = [.. CsvSchema.AllColumns(kind)];
        int[] indices = [.. names.Select(name => rows.Columns.ToList().IndexOf(name))];
        string[] missing = [.. CsvSchema.RequiredColumns(kind).Where(name => !rows.Columns.Contains(name))];
        if (missing.Length > 0)
        {
            return new CsvFileSummary(file, 0, 0, 0, $"{file}: the rows lack the required column(s) {string.Join(", ", missing)} ({CsvErrorCodes.ColumnMissing}).");
        }
        long read = 0;
        long records = 0;
        while (rows.MoveNext())
        {
            read++;
            long line = read + 1;
            var row = new RowView(rows.Text, rows.Ends, indices, names);
            if (fast(row, line) || Take(row, file, line, parse, onRecord, onReject))
            {
                records++;
            }
        }
        return new CsvFileSummary(file, read, records, read - records, null) { NextLine = read + 2 };
    }
}
