using System;
using System.CommandLine;
using System.IO;
using Evaluation.Demo;
using Evaluation.IO;

namespace Evaluation.Cli.Commands;

/// <summary><c>evaluation demo</c>: writes the demo data set as CSV files.</summary>
internal static class DemoCommand
{
    internal static Command Create(TextWriter output, TextWriter error)
    {
        var outDir = new Option<string>("--out") { Description = "The directory to write the CSV files to.", DefaultValueFactory = _ => "demo-data" };
        var scale = Options.Scale();
        var command = new Command("demo", "Write the demo data set (Kaifeng's 2023 report rebuilt at record level) as CSV files.") { outDir, scale };
        command.SetAction(parse =>
        {
            string? problem = null;
            if (!Options.TryScale(parse.GetValue(scale), ref problem))
            {
                error.WriteLine(problem);
                return Exit.Usage;
            }
            var data = new DemoDataSet(scale: parse.GetValue(scale));
            string directory = parse.GetValue(outDir)!;
            Progress.For(error).Report($"writing {Path.GetFullPath(directory)}");
            DataDirectory.Write(directory, Records(data));
            output.WriteLine($"Wrote the demo data to {directory}. Run: evaluation report {directory}");
            return Exit.Success;
        });
        return command;
    }

    /// <summary>Every record of the demo data, each kind a sequence generated as it is read.</summary>
    internal static DirectoryRecords Records(DemoDataSet data) => new()
    {
        Units = DemoDataSet.Units(),
        Departments = DemoDataSet.Departments(),
        Windows = DemoDataSet.Windows(),
        Cases = data.Cases(),
        Ratings = data.Ratings(),
        Rectifications = data.Rectifications(),
        FollowUps = data.FollowUps(),
    };
}
