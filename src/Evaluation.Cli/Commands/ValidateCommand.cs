using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using Evaluation.Core.Calendars;
using Evaluation.Core.Policies;
using Evaluation.Core.Validation;
using Evaluation.IO;
using Evaluation.IO.Columnar;
using Evaluation.IO.Csv;

namespace Evaluation.Cli.Commands;

/// <summary><c>evaluation validate</c>: checks every file and writes the rejected rows with their reasons.</summary>
internal static class ValidateCommand
{
    internal static Command Create(TextWriter output, TextWriter error)
    {
        var directory = new Argument<string>("DIR") { Description = "The directory with the CSV exports." };
        var policy = Options.Policy();
        var rejectsFile = new Option<string?>("--rejects") { Description = "Write every rejected row with its reasons to this CSV file (default: DIR/rejects.csv)." };
        var command = new Command("validate", "Check the CSV files of a directory and write the rejected rows to a file you can fix and feed back.")
        {
            directory, policy, rejectsFile,
        };
        command.SetAction(parse =>
        {
            Warmup.Validation();
            string? problem = null;
            if (!Options.TryPolicy(parse.GetValue(policy), out EvaluationPolicy? evaluationPolicy, ref problem))
            {
                error.WriteLine(problem);
                return Exit.Usage;
            }
            string dir = parse.GetValue(directory)!;
            ColumnarDirectory input;
            try
            {
                input = ColumnarDirectory.Read(dir, Progress.For(error).Report);
            }
            catch (DirectoryNotFoundException e)
            {
                error.WriteLine(e.Message);
                return Exit.Usage;
            }
            DirectoryContents contents = input.Others;
            foreach (string e in contents.FileErrors)
            {
                error.WriteLine(e);
            }
            ColumnarValidation report = ColumnarValidator.Validate(contents.Records, input.Cases, input.Ratings, evaluationPolicy!, DeadlineCalculator.China);
            var rejects = RejectsFile.Combine(dir, contents.Rejects, report.Rejected);
            string path = parse.GetValue(rejectsFile) ?? Path.Combine(dir, "rejects.csv");
            RejectsFile.Write(path, rejects);
            long rejected = contents.Rejects.Length + report.Rejected.Length;
            long read = contents.Read;
            foreach (var file in contents.Files)
            {
                output.WriteLine(FormattableString.Invariant($"{file.File}: read {file.Read}, rejected {file.Rejected + report.Rejected.Count(r => r.Source?.File == file.File)}"));
            }
            foreach (var group in rejects.GroupBy(r => r.Code).OrderByDescending(g => g.Count()))
            {
                output.WriteLine(FormattableString.Invariant($"  {group.Key}: {group.Count()}"));
            }
            output.WriteLine(FormattableString.Invariant($"accepted {read - rejected}, rejected {rejected}, read {read}; rejects written to {path}"));
            return contents.FileErrors.Length > 0 ? Exit.Usage : rejected > 0 ? Exit.Rejects : Exit.Success;
        });
        return command;
    }
}
