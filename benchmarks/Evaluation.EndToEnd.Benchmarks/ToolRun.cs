using System.Collections.Generic;
using System.IO;

namespace Evaluation.EndToEnd.Benchmarks;

/// <summary>One of the tool's runs the end-to-end benchmarks time: a command over an export's directory.</summary>
/// <param name="Name">The command as a table names it.</param>
/// <param name="Verb">The tool's command (<c>report</c>, <c>validate</c>).</param>
/// <param name="Options">The options after the directory.</param>
internal sealed record ToolRun(string Name, string Verb, IReadOnlyList<string> Options)
{
    /// <summary>The district table.</summary>
    internal static ToolRun Districts { get; } = new("`report DIR --table districts`", "report", ["--table", "districts"]);

    /// <summary>The table by unit and month.</summary>
    internal static ToolRun UnitMonthTable { get; } = new("`report DIR --by unit --period month`", "report", ["--by", "unit", "--period", "month"]);

    /// <summary>The report by unit and month as JSON.</summary>
    internal static ToolRun UnitMonthJson { get; } =
        new("`report DIR --by unit --period month --format json`", "report", ["--by", "unit", "--period", "month", "--format", "json"]);

    /// <summary>The report by department and month as JSON.</summary>
    internal static ToolRun DepartmentMonthJson { get; } =
        new("`report DIR --by department --period month --format json`", "report", ["--by", "department", "--period", "month", "--format", "json"]);

    /// <summary>The report by matter and month as JSON.</summary>
    internal static ToolRun MatterMonthJson { get; } =
        new("`report DIR --by matter --period month --format json`", "report", ["--by", "matter", "--period", "month", "--format", "json"]);

    /// <summary>The report by matter and day as CSV: a row for each of millions of groups.</summary>
    internal static ToolRun MatterDayCsv { get; } =
        new("`report DIR --by matter --period day --format csv`", "report", ["--by", "matter", "--period", "day", "--format", "csv"]);

    /// <summary>The report by matter and day as a console table (its widths found from the rows' values, then its rows made as text).</summary>
    internal static ToolRun MatterDayTable { get; } =
        new("`report DIR --by matter --period day`", "report", ["--by", "matter", "--period", "day"]);

    /// <summary>Validation, its rejects written to the temporary folder.</summary>
    internal static ToolRun Validate { get; } =
        new("`validate DIR`", "validate", ["--rejects", Path.Combine(Path.GetTempPath(), "evaluation-e2e-rejects.csv")]);

    /// <summary>
    /// The command line that runs the tool's command over a directory: the tool built beside the benchmarks, run by
    /// <c>dotnet</c>, or the executable <c>EVALUATION_E2E_TOOL</c> names (an installed tool, such as the one compiled
    /// ahead of time).
    /// </summary>
    internal string[] Arguments(string directory) =>
        System.Environment.GetEnvironmentVariable("EVALUATION_E2E_TOOL") is { Length: > 0 } tool
            ? [tool, Verb, directory, .. Options]
            : ["dotnet", typeof(Cli.Program).Assembly.Location, Verb, directory, .. Options];

    /// <summary>Runs the command over a directory in a process of its own (<see cref="ChildProcess"/>); fails unless it exits 0.</summary>
    internal (System.TimeSpan Elapsed, long PeakBytes) Run(string directory) => ChildProcess.Run(Arguments(directory));
}
