using System;
using System.IO;
using System.Linq;
using Evaluation.IO.Csv;
using Evaluation.Reporting;

namespace Evaluation.Cli.Commands;

/// <summary>Opens a data directory for <c>report</c> and <c>validate</c>, refusing one that is missing or holds none of the format's files.</summary>
internal static class DataInput
{
    /// <summary>Reads a directory, or writes why it cannot be read and returns false.</summary>
    internal static bool TryRead(string directory, TextWriter error, IProgress<string> progress, out ReportInput? input)
    {
        input = null;
        if (!Directory.Exists(directory))
        {
            error.WriteLine($"The data directory '{directory}' does not exist.");
            return false;
        }
        string[] expected = [.. Enum.GetValues<CsvFileKind>().Select(CsvSchema.FileName)];
        if (!expected.Any(name => File.Exists(Path.Combine(directory, name))))
        {
            error.WriteLine($"The data directory '{directory}' holds none of the files of the format: {string.Join(", ", expected)}.");
            return false;
        }
        input = ReportInput.ReadDirectory(directory, progress);
        return true;
    }
}
