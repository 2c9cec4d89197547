using System;
using System.Globalization;
using BenchmarkDotNet.Running;

namespace Evaluation.EndToEnd.Benchmarks;

/// <summary>
/// Runs the end-to-end benchmarks: <c>EVALUATION_E2E_N=10000000 dotnet run -c Release --project
/// benchmarks/Evaluation.EndToEnd.Benchmarks -- --filter '*'</c>; with <c>pairs [ROUNDS]</c>, the tool's processes
/// beside DuckDB's, interleaved (<see cref="BesideDuckDbProcess"/>); with <c>pairs rows [ROUNDS]</c>, the report by matter
/// and day (millions of rows) beside DuckDB's; with <c>duckdb DIR [DIMENSION PERIOD FILE [csv|json]]</c>, DuckDB's side
/// alone (by unit and month counted, or by a dimension and a period written to a CSV or JSON file).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        switch (args)
        {
            case ["pairs", "rows", .. var rest]:
                return BesideDuckDbProcess.Run(rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 2, manyRows: true);
            case ["pairs", .. var rest]:
                return BesideDuckDbProcess.Run(rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 3);
            case ["duckdb", string directory]:
                return BesideDuckDbProcess.DuckDbCounts(directory);
            case ["duckdb", string directory, string dimension, string period, string output, .. var format] when format.Length <= 1:
                ReportVersusDuckDbBenchmarks.DuckDbCopy(directory, dimension, period, output, format is [string f] ? f : "csv");
                return 0;
            default:
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
                return 0;
        }
    }
}
