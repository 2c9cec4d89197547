using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using Evaluation.Cli.Tests.Postgres;
using Npgsql;
using Xunit;

namespace Evaluation.Cli.Tests.Cluster;

/// <summary>
/// Three <c>evaluation silo</c> processes on this machine, each on its own local ports, find one another through the
/// membership the test database keeps (Orleans' ADO.NET clustering), and <c>evaluation report --cluster</c> run against
/// them prints what <c>report --connection</c> prints from the same database: as JSON, as a table in CSV, the standard
/// tables of the annual report, and under a holiday file given to the tool.
/// </summary>
[Collection("postgres")]
public sealed class SiloProcessTests(PostgresServer server)
{
    [Fact]
    public void Three_silo_processes_report_what_one_process_reports()
    {
        using var root = new TemporaryDirectory();
        (string database, _) = server.NewDemoDatabase(root);
        var silos = new List<Process>();
        try
        {
            for (int i = 0; i < 3; i++)
            {
                silos.Add(StartSilo(database, PostgresServer.FreePort(), PostgresServer.FreePort()));
            }
            WaitForActiveSilos(database, 3, silos);
            string[] report = ["--by", "department", "--period", "month", "--format", "json", "--from", "2023-01-01", "--to", "2023-12-31"];
            CliRunner.Result onCluster = CliRunner.Run(["report", "--cluster", database, "--partitions", "5", .. report]);
            CliRunner.Result oneProcess = CliRunner.Run(["report", "--connection", database, .. report]);
            Assert.True(onCluster.Code == 0, onCluster.Error);
            Assert.Equal(DatabaseReportProperties.WithoutInputCounts(oneProcess.Output), DatabaseReportProperties.WithoutInputCounts(onCluster.Output));
            Assert.Contains("over 5 partitions", onCluster.Error, StringComparison.Ordinal);

            // Every format of a grouping: the table's rows and its total as one process prints them.
            string[] csv = ["--by", "unit", "--period", "quarter", "--format", "csv", "--lang", "en"];
            CliRunner.Result csvOnCluster = CliRunner.Run(["report", "--cluster", database, "--partitions", "3", .. csv]);
            Assert.True(csvOnCluster.Code == 0, csvOnCluster.Error);
            Assert.Equal(CliRunner.Run(["report", "--connection", database, .. csv]).Output, csvOnCluster.Output);
            Assert.Contains("Total", csvOnCluster.Output, StringComparison.Ordinal);

            // The standard tables of the annual report (districts, static QR codes, requests, the civic centre), one ranked, and December's follow-up ledger.
            foreach (string[] tables in new[]
            {
                ["--format", "csv", "--from", "2023-01-01", "--to", "2023-12-31"], ["--table", "districts", "--sort", "goodRate"],
                new[] { "--table", "follow-up-ledger", "--from", "2023-12-01", "--to", "2023-12-31" },
            })
            {
                CliRunner.Result tablesOnCluster = CliRunner.Run(["report", "--cluster", database, "--partitions", "4", .. tables]);
                Assert.True(tablesOnCluster.Code == 0, tablesOnCluster.Error);
                Assert.Equal(CliRunner.Run(["report", "--connection", database, .. tables]).Output, tablesOnCluster.Output);
            }

            // A holiday file given to the tool is the calendar of every silo.
            string holidays = Path.Combine(root.Path, "2023.txt");
            File.WriteAllText(holidays, ClusterReportProperties.December2023Break);
            string[] withFile = ["--by", "unit", "--period", "day", "--format", "json", "--as-of", "2024-01-31T00:00:00+08:00", "--holidays", holidays];
            CliRunner.Result fileOnCluster = CliRunner.Run(["report", "--cluster", database, "--partitions", "4", .. withFile]);
            Assert.True(fileOnCluster.Code == 0, fileOnCluster.Error);
            string oneWithFile = DatabaseReportProperties.WithoutInputCounts(CliRunner.Run(["report", "--connection", database, .. withFile]).Output);
            Assert.Equal(oneWithFile, DatabaseReportProperties.WithoutInputCounts(fileOnCluster.Output));
            Assert.NotEqual(oneWithFile, DatabaseReportProperties.WithoutInputCounts(CliRunner.Run(["report", "--connection", database, .. withFile[..^2]]).Output));
            Assert.Contains("2023 from", fileOnCluster.Error, StringComparison.Ordinal);
        }
        finally
        {
            foreach (Process silo in silos)
            {
                silo.Kill(entireProcessTree: true);
                silo.WaitForExit();
                silo.Dispose();
            }
        }
    }

    [Theory]
    [InlineData("--partitions", "0")]
    [InlineData("--connection", "Host=127.0.0.1;Port=1;Database=none")]
    [InlineData("--demo", "")]
    public void What_a_cluster_cannot_make_is_a_usage_error_before_any_silo_is_asked(string option, string value)
    {
        CliRunner.Result result = CliRunner.Run(["report", "--cluster", "Host=127.0.0.1;Port=1;Database=none", .. value.Length == 0 ? new[] { option } : [option, value]]);
        Assert.Equal(2, result.Code);
        Assert.Contains("With --cluster", result.Error, StringComparison.Ordinal);
    }

    private static Process StartSilo(string database, int port, int gatewayPort)
    {
        string cli = typeof(Evaluation.Cli.Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in new[] { cli, "silo", "--cluster", database, "--port", $"{port}", "--gateway-port", $"{gatewayPort}" })
        {
            start.ArgumentList.Add(argument);
        }
        Process process = Process.Start(start)!;
        // Read both streams so that a chatty silo never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void WaitForActiveSilos(string database, int count, List<Process> silos)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(90))
        {
            Assert.All(silos, s => Assert.False(s.HasExited, "a silo exited while starting"));
            try
            {
                using var connection = new NpgsqlConnection(database);
                connection.Open();
                using var command = new NpgsqlCommand("SELECT count(*) FROM evaluation_cluster_silos WHERE Status = 3", connection);
                if ((long)command.ExecuteScalar()! >= count)
                {
                    return;
                }
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
            {
                // The first silo has not made the membership tables yet.
            }
            Thread.Sleep(250);
        }
        Assert.Fail($"{count} silos did not become active within 90 s");
    }
}
