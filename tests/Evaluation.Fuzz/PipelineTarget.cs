using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Evaluation.IO.Csv;

namespace Evaluation.Fuzz;

/// <summary>
/// The <c>validate</c> and <c>report</c> commands, run in process on a directory made from the input: its first byte
/// chooses the command (<see cref="Commands"/>), and the parts of the rest, separated by
/// <see cref="FuzzTargets.FileSeparator"/>, are the files of <see cref="FuzzTargets.DirectoryOrder"/>, an empty part an
/// absent file. The command must end with exit code 0, 1 or 2 and never let an exception escape.
/// </summary>
internal static class PipelineTarget
{
    private static readonly string Root = Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), $"evaluation-fuzz-{Environment.ProcessId}");

    /// <summary>The commands an input's first byte chooses from (modulo their number); the directory and rejects path are filled in.</summary>
    private static readonly string[][] Commands =
    [
        ["validate", "{dir}", "--rejects", "{rejects}"],
        ["report", "{dir}"],
        ["report", "{dir}", "--by", "matter,channel", "--period", "week", "--format", "json"],
        ["report", "{dir}", "--by", "unit,department", "--period", "month", "--provisional", "--format", "csv"],
    ];

    internal static void Run(byte[] input)
    {
        if (input.Length == 0)
        {
            return;
        }
        string[] command = Commands[input[0] % Commands.Length];
        input = input[1..];
        string directory = Path.Combine(Root, "in");
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
        Directory.CreateDirectory(directory);
        IReadOnlyList<CsvFileKind> kinds = FuzzTargets.DirectoryOrder;
        int start = 0;
        for (int k = 0; k < kinds.Count && start <= input.Length; k++)
        {
            int end = Array.IndexOf(input, FuzzTargets.FileSeparator, start);
            end = end < 0 || k == kinds.Count - 1 ? input.Length : end;
            if (end > start)
            {
                File.WriteAllBytes(Path.Combine(directory, CsvSchema.FileName(kinds[k])), input[start..end]);
            }
            start = end + 1;
        }
        Command([.. command.Select(a => a.Replace("{dir}", directory, StringComparison.Ordinal).Replace("{rejects}", Path.Combine(Root, "rejects.csv"), StringComparison.Ordinal))]);
    }

    private static void Command(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = Evaluation.Cli.Program.Run(args, output, error, guard: false);
        FuzzTargets.Expect(code is 0 or 1 or 2, $"'{string.Join(' ', args)}' ended with exit code {code}");
    }
}
