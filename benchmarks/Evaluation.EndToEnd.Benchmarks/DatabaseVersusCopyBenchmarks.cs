using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using Evaluation.Npgsql;
using Npgsql;

namespace Evaluation.EndToEnd.Benchmarks;

/// <summary>
/// PostgreSQL beside its own <c>COPY</c>, in one run, on the city's export of N cases and N ratings
/// (<c>EVALUATION_E2E_N</c>, default 1,000,000): <c>evaluation load</c> (validation, then binary <c>COPY</c> straight
/// into the tables, emptied before each iteration, the cases and the ratings on two connections at once, their indexes
/// made again once the rows are in) against
/// <c>COPY ... FROM STDIN</c> of both CSV files into the same keyed, indexed tables, two connections at once; <c>evaluation report --connection</c> by unit and month as JSON against binary
/// <c>COPY ... TO STDOUT</c> of both tables, read to the end and dropped, two connections at once, and beside the same
/// counts by unit and month computed by the server in SQL; and (category
/// <c>range</c>) the report of a month, the range pushed down to the server, against the report of the whole year. The server is the one
/// <c>EVALUATION_BENCH_POSTGRES</c> names (a connection string to a database the benchmark may create databases from).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[MemoryDiagnoser]
public class DatabaseVersusCopyBenchmarks
{
    private string directory = string.Empty;
    private string connection = string.Empty;

    /// <summary>The sizes of the DuckDB comparison (<c>EVALUATION_E2E_N</c>), whose generated files this one shares.</summary>
    public static IEnumerable<int> Sizes => ReportVersusDuckDbBenchmarks.Sizes;

    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup() => (directory, connection) = BenchDatabase.Ensure(N);

    /// <summary>Empties the two tables before each load, so that every load writes every row.</summary>
    [IterationSetup(Targets = [nameof(Load), nameof(CopyIn)])]
    public void Empty() => Execute("TRUNCATE cases, ratings");

    [IterationCleanup(Targets = [nameof(Load), nameof(CopyIn)])]
    public void Refill()
    {
        if (Count("cases") != N)
        {
            Empty();
            Load();
        }
    }

    [Benchmark(Baseline = true, Description = "COPY ... FROM STDIN (csv) of both files")]
    [BenchmarkCategory("load")]
    public long CopyIn()
    {
        long cases = 0, ratings = 0;
        Parallel.Invoke(() => cases = CopyFile("cases"), () => ratings = CopyFile("ratings"));
        return cases + ratings;
    }

    [Benchmark(Description = "evaluation load")]
    [BenchmarkCategory("load")]
    public long Load() => Run("load", directory, "--connection", connection, "--rejects", Path.Combine(Path.GetTempPath(), "evaluation-bench-rejects.csv"));

    [Benchmark(Baseline = true, Description = "COPY ... TO STDOUT (binary) of both tables")]
    [BenchmarkCategory("report")]
    public long CopyOut()
    {
        long cases = 0, ratings = 0;
        Parallel.Invoke(() => cases = Drain("cases"), () => ratings = Drain("ratings"));
        return cases + ratings;
    }

    [Benchmark(Description = "evaluation report --connection --by unit --period month --format json")]
    [BenchmarkCategory("report")]
    public long Report() => Run("report", "--connection", connection, "--by", "unit", "--period", "month", "--format", "json");

    /// <summary>
    /// The yardstick a user of the database reaches for: the server counting by unit and month itself, in one query (its
    /// cases, those actively rated, its ratings, active, good and bad), with the parallel workers it chooses.
    /// </summary>
    [Benchmark(Description = "the same counts by unit and month in SQL, on the server")]
    [BenchmarkCategory("report")]
    public long CountInSql()
    {
        using var session = new NpgsqlConnection(connection);
        session.Open();
        using var query = new NpgsqlCommand(CountsByUnitAndMonth, session) { CommandTimeout = 0 };
        using NpgsqlDataReader reader = query.ExecuteReader();
        long rows = 0;
        while (reader.Read())
        {
            rows += reader.GetInt64(2) + reader.GetInt64(4);
        }
        return rows;
    }

    /// <summary>Counts by unit and month: cases by their completion, ratings by their instant, both in China Standard Time.</summary>
    private const string CountsByUnitAndMonth = """
        WITH actively AS (SELECT DISTINCT case_no FROM ratings WHERE origin = 'active' AND case_no IS NOT NULL),
             by_case AS (SELECT c.unit_code AS code, to_char(c.completed_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS period,
                                count(*) AS cases, count(a.case_no) AS rated
                         FROM cases c LEFT JOIN actively a ON a.case_no = c.case_no WHERE c.completed_at IS NOT NULL GROUP BY 1, 2),
             by_rating AS (SELECT unit_code AS code, to_char(rated_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS period, count(*) AS ratings,
                                  count(*) FILTER (WHERE origin = 'active') AS active, count(*) FILTER (WHERE level >= 4) AS good,
                                  count(*) FILTER (WHERE level <= 2) AS bad
                           FROM ratings GROUP BY 1, 2)
        SELECT code, period, coalesce(cases, 0), coalesce(rated, 0), coalesce(ratings, 0), coalesce(active, 0), coalesce(good, 0), coalesce(bad, 0)
        FROM by_case FULL JOIN by_rating USING (code, period)
        """;

    [Benchmark(Baseline = true, Description = "report --connection, the whole year")]
    [BenchmarkCategory("range")]
    public long ReportYear() => Report();

    [Benchmark(Description = "report --connection, June, with --as-of (both ends pushed down)")]
    [BenchmarkCategory("range")]
    public long ReportJune() =>
        Run("report", "--connection", connection, "--by", "unit", "--period", "month", "--format", "json", "--from", "2023-06-01", "--to", "2023-06-30", "--as-of", "2024-01-01T00:00:00+08:00");

    [Benchmark(Description = "report --connection, December, without --as-of (lower end pushed down)")]
    [BenchmarkCategory("range")]
    public long ReportDecember() =>
        Run("report", "--connection", connection, "--by", "unit", "--period", "month", "--format", "json", "--from", "2023-12-01", "--to", "2023-12-31");

    private long CopyFile(string table)
    {
        using var session = new NpgsqlConnection(connection);
        session.Open();
        using TextWriter import = session.BeginTextImport($"COPY {table} FROM STDIN (FORMAT csv, HEADER true)");
        using var file = new StreamReader(Path.Combine(directory, table + ".csv"), Encoding.UTF8, false, 1 << 16);
        char[] buffer = new char[1 << 16];
        long total = 0;
        int read;
        while ((read = file.Read(buffer)) > 0)
        {
            import.Write(buffer, 0, read);
            total += read;
        }
        return total;
    }

    private long Drain(string table)
    {
        using var session = new NpgsqlConnection(connection);
        session.Open();
        using NpgsqlRawCopyStream copy = session.BeginRawBinaryCopy($"COPY {table} TO STDOUT (FORMAT binary)");
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        int read;
        while ((read = copy.Read(buffer)) > 0)
        {
            total += read;
        }
        return total;
    }

    private static long Run(params string[] arguments) => BenchDatabase.Run(arguments);

    private long Count(string table) => BenchDatabase.Count(connection, table);

    private void Execute(string sql) => BenchDatabase.Execute(connection, sql);
}
