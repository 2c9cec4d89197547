using System;
using System.IO;
using System.Linq;
using Evaluation.IO.Csv;
using Evaluation.Reporting;
using Evaluation.Workbooks.Reading;

namespace Evaluation.Cli.Commands;

/// <summary>
/// Opens a data directory for <c>report</c> and <c>validate</c>, refusing one that is missing or holds none of the
/// format's files. A directory of Excel workbooks is read through <see cref="WorkbookExports"/>, which the caller
/// disposes once it has written the rejects.
/// </summary>
internal static class DataInput
{
    /// <summary>Reads a directory, or writes why it cannot be read and returns false.</summary>
    internal static bool TryRead(string directory, TextWriter error, IProgress<string> progress, out ReportInput? input, out WorkbookExports? workbooks)
    {
        input = null;
        workbooks = null;
        if (!Directory.Exists(directory))
        {
            error.WriteLine($"The data directory '{directory}' does not exist.");
            return false;
        }
        string[] expected = [.. Enum.GetValues<CsvFileKind>().Select(CsvSchema.FileName)];
        bool hasWorkbooks = WorkbookExports.HasWorkbooks(directory);
        if (!expected.Any(name => File.Exists(Path.Combine(directory, name))) && !hasWorkbooks)
        {
            error.WriteLine($"The data directory '{directory}' holds none of the files of the format: {string.Join(", ", expected)} (or the same names ending .xlsx).");
            return false;
        }
        if (!hasWorkbooks)
        {
            input = ReportInput.ReadDirectory(directory, progress);
            return true;
        }
        workbooks = WorkbookExports.Convert(directory, progress);
        if (workbooks.Problems.Count > 0)
        {
            foreach (string problem in workbooks.Problems)
            {
                error.WriteLine(problem);
            }
            workbooks.Dispose();
            workbooks = null;
            return false;
        }
        input = ReportInput.ReadDirectory(workbooks.CsvDirectory, progress);
        return true;
    }
}
