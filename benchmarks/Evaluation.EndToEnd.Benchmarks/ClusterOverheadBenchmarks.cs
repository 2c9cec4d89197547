using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Npgsql;

namespace Evaluation.EndToEnd.Benchmarks;

/// <summary>
/// What a cluster costs on one machine: <c>evaluation report --cluster</c> against three <c>evaluation silo</c> processes
/// on this machine, beside <c>report --connection</c> in one process, on the database of <see cref="BenchDatabase"/>
/// (the city's export of N cases and N ratings): by unit and month as JSON, and the standard tables of the annual report.
/// On two cores three silos cannot be faster than one process; the ratio is the overhead of planning, placing, the
/// as-of step and merging.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ClusterOverheadBenchmarks
{
    private static readonly string[] Grouping = ["--by", "unit", "--period", "month", "--format", "json"];
    private readonly List<Process> silos = [];
    private string connection = string.Empty;

    /// <summary>The sizes of the DuckDB comparison (<c>EVALUATION_E2E_N</c>), whose generated files this one shares.</summary>
    public static IEnumerable<int> Sizes => ReportVersusDuckDbBenchmarks.Sizes;

    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (_, connection) = BenchDatabase.Ensure(N);
        BenchDatabase.Execute(connection, "DROP TABLE IF EXISTS evaluation_cluster_silos; DROP TABLE IF EXISTS evaluation_cluster_version");
        for (int i = 0; i < 3; i++)
        {
            silos.Add(StartSilo(FreePort(), FreePort()));
        }
        var clock = Stopwatch.StartNew();
        while (ActiveSilos() < 3)
        {
            if (clock.Elapsed > TimeSpan.FromMinutes(2))
            {
                throw new InvalidOperationException("the three silos did not become active within two minutes");
            }
            Thread.Sleep(250);
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (Process silo in silos)
        {
            silo.Kill(entireProcessTree: true);
            silo.WaitForExit();
            silo.Dispose();
        }
    }

    [BenchmarkCategory("unit x month"), Benchmark(Baseline = true, Description = "report --connection (one process)")]
    public long OneProcess() => BenchDatabase.Run(["report", "--connection", connection, .. Grouping]);

    [BenchmarkCategory("unit x month"), Benchmark(Description = "report --cluster, three silos on this machine, 6 partitions")]
    public long ThreeSilos() => BenchDatabase.Run(["report", "--cluster", connection, "--partitions", "6", .. Grouping]);

    [BenchmarkCategory("annual tables"), Benchmark(Baseline = true, Description = "report --connection, the annual tables (one process)")]
    public long TablesInOneProcess() => BenchDatabase.Run(["report", "--connection", connection]);

    [BenchmarkCategory("annual tables"), Benchmark(Description = "report --cluster, the annual tables, three silos, 6 partitions")]
    public long TablesOnThreeSilos() => BenchDatabase.Run(["report", "--cluster", connection, "--partitions", "6"]);

    private Process StartSilo(int port, int gatewayPort)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in new[] { typeof(Cli.Program).Assembly.Location, "silo", "--cluster", connection, "--port", $"{port}", "--gateway-port", $"{gatewayPort}" })
        {
            start.ArgumentList.Add(argument);
        }
        Process process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private long ActiveSilos()
    {
        try
        {
            using var session = new NpgsqlConnection(connection);
            session.Open();
            using var count = new NpgsqlCommand("SELECT count(*) FROM evaluation_cluster_silos WHERE Status = 3", session);
            return (long)count.ExecuteScalar()!;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return 0;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
