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
/// compares hours as much as programs; here each round runs DuckDB's process (this program with <c>duckdb DIR</c>)
/// before every second run of the tool, and the ratios are to DuckDB's mean and median over all rounds (the median
/// being the one a single disturbed run does not move). The export and the check
/// that the figures agree are the benchmark's (<c>EVALUATION_E2E_N</c>, <c>EVALUATION_E2E_DIR</c>). With
/// <c>pairs rows [ROUNDS]</c>, the report by matter and day beside DuckDB writing the same groups.
/// </summary>
internal static class BesideDuckDbProcess
{
    private const string DuckDb = "DuckDB's process (baseline)";

    /// <summary>
    /// Runs the rounds and prints a Markdown table: each run's mean, its ratio to DuckDB's, its times and peaks. With
    /// <paramref name="manyRows"/>, the report by matter and day (millions of rows) as CSV and as a table, beside DuckDB
    /// writing the same groups' counts as CSV (both outputs to <c>/dev/null</c>).
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
        string[] duckDb = manyRows ? [self, "duckdb", directory, "matter", "day", "/dev/null"] : [self, "duckdb", directory];
        (string Name, string[] Arguments)[] round = manyRows
            ? [(DuckDb, duckDb), .. Runs(ToolRun.MatterDayCsv), (DuckDb, duckDb), .. Runs(ToolRun.MatterDayTable)]
            :
            [
                (DuckDb, duckDb),
                .. Runs(ToolRun.Districts, ToolRun.UnitMonthTable),
                (DuckDb, duckDb),
                .. Runs(ToolRun.UnitMonthJson, ToolRun.DepartmentMonthJson),
                (DuckDb, duckDb),
                .. Runs(ToolRun.MatterMonthJson, ToolRun.Validate),
            ];
        IEnumerable<(string, string[])> Runs(params ToolRun[] runs) => runs.Select(run => (run.Name, run.Arguments(directory)));
        var runs = round.Select(r => r.Name).Distinct().ToDictionary(name => name, _ => new List<(TimeSpan Elapsed, long Peak)>());
        for (int r = 0; r < rounds; r++)
        {
            foreach ((string name, string[] arguments) in round)
            {
                (TimeSpan elapsed, long peak) = ChildProcess.Run(arguments);
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {r + 1}: {name} {elapsed.TotalSeconds:F2} s, {peak / 1e9:F2} GB"));
                runs[name].Add((elapsed, peak));
            }
        }
        double baselineMean = runs[DuckDb].Average(x => x.Elapsed.TotalSeconds);
        double baselineMedian = Median(runs[DuckDb]);
        Console.WriteLine($"N = {benchmarks.N:N0}, {rounds} rounds");
        Console.WriteLine();
        Console.WriteLine("| run | mean | ratio | median | ratio | runs | peak |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- |");
        foreach ((string name, List<(TimeSpan Elapsed, long Peak)> list) in runs)
        {
            double mean = list.Average(x => x.Elapsed.TotalSeconds);
            double median = Median(list);
            string times = string.Join(", ", list.Select(x => x.Elapsed.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture)));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {mean:F2} s | {mean / baselineMean:F2} | {median:F2} s | {median / baselineMedian:F2} | {times} | {list.Min(x => x.Peak) / 1e9:F2} to {list.Max(x => x.Peak) / 1e9:F2} GB |"));
        }
        return 0;
    }

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
