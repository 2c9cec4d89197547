using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using Evaluation.Core.Validation;
using Evaluation.IO.Columnar;
using Evaluation.IO.Csv;

namespace Evaluation.IO;

/// <summary>
/// Reads and writes a directory of interchange files (<c>cases.csv</c>, <c>ratings.csv</c>, ...). A file that is absent
/// holds no records; a file whose header lacks a required column is refused whole and reported.
/// </summary>
public static class DataDirectory
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Reads every file of the format found in a directory.</summary>
    /// <param name="directory">The directory.</param>
    /// <param name="progress">Receives a line per file read, or null.</param>
    /// <returns>The records with their positions, the rows that could not be read, and a summary per file.</returns>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    /// <remarks>
    /// <c>cases.csv</c> and <c>ratings.csv</c> are read as the report pipeline reads them, into columnar tables, and a
    /// record is made of each row kept: one reader for every path, the records a convenience built on the tables.
    /// </remarks>
    public static DirectoryContents Read(string directory, Action<string>? progress = null)
    {
        ColumnarDirectory tables = ColumnarDirectory.Read(directory, progress);
        string casesFile = CsvSchema.FileName(CsvFileKind.Cases), ratingsFile = CsvSchema.FileName(CsvFileKind.Ratings);
        return tables.Others with
        {
            Records = tables.Others.Records with
            {
                Cases = [.. Enumerable.Range(0, tables.Cases.Count).Select(row =>
                    new Sourced<Evaluation.Core.Cases.ServiceCase>(tables.Cases.Materialize(row), new SourcePosition(casesFile, tables.Cases.LineOf(row))))],
                Ratings = [.. Enumerable.Range(0, tables.Ratings.Count).Select(row =>
                    new Sourced<Evaluation.Core.Ratings.Rating>(tables.Ratings.Materialize(row), new SourcePosition(ratingsFile, tables.Ratings.LineOf(row))))],
            },
        };
    }

    /// <summary>
    /// Reads the two large files of a directory, given their paths (null when absent): reports each file's summary to
    /// <c>done</c> once it is known, and its rejected rows, in file order, to its own action.
    /// </summary>
    internal delegate (CsvFileSummary? Cases, CsvFileSummary? Ratings) LargeFileReader(
        string? cases, string? ratings, Action<CsvFileSummary> done, Action<CsvReject> onCaseReject, Action<CsvReject> onRatingReject);

    /// <summary>
    /// Reads a directory, handing the two large files to <paramref name="readLarge"/> (their records are then not in the
    /// result's record set).
    /// </summary>
    internal static DirectoryContents Read(string directory, Action<string>? progress, LargeFileReader readLarge)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The data directory '{directory}' does not exist.");
        }
        var reader = new CsvRecordReader();
        var rejects = new List<CsvReject>();
        var files = new List<CsvFileSummary>();
        var units = ImmutableArray.CreateBuilder<Sourced<Evaluation.Core.Catalog.ServiceUnit>>();
        var departments = ImmutableArray.CreateBuilder<Sourced<Evaluation.Core.Catalog.Department>>();
        var windows = ImmutableArray.CreateBuilder<Sourced<Evaluation.Core.Catalog.ServiceWindow>>();
        var matters = ImmutableArray.CreateBuilder<Sourced<Evaluation.Core.Catalog.Matter>>();
        var appeals = ImmutableArray.CreateBuilder<Sourced<Evaluation.Core.Appeals.Appeal>>();
        var rectifications = ImmutableArray.CreateBuilder<Sourced<Evaluation.Core.Rectification.RectificationOrder>>();
        var followUps = ImmutableArray.CreateBuilder<Sourced<Evaluation.Core.FollowUps.FollowUp>>();
        var gate = new object();

        void Done(CsvFileSummary summary)
        {
            lock (gate)
            {
                progress?.Invoke(summary.Error ?? $"{summary.File}: {summary.Read} rows, {summary.Rejected} rejected");
            }
        }

        CsvFileSummary? ReadFile(string? path, CsvFileKind kind, Func<TextReader, string, CsvFileSummary> read)
        {
            if (path is null)
            {
                return null;
            }
            using TextReader text = OpenText(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0));
            return read(text, CsvSchema.FileName(kind));
        }

        void Sequential(CsvFileKind kind, Func<TextReader, string, CsvFileSummary> read)
        {
            CsvFileSummary? summary = ReadFile(PathOf(directory, kind), kind, read);
            Report(summary, Done);
            if (summary is not null)
            {
                files.Add(summary);
            }
        }

        Sequential(CsvFileKind.Units, (t, f) => reader.ReadUnits(t, f, units.Add, rejects.Add));
        Sequential(CsvFileKind.Departments, (t, f) => reader.ReadDepartments(t, f, departments.Add, rejects.Add));
        Sequential(CsvFileKind.Windows, (t, f) => reader.ReadWindows(t, f, windows.Add, rejects.Add));
        Sequential(CsvFileKind.Matters, (t, f) => reader.ReadMatters(t, f, matters.Add, rejects.Add));

        // The two large files are read at once, each by its own reader; their rejects and summaries keep file order.
        var caseRejects = new List<CsvReject>();
        var ratingRejects = new List<CsvReject>();
        CsvFileSummary? casesSummary, ratingsSummary;
        try
        {
            (casesSummary, ratingsSummary) = readLarge(
                PathOf(directory, CsvFileKind.Cases), PathOf(directory, CsvFileKind.Ratings), Done, caseRejects.Add, ratingRejects.Add);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // Fail as reading one file after the other would: with the first error itself, not a wrapper.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }
        rejects.AddRange(caseRejects);
        rejects.AddRange(ratingRejects);
        files.AddRange(new[] { casesSummary, ratingsSummary }.OfType<CsvFileSummary>());

        Sequential(CsvFileKind.Appeals, (t, f) => reader.ReadAppeals(t, f, appeals.Add, rejects.Add));
        Sequential(CsvFileKind.Rectifications, (t, f) => reader.ReadRectifications(t, f, rectifications.Add, rejects.Add));
        Sequential(CsvFileKind.FollowUps, (t, f) => reader.ReadFollowUps(t, f, followUps.Add, rejects.Add));

        var records = new RecordSet
        {
            Units = units.ToImmutable(),
            Departments = departments.ToImmutable(),
            Windows = windows.ToImmutable(),
            Matters = matters.ToImmutable(),
            Appeals = appeals.ToImmutable(),
            Rectifications = rectifications.ToImmutable(),
            FollowUps = followUps.ToImmutable(),
        };
        return new DirectoryContents(records, [.. rejects], [.. files]);
    }

    private static void Report(CsvFileSummary? summary, Action<CsvFileSummary> done)
    {
        if (summary is not null)
        {
            done(summary);
        }
    }

    /// <summary>The path of a kind's file in a directory, or null when there is none.</summary>
    internal static string? PathOf(string directory, CsvFileKind kind)
    {
        string path = Path.Combine(directory, CsvSchema.FileName(kind));
        return File.Exists(path) ? path : null;
    }

    /// <summary>Opens a file's text: UTF-8 with or without a byte order mark (UTF-16 or UTF-32 with theirs), read 64 KiB at a time and decoded straight into the reader's characters.</summary>
    internal static TextReader OpenText(Stream stream) => new DecodingReader(stream, Utf8, 1 << 16);

    /// <summary>Writes records as interchange files, one per kind, streaming each sequence once.</summary>
    /// <param name="directory">The directory; created when missing.</param>
    /// <param name="records">The records to write, by kind; kinds left out are not written.</param>
    public static void Write(string directory, DirectoryRecords records)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(records);
        Directory.CreateDirectory(directory);
        WriteFile(directory, CsvFileKind.Units, records.Units, CsvRecordWriter.Write);
        WriteFile(directory, CsvFileKind.Departments, records.Departments, CsvRecordWriter.Write);
        WriteFile(directory, CsvFileKind.Windows, records.Windows, CsvRecordWriter.Write);
        WriteFile(directory, CsvFileKind.Matters, records.Matters, CsvRecordWriter.Write);
        WriteFile(directory, CsvFileKind.Cases, records.Cases, CsvRecordWriter.Write);
        WriteFile(directory, CsvFileKind.Ratings, records.Ratings, CsvRecordWriter.Write);
        WriteFile(directory, CsvFileKind.Appeals, records.Appeals, CsvRecordWriter.Write);
        WriteFile(directory, CsvFileKind.Rectifications, records.Rectifications, CsvRecordWriter.Write);
        WriteFile(directory, CsvFileKind.FollowUps, records.FollowUps, CsvRecordWriter.Write);
    }

    private static void WriteFile<T>(string directory, CsvFileKind kind, IEnumerable<T>? items, Action<TextWriter, T> write)
    {
        if (items is null)
        {
            return;
        }
        using var writer = new StreamWriter(Path.Combine(directory, CsvSchema.FileName(kind)), false, Utf8, 1 << 16);
        CsvRecordWriter.WriteHeader(writer, kind);
        foreach (T item in items)
        {
            write(writer, item);
        }
    }
}
