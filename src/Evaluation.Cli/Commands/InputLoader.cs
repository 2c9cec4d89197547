using System;
using System.Collections.Generic;
using System.IO;
using Evaluation.Core.Validation;
using Evaluation.Demo;
using Evaluation.IO;
using Evaluation.IO.Csv;

namespace Evaluation.Cli.Commands;

/// <summary>Loads the records a command works on: a data directory or the built-in demo data.</summary>
internal static class InputLoader
{
    internal sealed record Loaded(RecordSet Records, IReadOnlyList<CsvReject> Unreadable, string? Directory, IReadOnlyList<string> FileErrors);

    internal static Loaded Load(string? directory, bool demo, double scale, Progress progress)
    {
        if (demo)
        {
            progress.Report("generating the demo data (Kaifeng 2023)");
            return new Loaded(new DemoDataSet(scale: scale).ToRecordSet(), [], null, []);
        }
        if (directory is null)
        {
            throw new ArgumentException("Give a data directory or --demo.");
        }
        progress.Report($"reading {Path.GetFullPath(directory)}");
        DirectoryContents contents = DataDirectory.Read(directory, progress.Report);
        return new Loaded(contents.Records, contents.Rejects, directory, contents.FileErrors);
    }
}
