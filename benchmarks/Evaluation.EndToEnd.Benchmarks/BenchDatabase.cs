using System;
using System.IO;
using System.Text;
using Evaluation.Npgsql;
using Npgsql;

namespace Evaluation.EndToEnd.Benchmarks;

/// <summary>
/// The database the PostgreSQL benchmarks share: <c>evaluation_bench_N</c> on the server <c>EVALUATION_BENCH_POSTGRES</c>
/// names, holding the city's generated export of N cases and N ratings, loaded once.
/// </summary>
internal static class BenchDatabase
{
    /// <summary>The export's directory and the database's connection string, made and loaded when absent.</summary>
    internal static (string Directory, string Connection) Ensure(int n)
    {
        string server = Environment.GetEnvironmentVariable("EVALUATION_BENCH_POSTGRES")
            ?? throw new InvalidOperationException("Set EVALUATION_BENCH_POSTGRES to the connection string of a PostgreSQL server (docs/performance.md says how to start one).");
        string root = Environment.GetEnvironmentVariable("EVALUATION_E2E_DIR") ?? Path.GetTempPath();
        string directory = ExportGenerator.Ensure(Path.Combine(root, $"evaluation-e2e-city-{n}"), n, ExportShape.City);
        string database = $"evaluation_bench_{n}";
        using (var admin = new NpgsqlConnection(server))
        {
            admin.Open();
            using var exists = new NpgsqlCommand($"SELECT count(*) FROM pg_database WHERE datname = '{database}'", admin);
            if ((long)exists.ExecuteScalar()! == 0)
            {
                using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
                create.ExecuteNonQuery();
            }
        }
        string connection = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        using NpgsqlDataSource dataSource = NpgsqlDataSource.Create(connection);
        EvaluationSchema.EnsureAsync(dataSource).GetAwaiter().GetResult();
        if (Count(connection, "cases") != n || Count(connection, "ratings") != n)
        {
            Execute(connection, "TRUNCATE cases, ratings");
            Run("load", directory, "--connection", connection, "--rejects", Path.Combine(Path.GetTempPath(), "evaluation-bench-rejects.csv"));
        }
        return (directory, connection);
    }

    internal static long Count(string connection, string table)
    {
        using var session = new NpgsqlConnection(connection);
        session.Open();
        // Counting ten million rows just loaded can take longer than the default 30 seconds.
        using var count = new NpgsqlCommand($"SELECT count(*) FROM {table}", session) { CommandTimeout = 0 };
        return (long)count.ExecuteScalar()!;
    }

    internal static void Execute(string connection, string sql)
    {
        using var session = new NpgsqlConnection(connection);
        session.Open();
        using var command = new NpgsqlCommand(sql, session) { CommandTimeout = 0 };
        command.ExecuteNonQuery();
    }

    /// <summary>Runs the tool in process; its output is counted and dropped. Returns the bytes printed.</summary>
    internal static long Run(params string[] arguments)
    {
        using var sink = new CountingStream();
        using var output = new StreamWriter(sink, new UTF8Encoding(false), 1 << 16);
        int code = Cli.Program.Run(arguments, output, TextWriter.Null);
        output.Flush();
        return code is 0 ? sink.Length : throw new InvalidOperationException($"evaluation {arguments[0]} exited with {code}");
    }
}
