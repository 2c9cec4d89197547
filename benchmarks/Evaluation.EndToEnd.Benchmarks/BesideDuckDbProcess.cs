using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;

namespace Evaluation.EndToEnd.Benchmarks;

/// <summary>
/// The tool's runs of <see cref="ReportVersusDuckDbBenchmarks"/> beside DuckDB in a process of its own, interleaved run
/// for run: <c>dotnet run -c Release --project benchmarks/Evaluation.EndToEnd.Benchmarks -- pairs [ROUNDS]</c>. The
/// benchmark times DuckDB first and the tool's processes last, which on a machine whose speed drifts over minutes
/// compares hours as much as programs; here each round runs DuckDB's process (this program with <c>duckdb DIR ...</c>)
/// beside the runs it is the yardstick of, and the ratios are to its mean and median over all rounds (the median being
/// the one a single disturbed run does not move). Each run has DuckDB computing the same figures as its yardstick: by
/// unit and month, counted, for the tables and for validation; by the report's grouping and month, written as JSON,
/// for the JSON reports; each run's mean is also put beside DuckDB's by unit and month,
/// the one yardstick of all runs in earlier rounds. The export and the check that the figures agree are the benchmark's
/// (<c>EVALUATION_E2E_N</c>, <c>EVALUATION_E2E_DIR</c>). With <c>pairs rows [ROUNDS]</c>, the report by matter and day
/// beside DuckDB writing the same groups.
/// </summary>
internal static class BesideDuckDbProcess
{
    /// <summary>
    /// Runs the rounds and prints a Markdown table: each run's yardstick, its mean and median and their ratios to the
    /// yardstick's, its mean's ratio to DuckDB's by unit and month, its times and peaks. With <paramref name="manyRows"/>,
    /// the report by matter and day (millions of rows) as CSV and as a table, beside DuckDB writing the same groups'
    /// counts as CSV (both outputs to <c>/dev/null</c>).
    /// </summary>
    /// <param name="rounds">The number of rounds.</param>
    /// <param name="manyRows">Whether to time the reports of many rows rather than the six runs.</param>
    /// <returns>0.</returns>
    internal static int Run(int rounds, bool manyRows = false)
    {
        var benchmarks = new ReportVersusDuckDbBenchmarks { N = ReportVersusDuckDbBenchmarks.Sizes.First() };
        benchmarks.Setup();
        string directory = benchmarks.Directory;
        string self = Assembly.GetExecutingAssembly().Location;
        Process Yardstick(string name, params string[] arguments) => new(name, [self, "duckdb", directory, .. arguments], null);
        Process Tool(ToolRun run, Process yardstick) => new(run.Name, run.Arguments(directory), yardstick);
        Process byUnit = Yardstick("DuckDB's process, by unit and month (counted)");
        Process[] round;
        if (manyRows)
        {
            Process byMatterDay = Yardstick("DuckDB's process, by matter and day (CSV)", "matter", "day", "/dev/null", "csv");
            round = [byMatterDay, Tool(ToolRun.MatterDayCsv, byMatterDay), byMatterDay, Tool(ToolRun.MatterDayTable, byMatterDay)];
        }
        else
        {
            Process byUnitJson = Yardstick("DuckDB's process, by unit and month (JSON)", "unit", "month", "/dev/null", "json");
            Process byDepartment = Yardstick("DuckDB's process, by department and month (JSON)", "department", "month", "/dev/null", "json");
            Process byMatter = Yardstick("DuckDB's process, by matter and month (JSON)", "matter", "month", "/dev/null", "json");
            round =
            [
                byUnit, Tool(ToolRun.Districts, byUnit), Tool(ToolRun.UnitMonthTable, byUnit),
                byUnit, Tool(ToolRun.Validate, byUnit),
                byUnitJson, Tool(ToolRun.UnitMonthJson, byUnitJson),
                byDepartment, Tool(ToolRun.DepartmentMonthJson, byDepartment),
                byMatter, Tool(ToolRun.MatterMonthJson, byMatter),
            ];
        }
        var times = round.Select(r => r.Name).Distinct().ToDictionary(name => name, _ => new List<(TimeSpan Elapsed, long Peak)>());
        for (int r = 0; r < rounds; r++)
        {
            foreach (Process run in round)
            {
                (TimeSpan elapsed, long peak) = ChildProcess.Run(run.Arguments);
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {r + 1}: {run.Name} {elapsed.TotalSeconds:F2} s, {peak / 1e9:F2} GB"));
                times[run.Name].Add((elapsed, peak));
            }
        }
        double Mean(string name) => times[name].Average(x => x.Elapsed.TotalSeconds);
        bool withUnit = times.ContainsKey(byUnit.Name);
        Console.WriteLine($"N = {benchmarks.N:N0}, {rounds} rounds");
        Console.WriteLine();
        Console.WriteLine(withUnit
            ? "| run | yardstick | mean | ratio | median | ratio | mean / DuckDB by unit | runs | peak |"
            : "| run | yardstick | mean | ratio | median | ratio | runs | peak |");
        Console.WriteLine(withUnit ? "| --- | --- | --- | --- | --- | --- | --- | --- | --- |" : "| --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (Process run in round.DistinctBy(r => r.Name))
        {
            List<(TimeSpan Elapsed, long Peak)> list = times[run.Name];
            string yardstick = run.Yardstick?.Name ?? "(itself)";
            double mean = Mean(run.Name), median = Median(list);
            double yardstickMean = Mean(run.Yardstick?.Name ?? run.Name), yardstickMedian = Median(times[run.Yardstick?.Name ?? run.Name]);
            string seconds = string.Join(", ", list.Select(x => x.Elapsed.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture)));
            string toUnit = withUnit ? string.Create(CultureInfo.InvariantCulture, $" {mean / Mean(byUnit.Name):F2} |") : string.Empty;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {run.Name} | {yardstick} | {mean:F2} s | {mean / yardstickMean:F2} | {median:F2} s | {median / yardstickMedian:F2} |{toUnit} {seconds} | {list.Min(x => x.Peak) / 1e9:F2} to {list.Max(x => x.Peak) / 1e9:F2} GB |"));
        }
        return 0;
    }

    /// <summary>A process of a round: the tool's command, or DuckDB's side (whose yardstick is null).</summary>
    private sealed record Process(string Name, string[] Arguments, Process? Yardstick);

    /// <summary>The median of the runs' times, in seconds (the mean of the middle two when they are even).</summary>
    private static double Median(List<(TimeSpan Elapsed, long Peak)> runs)
    {
        double[] seconds = [.. runs.Select(x => x.Elapsed.TotalSeconds).Order()];
        return (seconds[(seconds.Length - 1) / 2] + seconds[seconds.Length / 2]) / 2;
    }

    /// <summary>DuckDB's side of a round, in this process: the benchmark's query over an export's files.</summary>
    /// <param name="directory">The export.</param>
    /// <returns>0.</returns>
    internal static int DuckDbCounts(string directory)
    {
        Console.WriteLine(ReportVersusDuckDbBenchmarks.DuckDbCounts(directory).Count);
        return 0;
    }
}
