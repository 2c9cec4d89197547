using System;
using System.CommandLine;
using System.IO;
using System.Text;
using Evaluation.Core.Policies;
using Evaluation.Demo;
using NodaTime;

namespace Evaluation.Cli;

/// <summary>The <c>evaluation</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>0 on success, 2 on a usage error.</returns>
    public static int Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        return Run(args, Console.Out, Console.Error);
    }

    internal static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var demo = new Option<bool>("--demo") { Description = "Use the built-in demo data: Kaifeng's 2023 report reconstructed at record level." };
        var format = new Option<string>("--format") { Description = "Output format: table or markdown.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "markdown");
        var policyOption = new Option<string>("--policy") { Description = "Rule preset: national or henan.", DefaultValueFactory = _ => "henan" };
        policyOption.AcceptOnlyFromAmong("national", "henan");
        var scale = new Option<double>("--scale") { Description = "Share of the demo data to generate, in (0, 1]; figures equal the source only at 1.", DefaultValueFactory = _ => 1.0 };

        var report = new Command("report", "Print the district table 县区\"好差评\"数据汇总.") { demo, format, policyOption, scale };
        report.SetAction(parse =>
        {
            if (!parse.GetValue(demo))
            {
                error.WriteLine("Reading exports from a directory is not available yet; use --demo.");
                return 2;
            }
            double s = parse.GetValue(scale);
            if (s <= 0 || s > 1)
            {
                error.WriteLine("--scale must be in (0, 1].");
                return 2;
            }
            EvaluationPolicy policy = parse.GetValue(policyOption) == "national" ? EvaluationPolicy.National : EvaluationPolicy.Henan;
            Table table = DistrictReport.Build(new DemoDataSet(scale: s), policy, Instant.FromUtc(2024, 1, 31, 16, 0));
            output.Write(parse.GetValue(format) == "markdown" ? table.ToMarkdown() : table.ToConsoleText());
            return 0;
        });

        var root = new RootCommand("Government-service rating (政务服务\"好差评\") reports.") { report };
        ParseResult parsed = root.Parse(args);
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
