using System;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Evaluation.Core.Validation;
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
    /// <param name="directory">The directory.</param>
    /// <param name="progress">Receives a line per file read, or null.</param>
    /// <param name="minimumTail">The fewest unread bytes of one large file worth reading on the core the other has left idle.</param>
    /// <param name="tailsFirst">Cuts each large file at its middle before reading starts (for tests).</param>
    internal static ColumnarDirectory Read(string directory, Action<string>? progress, long minimumTail = LargeFileReading.DefaultMinimumTail, bool tailsFirst = false)
    {
        var cases = new CaseTable();
        var ratings = new RatingTable();
        DirectoryContents others = DataDirectory.Read(directory, progress, new LargeFileReading(cases, ratings, minimumTail, tailsFirst).Read);
        return new ColumnarDirectory(others, cases, ratings);
    }

    /// <summary>
    /// Puts records made by a program rather than read (the demo data) into the same tables, so that they are reported
    /// as a directory is: each kind counts its records as read and none as rejected, and records have no file position.
    /// Cases and ratings are streamed into their tables, side by side, without being held as objects.
    /// </summary>
    internal static ColumnarDirectory FromRecords(DirectoryRecords records)
    {
        var cases = new CaseTable();
        var ratings = new RatingTable();
        Parallel.Invoke(
            () =>
            {
                cases.AddRecords(records.Cases ?? []);
                cases.Numbers.Prepare();
            },
            () => ratings.AddRecords(records.Ratings ?? []));
        var others = new RecordSet
        {
            Units = RecordSet.FromApi(records.Units ?? []),
            Departments = RecordSet.FromApi(records.Departments ?? []),
            Windows = RecordSet.FromApi(records.Windows ?? []),
            Matters = RecordSet.FromApi(records.Matters ?? []),
            Appeals = RecordSet.FromApi(records.Appeals ?? []),
            Rectifications = RecordSet.FromApi(records.Rectifications ?? []),
            FollowUps = RecordSet.FromApi(records.FollowUps ?? []),
        };
        ImmutableArray<CsvFileSummary> files =
        [
            Summary(CsvFileKind.Units, others.Units.Length), Summary(CsvFileKind.Departments, others.Departments.Length),
            Summary(CsvFileKind.Windows, others.Windows.Length), Summary(CsvFileKind.Matters, others.Matters.Length),
            Summary(CsvFileKind.Cases, cases.Count), Summary(CsvFileKind.Ratings, ratings.Count),
            Summary(CsvFileKind.Appeals, others.Appeals.Length), Summary(CsvFileKind.Rectifications, others.Rectifications.Length),
            Summary(CsvFileKind.FollowUps, others.FollowUps.Length),
        ];
        return new ColumnarDirectory(new DirectoryContents(others, [], files), cases, ratings);
    }

    private static CsvFileSummary Summary(CsvFileKind kind, int count) => new(CsvSchema.FileName(kind), count, count, 0, null);

    /// <summary>
    /// Lets go of what only the ratings' records need once their facts are found: their identifiers and case references
    /// (<see cref="KeyColumn.Release"/>; whether a rating names a case is still known). Making a rating's record, or
    /// matching its keys, is then refused.
    /// </summary>
    internal void ReleaseRatingKeys()
    {
        Ratings.Ids.Release();
        Ratings.CaseRefs.Release();
    }

    /// <summary>
    /// Lets go of what only the cases' records need once the default ratings owed are judged: their numbers
    /// (<see cref="KeyColumn.Release"/>). Making a case's record, or matching its number, is then refused.
    /// </summary>
    internal void ReleaseCaseKeys() => Cases.Numbers.Release();

    /// <summary>Whether <see cref="ReleaseRatingKeys"/> or <see cref="ReleaseCaseKeys"/> was called.</summary>
    internal bool RecordKeysReleased => Cases.Numbers.IsReleased || Ratings.Ids.IsReleased;
}
