using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DuckDB.NET.Data;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Periods;
using Evaluation.Core.Policies;
using Evaluation.IO.Json;
using Evaluation.Reporting;

namespace Evaluation.EndToEnd.Benchmarks;

/// <summary>
/// The report end to end, from the CSV files to the written output, beside DuckDB computing the same counts from the
/// same files (its baseline, in the same run): completed cases and actively rated cases per group and month of
/// completion, ratings and active ratings per group and month of rating: by unit, counted, beside the tables and
/// validation; by unit, by department and by matter, written as CSV (the baseline) and as JSON, beside the JSON reports
/// so grouped. The figures of all three groupings are compared before anything is timed.
/// N comes from <c>EVALUATION_E2E_N</c> (default 1,000,000 cases and as many ratings), the codes' form from
/// <c>EVALUATION_E2E_CODES</c> (<see cref="Shape"/>); the files are generated once per N and form under
/// <c>EVALUATION_E2E_DIR</c> (default the temporary folder). The runs named <c>Tool_</c> time the <c>evaluation</c>
/// tool itself in a process of its own, from its start to its exit, as a user runs it; the others call the library in
/// the benchmark's process.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class ReportVersusDuckDbBenchmarks
{
    private string directory = string.Empty;

    public static IEnumerable<int> Sizes =>
        [int.Parse(Environment.GetEnvironmentVariable("EVALUATION_E2E_N") ?? "1000000", CultureInfo.InvariantCulture)];

    /// <summary>
    /// The export's shape: the city's, its codes short (<see cref="ExportShape.City"/>), or in the forms platforms export
    /// when <c>EVALUATION_E2E_CODES</c> is <c>platform</c> (<see cref="ExportShape.CityPlatformCodes"/>), its ratings
    /// listed by time with random identifiers when <c>EVALUATION_E2E_ORDER</c> is also <c>time</c>
    /// (<see cref="ExportShape.CityPlatformCodesByTime"/>); every field of each quoted when <c>EVALUATION_E2E_QUOTES</c> is
    /// <c>all</c> (<see cref="ExportShape.Quoted"/>), and the headers bare when it is <c>fields</c>
    /// (<see cref="ExportShape.FieldsQuoted"/>).
    /// </summary>
    internal static ExportShape Shape
    {
        get
        {
            ExportShape shape = Environment.GetEnvironmentVariable("EVALUATION_E2E_CODES") != "platform" ? ExportShape.City
                : Environment.GetEnvironmentVariable("EVALUATION_E2E_ORDER") == "time" ? ExportShape.CityPlatformCodesByTime
                : ExportShape.CityPlatformCodes;
            return Environment.GetEnvironmentVariable("EVALUATION_E2E_QUOTES") switch
            {
                "all" => shape.Quoted(),
                "fields" => shape.FieldsQuoted(),
                _ => shape,
            };
        }
    }

    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    /// <summary>The directory of the generated export, once <see cref="Setup"/> has run.</summary>
    internal string Directory => directory;

    [GlobalSetup]
    public void Setup()
    {
        string root = Environment.GetEnvironmentVariable("EVALUATION_E2E_DIR") ?? Path.GetTempPath();
        ExportShape shape = Shape;
        string name = shape.Name == ExportShape.City.Name ? $"evaluation-e2e-{N}" : $"evaluation-e2e-{N}-{shape.Name}";
        directory = ExportGenerator.Ensure(Path.Combine(root, name), N, shape);
        PreparedReport prepared = Prepare();
        foreach ((string dimension, GroupingDimension grouping) in Dimensions)
        {
            Dictionary<string, long[]> ours = OurCounts(prepared, grouping), theirs = DuckDbCounts(directory, dimension);
            foreach ((string key, long[] counts) in theirs)
            {
                if (!ours.TryGetValue(key, out long[]? mine) || !mine.SequenceEqual(counts))
                {
                    throw new InvalidOperationException($"The figures by {dimension} and month differ at {key}: DuckDB {string.Join(",", counts)}, the report {(mine is null ? "none" : string.Join(",", mine))}.");
                }
            }
            if (ours.Count != theirs.Count)
            {
                throw new InvalidOperationException($"The report has {ours.Count} ({dimension}, month) rows and DuckDB {theirs.Count}.");
            }
        }
    }

    /// <summary>The groupings whose figures <see cref="Setup"/> compares, by DuckDB's name of their column and ours.</summary>
    private static (string Dimension, GroupingDimension Grouping)[] Dimensions =>
        [("unit", GroupingDimension.Unit), ("department", GroupingDimension.Department), ("matter", GroupingDimension.Matter)];

    [BenchmarkCategory("unit x month"), Benchmark(Baseline = true)]
    public int DuckDb_unit_month() => DuckDbCounts(directory).Count;

    [BenchmarkCategory("unit x month, written"), Benchmark(Baseline = true)]
    public int DuckDb_unit_month_csv() => DuckDbWritten("unit", "csv");

    [BenchmarkCategory("unit x month, written"), Benchmark]
    public int DuckDb_unit_month_json() => DuckDbWritten("unit", "json");

    [BenchmarkCategory("unit x month, written"), Benchmark]
    public long Report_unit_month_json() => Json(new Grouping([GroupingDimension.Unit], ReportingPeriodKind.Month));

    [BenchmarkCategory("department x month, written"), Benchmark(Baseline = true)]
    public int DuckDb_department_month_csv() => DuckDbWritten("department", "csv");

    [BenchmarkCategory("department x month, written"), Benchmark]
    public int DuckDb_department_month_json() => DuckDbWritten("department", "json");

    [BenchmarkCategory("department x month, written"), Benchmark]
    public long Report_department_month_json() => Json(new Grouping([GroupingDimension.Department], ReportingPeriodKind.Month));

    [BenchmarkCategory("matter x month, written"), Benchmark(Baseline = true)]
    public int DuckDb_matter_month_csv() => DuckDbWritten("matter", "csv");

    [BenchmarkCategory("matter x month, written"), Benchmark]
    public int DuckDb_matter_month_json() => DuckDbWritten("matter", "json");

    [BenchmarkCategory("matter x month, written"), Benchmark]
    public long Report_matter_month_json() => Json(new Grouping([GroupingDimension.Matter], ReportingPeriodKind.Month));

    [BenchmarkCategory("unit x month"), Benchmark]
    public int Report_district_table() => Prepare().SummarizeUnits([.. Enumerable.Range(0, Shape.Units).Select(Shape.UnitCode)]).Rows.Count;

    [BenchmarkCategory("unit x month"), Benchmark]
    public long Validate() => ReportPipeline.Validate(ReportInput.ReadDirectory(directory), EvaluationPolicy.Henan).AcceptedCount;

    [BenchmarkCategory("unit x month"), Benchmark(Description = "evaluation report DIR --table districts (the tool's process)")]
    public int Tool_district_table() => Tool(ToolRun.Districts);

    [BenchmarkCategory("unit x month"), Benchmark(Description = "evaluation report DIR --by unit --period month (table)")]
    public int Tool_unit_month_table() => Tool(ToolRun.UnitMonthTable);

    [BenchmarkCategory("unit x month, written"), Benchmark(Description = "evaluation report DIR --by unit --period month --format json")]
    public int Tool_unit_month_json() => Tool(ToolRun.UnitMonthJson);

    [BenchmarkCategory("department x month, written"), Benchmark(Description = "evaluation report DIR --by department --period month --format json")]
    public int Tool_department_month_json() => Tool(ToolRun.DepartmentMonthJson);

    [BenchmarkCategory("matter x month, written"), Benchmark(Description = "evaluation report DIR --by matter --period month --format json")]
    public int Tool_matter_month_json() => Tool(ToolRun.MatterMonthJson);

    [BenchmarkCategory("unit x month"), Benchmark(Description = "evaluation validate DIR")]
    public int Tool_validate() => Tool(ToolRun.Validate);

    /// <summary>Runs one of the tool's commands over the export in a process of its own; fails unless it exits 0.</summary>
    private int Tool(ToolRun run)
    {
        _ = run.Run(directory);
        return 0;
    }

    private PreparedReport Prepare() =>
        ReportPipeline.Prepare(ReportInput.ReadDirectory(directory), new ReportOptions { Policy = EvaluationPolicy.Henan, ReclaimMemoryBetweenStages = true });

    /// <summary>DuckDB's figures by a dimension and month written as CSV or as JSON (to <c>/dev/null</c>).</summary>
    private int DuckDbWritten(string dimension, string format)
    {
        DuckDbCopy(directory, dimension, "month", "/dev/null", format);
        return 0;
    }

    private long Json(Grouping grouping)
    {
        using var sink = new CountingStream();
        ReportJsonWriter.Write(sink, Prepare().Rows(grouping), Environment.ProcessorCount);
        return sink.Length;
    }

    /// <summary>Our figures by a dimension and month, keyed by code and month: completed and actively rated cases, ratings and active ratings.</summary>
    private static Dictionary<string, long[]> OurCounts(PreparedReport prepared, GroupingDimension dimension)
    {
        var counts = new Dictionary<string, long[]>(StringComparer.Ordinal);
        foreach (ReportRow row in prepared.Rows(new Grouping([dimension], ReportingPeriodKind.Month)).Rows)
        {
            long Count(string name) => row.Counts.First(c => c.Key == name).Value;
            counts[row.Dimensions[0].Code + "|" + row.Period] = [Count("cases"), Count("casesActivelyRated"), Count("ratings"), Count("activeRatings")];
        }
        return counts;
    }

    /// <summary>DuckDB's figures by a dimension (unit, department, window or matter) and month, from an export's files, on two threads.</summary>
    internal static Dictionary<string, long[]> DuckDbCounts(string directory, string dimension = "unit")
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SET threads = 2;\n" + DuckDbQuery(directory, dimension, "month");
        var counts = new Dictionary<string, long[]>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            counts[reader.GetString(0) + "|" + reader.GetString(1)] = [reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5)];
        }
        return counts;
    }

    /// <summary>
    /// DuckDB's figures by a dimension and a period, written to a file on two threads, as CSV or as JSON (an object a
    /// line): the yardstick of a report grouped the same way, whose writing is part of its cost.
    /// </summary>
    /// <param name="directory">The export.</param>
    /// <param name="dimension">unit, department, window or matter.</param>
    /// <param name="period">month or day.</param>
    /// <param name="output">The file written.</param>
    /// <param name="format">csv or json.</param>
    internal static void DuckDbCopy(string directory, string dimension, string period, string output, string format = "csv")
    {
        string options = format switch
        {
            "csv" => "HEADER, DELIMITER ','",
            "json" => "FORMAT JSON",
            _ => throw new ArgumentException($"Unknown format '{format}'.", nameof(format)),
        };
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SET threads = 2;\nCOPY ({DuckDbQuery(directory, dimension, period)}) TO '{output.Replace("'", "''", StringComparison.Ordinal)}' ({options});";
        command.ExecuteNonQuery();
    }

    /// <summary>The counts of cases, actively rated cases, ratings and active ratings by a dimension's code and a period (month or day, by the instants' local text).</summary>
    private static string DuckDbQuery(string directory, string dimension, string period)
    {
        string cases = Path.Combine(directory, "cases.csv").Replace("'", "''", StringComparison.Ordinal);
        string ratings = Path.Combine(directory, "ratings.csv").Replace("'", "''", StringComparison.Ordinal);
        string code = dimension switch
        {
            "unit" or "department" or "window" or "matter" => dimension + "_code",
            _ => throw new ArgumentException($"Unknown dimension '{dimension}'.", nameof(dimension)),
        };
        int length = period switch
        {
            "month" => 7,
            "day" => 10,
            _ => throw new ArgumentException($"Unknown period '{period}'.", nameof(period)),
        };
        return $"""
            WITH c AS (SELECT case_no, {code} AS code, substr(completed_at, 1, {length}) AS period FROM read_csv('{cases}', header = true, all_varchar = true)),
                 r AS (SELECT case_no, {code} AS code, origin, substr(rated_at, 1, {length}) AS period FROM read_csv('{ratings}', header = true, all_varchar = true)),
                 actively AS (SELECT DISTINCT case_no FROM r WHERE origin = 'active'),
                 by_case AS (SELECT c.code, c.period, count(*) AS cases, count(a.case_no) AS rated
                             FROM c LEFT JOIN actively a ON a.case_no = c.case_no GROUP BY ALL),
                 by_rating AS (SELECT code, period, count(*) AS ratings, count(*) FILTER (WHERE origin = 'active') AS active FROM r GROUP BY ALL)
            SELECT coalesce(k.code, g.code) AS code, coalesce(k.period, g.period) AS period, coalesce(k.cases, 0) AS cases,
                   coalesce(k.rated, 0) AS cases_actively_rated, coalesce(g.ratings, 0) AS ratings, coalesce(g.active, 0) AS active_ratings
            FROM by_case k FULL JOIN by_rating g ON k.code = g.code AND k.period = g.period
            """;
    }
}
