using System;
using System.Collections.Generic;
using System.IO;
using Evaluation.IO;
using Evaluation.IO.Columnar;
using Evaluation.IO.Csv;

namespace Evaluation.Reporting;

/// <summary>
/// What a report is made from: a data directory of the CSV format read into tables, or records made by a program put
/// into the same tables. Cases and ratings are held as columns rather than objects, so that tens of millions fit.
/// </summary>
/// <remarks>Immutable once made; one input may be prepared under several options.</remarks>
public sealed class ReportInput
{
    private ReportInput(ColumnarDirectory tables, string? directory)
    {
        Tables = tables;
        Directory = directory;
    }

    /// <summary>The directory read, or null for records made by a program: rejects then carry no file position.</summary>
    public string? Directory { get; }

    /// <summary>Rows read over all files, including those that could not be read.</summary>
    public long Read => Tables.Others.Read;

    /// <summary>
    /// Problems with a file as a whole (a file that is not UTF-8, a header without a required column): a report of such
    /// an input would leave a whole file out, so callers should refuse it. Empty when every file could be read.
    /// </summary>
    public IReadOnlyList<string> FileErrors => Tables.Others.FileErrors;

    /// <summary>What was read of each file of the format.</summary>
    public IReadOnlyList<CsvFileSummary> Files => Tables.Others.Files;

    internal ColumnarDirectory Tables { get; }

    /// <summary>
    /// Reads a data directory: the files of the format present in it (<c>cases.csv</c>, <c>ratings.csv</c>, ...), any of
    /// them absent, any row unreadable (kept as a reject with its reason). <c>cases.csv</c> and <c>ratings.csv</c> are read
    /// side by side into tables.
    /// </summary>
    /// <param name="directory">The directory.</param>
    /// <param name="progress">Receives a line per file read, or null.</param>
    /// <returns>The input.</returns>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    public static ReportInput ReadDirectory(string directory, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!System.IO.Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The data directory '{directory}' does not exist.");
        }
        return new ReportInput(ColumnarDirectory.Read(directory, progress is null ? null : progress.Report), directory);
    }

    /// <summary>
    /// Puts records made by a program (a service's own store, the demo data) into the tables a directory is read into,
    /// streaming cases and ratings without holding them as objects. Every record counts as read; none is rejected here.
    /// </summary>
    /// <param name="records">The records of each kind; a kind left null has none.</param>
    /// <returns>The input.</returns>
    public static ReportInput FromRecords(DirectoryRecords records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return new ReportInput(ColumnarDirectory.FromRecords(records), null);
    }

    /// <summary>Wraps tables already read (tests read with other settings).</summary>
    internal static ReportInput FromTables(ColumnarDirectory tables, string? directory) => new(tables, directory);
}
