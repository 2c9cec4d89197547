using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Evaluation.IO;
using Evaluation.IO.Columnar;
using Evaluation.IO.Csv;

namespace Evaluation.Fuzz;

/// <summary>
/// What fuzzing runs: one target per file kind's reader, and one for the whole <c>validate</c> and <c>report</c> chain on
/// a directory made from the input. A target throws when a rule of robustness breaks (an exception escapes, or the
/// counts do not add up); the tests run every kept input through the same targets.
/// </summary>
public static class FuzzTargets
{
    /// <summary>The name of the target that runs the commands on a directory.</summary>
    public const string Pipeline = "pipeline";

    /// <summary>The byte that separates the files of a directory in the pipeline target's input (ASCII record separator).</summary>
    public const byte FileSeparator = 0x1E;

    /// <summary>The longest row of the small-limit reader, so that fuzzing reaches over-long rows with short inputs.</summary>
    private const int ShortRowLimit = 64;

    /// <summary>
    /// Every target: the file kinds by file name, in the order of <see cref="DirectoryOrder"/>, then <see cref="Pipeline"/>.
    /// Written out rather than computed, because nothing of the instrumented assemblies may run before the fuzzer starts.
    /// </summary>
    public static IReadOnlyList<string> All { get; } =
        ["cases", "ratings", "appeals", "rectifications", "follow_ups", "matters", "units", "departments", "windows", Pipeline];

    /// <summary>The file kinds in the order the pipeline target's input gives them.</summary>
    public static IReadOnlyList<CsvFileKind> DirectoryOrder { get; } =
    [
        CsvFileKind.Cases, CsvFileKind.Ratings, CsvFileKind.Appeals, CsvFileKind.Rectifications, CsvFileKind.FollowUps,
        CsvFileKind.Matters, CsvFileKind.Units, CsvFileKind.Departments, CsvFileKind.Windows,
    ];

    /// <summary>A reader target's name: the file name without extension.</summary>
    public static string NameOf(CsvFileKind kind) => All[DirectoryOrder.ToList().IndexOf(kind)];

    /// <summary>Runs a target on an input.</summary>
    /// <param name="target">A name from <see cref="All"/>.</param>
    /// <param name="input">The bytes.</param>
    /// <exception cref="FuzzFailureException">A rule of robustness broke.</exception>
    public static void Run(string target, byte[] input)
    {
        if (target == Pipeline)
        {
            PipelineTarget.Run(input);
            return;
        }
        CsvFileKind kind = DirectoryOrder[All.ToList().IndexOf(target)];
        // The reader with the default limit and one with a short limit; the large files also into their tables. The
        // reader reads plainly quoted rows with quotes taken as text, and sets other rows aside: a reader that parses
        // quotes throughout reads the same records and rejects.
        (CsvFileSummary full, List<string> rejects) = ReadRecords(kind, input, new CsvRecordReader());
        (CsvFileSummary parsed, List<string> parsedRejects) = ReadRecords(kind, input, new CsvRecordReader(RowLengthGuard.DefaultLimit, plainQuotes: false));
        Expect(full == parsed && rejects.SequenceEqual(parsedRejects),
            $"read with quotes as text: {full}, rejects {string.Join(" | ", rejects)}; with quotes parsed: {parsed}, rejects {string.Join(" | ", parsedRejects)}");
        _ = ReadRecords(kind, input, new CsvRecordReader(ShortRowLimit));
        if (kind is CsvFileKind.Cases or CsvFileKind.Ratings)
        {
            ReadTable(kind, input, full);
        }
    }

    /// <summary>Reads a file's records, checking its counts; its summary, and each reject's line, code and row.</summary>
    private static (CsvFileSummary Summary, List<string> Rejects) ReadRecords(CsvFileKind kind, byte[] input, CsvRecordReader reader)
    {
        long records = 0, rejects = 0;
        var rejected = new List<string>();
        void Record<T>(T _) => records++;
        void Reject(CsvReject r)
        {
            Expect(r.Line >= 2, $"a reject names line {r.Line}, before the first data row");
            rejects++;
            rejected.Add($"{r.Line} {r.Code} {r.Row}");
        }
        using TextReader text = DataDirectory.OpenText(new MemoryStream(input));
        string file = CsvSchema.FileName(kind);
        CsvFileSummary summary = kind switch
        {
            CsvFileKind.Cases => reader.ReadCases(text, file, Record, Reject),
            CsvFileKind.Ratings => reader.ReadRatings(text, file, Record, Reject),
            CsvFileKind.Appeals => reader.ReadAppeals(text, file, Record, Reject),
            CsvFileKind.Rectifications => reader.ReadRectifications(text, file, Record, Reject),
            CsvFileKind.FollowUps => reader.ReadFollowUps(text, file, Record, Reject),
            CsvFileKind.Matters => reader.ReadMatters(text, file, Record, Reject),
            CsvFileKind.Units => reader.ReadUnits(text, file, Record, Reject),
            CsvFileKind.Departments => reader.ReadDepartments(text, file, Record, Reject),
            _ => reader.ReadWindows(text, file, Record, Reject),
        };
        CheckCounts(summary, records, rejects);
        return (summary, rejected);
    }

    private static void ReadTable(CsvFileKind kind, byte[] input, CsvFileSummary expected)
    {
        long rejects = 0;
        using TextReader text = DataDirectory.OpenText(new MemoryStream(input));
        string file = CsvSchema.FileName(kind);
        CsvFileSummary summary;
        int rows;
        if (kind == CsvFileKind.Cases)
        {
            var cases = new CaseTable();
            summary = cases.Read(text, file, _ => rejects++);
            rows = cases.Count;
        }
        else
        {
            var ratings = new RatingTable();
            summary = ratings.Read(text, file, _ => rejects++);
            rows = ratings.Count;
        }
        CheckCounts(summary, rows, rejects);
        Expect(summary.Read == expected.Read && summary.Records == expected.Records && summary.Error == expected.Error,
            $"the table reader read {summary.Read} rows into {summary.Records} records, the record reader {expected.Read} into {expected.Records}");
    }

    private static void CheckCounts(CsvFileSummary summary, long records, long rejects)
    {
        if (summary.Error is not null)
        {
            Expect(summary.Read == 0 && records == 0 && rejects == 0, "a refused file still gave rows");
            return;
        }
        Expect(summary.Records + summary.Rejected == summary.Read, $"accepted {summary.Records} + rejected {summary.Rejected} != read {summary.Read}");
        Expect(records == summary.Records && rejects == summary.Rejected, $"{records} records and {rejects} rejects were handed on; the summary says {summary.Records} and {summary.Rejected}");
    }

    internal static void Expect(bool condition, string rule)
    {
        if (!condition)
        {
            throw new FuzzFailureException(rule);
        }
    }
}

/// <summary>A rule of robustness that an input broke.</summary>
public sealed class FuzzFailureException(string message) : Exception(message);
