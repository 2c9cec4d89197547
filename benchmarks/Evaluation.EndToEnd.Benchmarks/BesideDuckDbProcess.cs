using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;

namespace Evaluation.EndToEnd.Benchmarks;

/// <summary>
/// The tool's runs of <see cref="ReportVersusDuckDbBenchmarks"/> beside DuckDB in a process of its own, interleaved run
/// for run: <c>dotnet run -c Release --project benchmarks/Evaluation.EndToEnd.Benchmarks -- pairs [ROUNDS]</c>. The
/// benchmark times DuckDB first and the tool's processes last, which on a machine whose speed drifts over minutes
/// compares hours as much as programs; here each round runs DuckDB's processes (this program with <c>duckdb DIR
/// ...</c>) beside the runs they are the yardsticks of, and the ratios are to their means and medians over all rounds
/// (the median being the one a single disturbed run does not move), then round by round: each run over its
/// yardstick's run of the same round, whose geometric mean a drift of the machine's speed over the rounds does not
/// move. Each of the tool's runs is put beside DuckDB's counts by unit and month read back (the one yardstick of all
/// runs in earlier rounds), and, but for validation, beside DuckDB's counts by the run's own grouping and month
/// written as CSV and as JSON. The export and the check
/// that the figures agree are the benchmark's (<c>EVALUATION_E2E_N</c>, <c>EVALUATION_E2E_DIR</c>). With <c>pairs rows
/// [ROUNDS]</c>, the report by matter and day beside DuckDB writing the same groups.
/// </summary>
internal static class BesideDuckDbProcess
{
    /// <summary>
    /// Runs the rounds and prints a Markdown table: each run's mean, median, times and peaks, and for each of the tool's
    /// runs its ratios (of the means, then of the medians) to DuckDB's processes beside it: its counts by unit and month
    /// read back, and its counts by the run's grouping and month written as CSV and as JSON. With
    /// <paramref name="manyRows"/>, the report by matter and day (millions of rows) as CSV and as a table, beside DuckDB
    /// writing the same groups' counts as CSV (all outputs to <c>/dev/null</c>).
    /// </summary>
    /// <param name="rounds">The number of rounds: 0 makes the export and checks its figures only.</param>
    /// <param name="manyRows">Whether to time the reports of many rows rather than the issue's six runs.</param>
    /// <returns>0.</returns>
    internal static int Run(int rounds, bool manyRows = false)
    {
        var benchmarks = new ReportVersusDuckDbBenchmarks { N = ReportVersusDuckDbBenchmarks.Sizes.First() };
        benchmarks.Setup();
        if (rounds == 0)
        {
            // Only the export made and its figures checked.
            return 0;
        }
        string directory = benchmarks.Directory;
        string self = Assembly.GetExecutingAssembly().Location;
        Process Written(string dimension, string period, string format) => new(
            $"DuckDB, by {dimension} and {period}, {format.ToUpperInvariant()}",
            ["dotnet", self, "duckdb", directory, dimension, period, "/dev/null", format],
            [],
            $"as {format.ToUpperInvariant()}");
        Process Tool(ToolRun run, params Process[] yardsticks) => new(run.Name, run.Arguments(directory), yardsticks);
        Process counted = new("DuckDB, by unit and month, counted", ["dotnet", self, "duckdb", directory], [], "counted by unit");
        Process[] round;
        if (manyRows)
        {
            Process matterDay = Written("matter", "day", "csv");
            round = [matterDay, Tool(ToolRun.MatterDayCsv, matterDay), matterDay, Tool(ToolRun.MatterDayTable, matterDay)];
        }
        else
        {
            Process unitCsv = Written("unit", "month", "csv"), unitJson = Written("unit", "month", "json");
            Process departmentCsv = Written("department", "month", "csv"), departmentJson = Written("department", "month", "json");
            Process matterCsv = Written("matter", "month", "csv"), matterJson = Written("matter", "month", "json");
            round =
            [
                counted,
                Tool(ToolRun.Districts, counted, unitCsv, unitJson),
                Tool(ToolRun.UnitMonthTable, counted, unitCsv, unitJson),
                Tool(ToolRun.Validate, counted),
                unitCsv, unitJson, Tool(ToolRun.UnitMonthJson, counted, unitCsv, unitJson),
                departmentCsv, departmentJson, Tool(ToolRun.DepartmentMonthJson, counted, departmentCsv, departmentJson),
                matterCsv, matterJson, Tool(ToolRun.MatterMonthJson, counted, matterCsv, matterJson),
            ];
        }
        var times = round.Select(r => r.Name).Distinct().ToDictionary(name => name, _ => new List<(TimeSpan Elapsed, long Peak)>());
        // Each of the tool's runs over its yardstick's run in the same round (the nearest before it, else after it), by kind.
        var roundRatios = new Dictionary<(string Run, string Kind), List<double>>();
        for (int r = 0; r < rounds; r++)
        {
            var elapsedInRound = new TimeSpan[round.Length];
            for (int i = 0; i < round.Length; i++)
            {
                (TimeSpan elapsed, long peak) = ChildProcess.Run(round[i].Arguments);
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {r + 1}: {round[i].Name} {elapsed.TotalSeconds:F2} s, {peak / 1e9:F2} GB"));
                times[round[i].Name].Add((elapsed, peak));
                elapsedInRound[i] = elapsed;
            }
            for (int i = 0; i < round.Length; i++)
            {
                foreach (Process yardstick in round[i].Yardsticks)
                {
                    ref List<double>? ratios = ref CollectionsMarshal.GetValueRefOrAddDefault(roundRatios, (round[i].Name, yardstick.Kind!), out _);
                    (ratios ??= []).Add(elapsedInRound[i] / elapsedInRound[NearestRun(round, i, yardstick.Name)]);
                }
            }
        }
        double Mean(string name) => times[name].Average(x => x.Elapsed.TotalSeconds);
        double MedianOf(string name) => Median(times[name]);
        // A column for each kind of yardstick some run has: counted, written as CSV, written as JSON.
        string[] kinds = [.. round.SelectMany(r => r.Yardsticks).Select(y => y.Kind!).Distinct()];
        Console.WriteLine($"N = {benchmarks.N:N0}, {rounds} rounds; each ratio is of the means, then of the medians");
        Console.WriteLine();
        Console.WriteLine($"| run | mean | median | {string.Concat(kinds.Select(k => $"÷ DuckDB {k} | "))}runs | peak |");
        Console.WriteLine($"| --- | --- | --- | {string.Concat(kinds.Select(_ => "--- | "))}--- | --- |");
        foreach (Process run in round.DistinctBy(r => r.Name))
        {
            List<(TimeSpan Elapsed, long Peak)> list = times[run.Name];
            string seconds = string.Join(", ", list.Select(x => x.Elapsed.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture)));
            string ratios = string.Concat(kinds.Select(kind => run.Yardsticks.FirstOrDefault(y => y.Kind == kind) is Process y
                ? string.Create(CultureInfo.InvariantCulture, $"{Mean(run.Name) / Mean(y.Name):F2} / {MedianOf(run.Name) / MedianOf(y.Name):F2} | ")
                : "| "));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {run.Name} | {Mean(run.Name):F2} s | {MedianOf(run.Name):F2} s | {ratios}{seconds} | {list.Min(x => x.Peak) / 1e9:F2} to {list.Max(x => x.Peak) / 1e9:F2} GB |"));
        }
        PrintRoundRatios(round, kinds, roundRatios);
        return 0;
    }

    /// <summary>
    /// Prints, for each of the tool's runs and each kind of yardstick, the ratios of its runs to the yardstick's run in
    /// the same round: their geometric mean, their range, and in how many rounds the tool was faster. On a
    /// machine whose speed drifts over minutes, a round's own ratio compares the programs at the same hour.
    /// </summary>
    private static void PrintRoundRatios(Process[] round, string[] kinds, Dictionary<(string Run, string Kind), List<double>> roundRatios)
    {
        Console.WriteLine();
        Console.WriteLine("Round by round: each run over the yardstick's run in the same round; the geometric mean, the range, and the rounds below 1");
        Console.WriteLine();
        Console.WriteLine($"| run | {string.Join(" | ", kinds.Select(k => $"÷ DuckDB {k}"))} |");
        Console.WriteLine($"| --- | {string.Join(" | ", kinds.Select(_ => "---"))} |");
        foreach (Process run in round.Where(r => r.Yardsticks.Count > 0).DistinctBy(r => r.Name))
        {
            IEnumerable<string> cells = kinds.Select(kind => roundRatios.TryGetValue((run.Name, kind), out List<double>? ratios)
                ? string.Create(CultureInfo.InvariantCulture,
                    $"{Math.Exp(ratios.Average(Math.Log)):F2} ({ratios.Min():F2} to {ratios.Max():F2}), {ratios.Count(x => x < 1)} of {ratios.Count}")
                : "");
            Console.WriteLine($"| {run.Name} | {string.Join(" | ", cells)} |");
        }
    }

    /// <summary>
    /// A process of a round: one of the tool's commands with the DuckDB processes it is put beside, or DuckDB's side (none
    /// beside it), with the kind of yardstick it is ("counted by unit", "as CSV", "as JSON").
    /// </summary>
    private sealed record Process(string Name, string[] Arguments, IReadOnlyList<Process> Yardsticks, string? Kind = null);

    /// <summary>The place in a round of the run of a name nearest before <paramref name="at"/>, else nearest after it.</summary>
    private static int NearestRun(Process[] round, int at, string name)
    {
        for (int i = at - 1; i >= 0; i--)
        {
            if (round[i].Name == name)
            {
                return i;
            }
        }
        return Array.FindIndex(round, at + 1, r => r.Name == name);
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
