using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using Evaluation.IO;
using Evaluation.Reporting;

namespace Evaluation.Cli.Commands;

/// <summary><c>evaluation validate</c>: checks every file and writes the rejected rows with their reasons.</summary>
internal static class ValidateCommand
{
    internal static Command Create(TextWriter output, TextWriter error)
    {
        var directory = new Argument<string>("DIR") { Description = "The directory with the CSV exports." };
        var policy = Options.Policy();
        var holidays = CalendarOptions.Holidays();
        var provisional = CalendarOptions.Provisional();
        var rejectsFile = new Option<string?>("--rejects") { Description = "Write every rejected row with its reasons to this CSV file (default: rejects.csv in the current directory, never inside DIR)." };
        var command = new Command("validate", "Check the CSV files (or Excel workbooks) of a directory and write the rejected rows to a file you can fix and feed back.")
        {
            directory, policy, rejectsFile, holidays, provisional,
        };
        command.SetAction(parse =>
        {
            using CheckedInput? opened = CheckedInput.TryOpen(parse, directory, policy, holidays, provisional, error);
            if (opened is null)
            {
                return Exit.Usage;
            }
            string dir = parse.GetValue(directory)!;
            foreach (string e in opened.Input.FileErrors)
            {
                error.WriteLine(opened.Named(e));
            }
            // The tool collects once the keys are matched, as a report does: the lists of kept rows reuse the matches' memory.
            var options = new ReportOptions { Policy = opened.Policy, Deadlines = opened.Calendar.Deadlines, ReclaimMemoryBetweenStages = true };
            InputValidation report = ReportPipeline.Validate(opened.Input, options, CancellationToken.None);
            string? path = parse.GetValue(rejectsFile) ?? DefaultRejectsPath(dir);
            if (path is not null)
            {
                RejectsFile.Write(path, opened.Located(report.Rejects));
            }
            foreach (var file in report.Files)
            {
                output.WriteLine(FormattableString.Invariant($"{opened.SourceName(file.File)}: read {file.Read}, rejected {file.Rejected}"));
            }
            foreach (var group in report.Rejects.GroupBy(r => r.Code).OrderByDescending(g => g.Count()))
            {
                output.WriteLine(FormattableString.Invariant($"  {group.Key}: {group.Count()}"));
            }
            output.WriteLine(FormattableString.Invariant($"accepted {report.AcceptedCount}, rejected {report.RejectedCount}, read {report.Read}; ")
                + (path is not null ? $"rejects written to {path}" : "rejects not written: the current directory is the data directory; name a file with --rejects"));
            if (opened.Calendar != CalendarChoice.BuiltIn)
            {
                output.WriteLine(opened.Calendar.Describe());
            }
            return report.FileErrors.Count > 0 ? Exit.Usage : report.RejectedCount > 0 ? Exit.Rejects : Exit.Success;
        });
        return command;
    }

    /// <summary>
    /// <c>rejects.csv</c> in the current directory, unless that is the data directory or inside it: nothing is written
    /// among the input files unless the user names a path there.
    /// </summary>
    internal static string? DefaultRejectsPath(string directory)
    {
        string input = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)) + Path.DirectorySeparatorChar;
        string current = Path.TrimEndingDirectorySeparator(Path.GetFullPath(Environment.CurrentDirectory)) + Path.DirectorySeparatorChar;
        return current.StartsWith(input, StringComparison.Ordinal) ? null : Path.Combine(Environment.CurrentDirectory, "rejects.csv");
    }
}
