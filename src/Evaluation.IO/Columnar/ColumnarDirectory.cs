using System;
using Evaluation.IO.Csv;

namespace Evaluation.IO.Columnar;

/// <summary>
/// A data directory read with its two large files (<c>cases.csv</c>, <c>ratings.csv</c>) into tables rather than
/// records: the form a report of millions of rows is made from.
/// </summary>
/// <param name="Others">The records of the other files, every row that could not be read, and a summary per file.</param>
/// <param name="Cases">The cases that were read.</param>
/// <param name="Ratings">The ratings that were read.</param>
internal sealed record ColumnarDirectory(DirectoryContents Others, CaseTable Cases, RatingTable Ratings)
{
    /// <summary>Reads a directory; see <see cref="DataDirectory.Read(string, Action{string}?)"/> for what is read and refused.</summary>
    internal static ColumnarDirectory Read(string directory, Action<string>? progress)
    {
        var cases = new CaseTable();
        var ratings = new RatingTable();
        // Case numbers are matched as soon as the cases are read, while the ratings, the larger file, are still being read.
        DirectoryContents others = DataDirectory.Read(directory, progress, (text, file, onReject) =>
        {
            CsvFileSummary summary = cases.Read(text, file, onReject);
            cases.Numbers.Prepare();
            return summary;
        }, ratings.Read);
        return new ColumnarDirectory(others, cases, ratings);
    }
}
