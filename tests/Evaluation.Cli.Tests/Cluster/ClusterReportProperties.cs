using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Evaluation.Cli.Tests.Postgres;
using Evaluation.Cli.Tests.Reporting;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Periods;
using Evaluation.IO.Json;
using Evaluation.Npgsql.Reading;
using Evaluation.Orleans;
using Evaluation.Orleans.Partitions;
using Evaluation.Reporting;
using Evaluation.Reporting.Partials;
using Evaluation.Tests.Shared;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Npgsql;
using Orleans.TestingHost;
using Xunit;

namespace Evaluation.Cli.Tests.Cluster;

/// <summary>
/// A report run on an in-process cluster of three silos, its range cut into any number of partitions, is the report one
/// process prepares from the same database; a silo stopped while it prepares partitions loses none and counts none twice;
/// a partition that fails on every attempt fails the report, naming it.
/// </summary>
[Collection("postgres")]
public sealed class ClusterReportProperties(PostgresServer server)
{
    private static readonly string?[] Dates = [null, "2023-11-20", "2023-12-01", "2023-12-10", "2023-12-24", "2024-01-05"];
    private static readonly string[] AsOfs = ["", "", "2023-12-20T00:00:00+08:00", "2027-01-05T00:00:00+08:00"];

    [Fact]
    public void The_cluster_reports_what_one_process_reports_from_the_same_database()
    {
        Gen<(string[][] Parts, string? From, string? To, string AsOf, int Partitions, string Grouping, bool Holidays)> cases =
            from rows in MessyExports.Files()
            from catalogue in MessyExports.Pick("0", "1")
            from a in Gen.Elements(Dates)
            from b in Gen.Elements(Dates)
            from asOf in Gen.Elements(AsOfs)
            from partitions in Gen.Choose(1, 7)
            from grouping in MessyExports.Pick("unit|month", "matter,channel", "|day", "window|")
            from holidays in Gen.Elements(false, true)
            select (new[] { rows[0], rows[1], rows[2], rows[3], rows[4], [catalogue, "plain"] },
                a is not null && b is not null && string.CompareOrdinal(a, b) > 0 ? b : a,
                a is not null && b is not null && string.CompareOrdinal(a, b) > 0 ? a : b, asOf, partitions, grouping, holidays);
        string database = server.NewDatabase();
        using DeployedCluster deployed = Deploy(database);
        TestCluster cluster = deployed.Cluster;
        // Checked here, while the cluster runs, rather than returned to the runner.
        Property property = Prop.ForAll(cases.ToArbitrary(), c =>
        {
            using var root = new TemporaryDirectory();
            Directory.CreateDirectory(root.Path);
            MessyExports.WriteDirectory(root.Path, c.Parts);
            Empty(database);
            CliRunner.Result load = CliRunner.Run("load", root.Path, "--connection", database, "--rejects", Path.Combine(root.Path, "rejects.csv"));
            Assert.True(load.Code is 0 or 1, load.Error);
            PartitionRequest request = Request(c.From, c.To, c.AsOf, c.Grouping) with { Holidays = c.Holidays ? [December2023Break] : [] };
            PartialReport part = ClusterReport.RunAsync(cluster.GrainFactory, request, c.Partitions).GetAwaiter().GetResult();
            string expected = OneProcess(database, request);
            string actual = ReportJson.Text(part.ToDocument(request.Options().Policy));
            return (DatabaseReportProperties.WithoutInputCounts(actual) == DatabaseReportProperties.WithoutInputCounts(expected))
                .Label($"{c.Partitions} partitions of {request.Range}, as of {c.AsOf}, by {c.Grouping}, holiday file {c.Holidays}:\n{actual}\n---\n{expected}");
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(8), property);
    }

    [Fact]
    public void A_holiday_schedule_the_request_carries_replaces_the_built_in_year_on_every_silo()
    {
        PartitionRequest request = Request(null, null, "", "unit") with { Holidays = [December2023Break] };
        Core.Calendars.WorkingCalendar calendar = request.Options().Deadlines.Calendar;
        Assert.False(calendar.IsWorkingDay(new NodaTime.LocalDate(2023, 12, 5)));
        Assert.True(Request(null, null, "", "unit").Options().Deadlines.Calendar.IsWorkingDay(new NodaTime.LocalDate(2023, 12, 5)));
        Assert.Throws<ArgumentException>(() => (request with { Holidays = ["year: 2023\n元旦: 2024-05-01"] }).Options());
    }

    [Fact]
    public async Task A_silo_stopped_in_the_middle_of_a_report_loses_no_partition_and_counts_none_twice()
    {
        string database = Demo();
        using DeployedCluster deployed = Deploy(database);
        TestCluster cluster = deployed.Cluster;
        TestSilos.Faults.Delay = TimeSpan.FromSeconds(2);
        PartitionRequest request = Request("2023-01-01", "2023-12-31", "2024-01-31T00:00:00+08:00", "unit|month");
        var lines = new List<string>();
        var progress = new SynchronousProgress(lines);
        Task<PartialReport> running = ClusterReport.RunAsync(cluster.GrainFactory, request, partitions: 6, progress: progress);
        // Stop a silo that holds a partition, once all six are placed.
        while (TestSilos.Faults.SiloOfGrain.Count(g => !g.Key.Contains("/span/", StringComparison.Ordinal)) < 6)
        {
            await Task.Delay(20);
        }
        var victim = TestSilos.Faults.SiloOfGrain.Where(g => !g.Key.Contains("/span/", StringComparison.Ordinal)).Select(g => g.Value)
            .First(address => cluster.Silos.Any(s => s.SiloAddress.Equals(address) && s != cluster.Primary));
        TestSilos.Faults.Delay = TimeSpan.Zero;
        await cluster.KillSiloAsync(cluster.Silos.First(s => s.SiloAddress.Equals(victim)));
        PartialReport part = await running;
        Assert.Contains(lines, l => l.Contains("attempt 1 failed", StringComparison.Ordinal));
        Assert.Equal(
            DatabaseReportProperties.WithoutInputCounts(OneProcess(database, request)),
            DatabaseReportProperties.WithoutInputCounts(ReportJson.Text(part.ToDocument(request.Options().Policy))));
    }

    [Fact]
    public async Task A_partition_that_keeps_failing_fails_the_report_naming_it()
    {
        string database = Demo();
        using DeployedCluster deployed = Deploy(database);
        TestCluster cluster = deployed.Cluster;
        PartitionRequest request = Request("2023-01-01", "2023-12-31", "2024-01-31T00:00:00+08:00", "unit");
        PartitionRequest failing = ClusterReport.Plan(request, ["2023-01-01", "2023-12-31"], 4)[2];
        TestSilos.Faults.FailingRange = failing.Range;
        var failure = await Assert.ThrowsAsync<PartitionFailedException>(() => ClusterReport.RunAsync(cluster.GrainFactory, request, partitions: 4, attempts: 2));
        Assert.Equal(3, failure.Partition);
        Assert.Equal(failing.Range, failure.Range);
        Assert.Contains(failing.Range, failure.Message, StringComparison.Ordinal);
    }

    /// <summary>Three in-process silos reading the database, with the faults reset; disposing stops them and resets the faults.</summary>
    private static DeployedCluster Deploy(string database)
    {
        TestSilos.Faults.Reset();
        var builder = new TestClusterBuilder(3);
        builder.Properties[TestSilos.DatabaseKey] = database;
        builder.AddSiloBuilderConfigurator<TestSilos>();
        TestCluster cluster = builder.Build();
        cluster.Deploy();
        return new DeployedCluster(cluster);
    }

    private sealed record DeployedCluster(TestCluster Cluster) : IDisposable
    {
        public void Dispose()
        {
            TestSilos.Faults.Reset();
            Cluster.StopAllSilos();
            Cluster.Dispose();
        }
    }

    private string Demo()
    {
        using var root = new TemporaryDirectory();
        return server.NewDemoDatabase(root).Database;
    }

    /// <summary>The built-in 2023 schedule with two weeks of December off: windows and deadlines then close later than under the notice.</summary>
    internal static string December2023Break { get; } =
        Core.Calendars.HolidayScheduleText.ToPlainText(Core.Calendars.WorkingCalendar.China.Schedules.Single(s => s.Year == 2023 && s.Kind == Core.Calendars.HolidayScheduleKind.National))
        + "\n停工: 2023-12-04 to 2023-12-15\n";

    private static PartitionRequest Request(string? from, string? to, string asOf, string grouping)
    {
        string[] parts = grouping.Split('|');
        return new PartitionRequest
        {
            Policy = "henan",
            From = from,
            To = to,
            AsOfTicks = asOf.Length == 0 ? null : NodaTime.Text.OffsetDateTimePattern.ExtendedIso.Parse(asOf).GetValueOrThrow().ToInstant().ToUnixTimeTicks(),
            Dimensions = [.. parts[0].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(d => Enum.Parse<GroupingDimension>(d, ignoreCase: true))],
            Period = parts.Length > 1 && parts[1].Length > 0 ? Enum.Parse<ReportingPeriodKind>(parts[1], ignoreCase: true) : null,
        };
    }

    /// <summary>The report one process prepares from everything in the database.</summary>
    private static string OneProcess(string database, PartitionRequest request)
    {
        using NpgsqlDataSource dataSource = NpgsqlDataSource.Create(database);
        ReportInput input = DatabaseSource.ReadAsync(dataSource).GetAwaiter().GetResult();
        return ReportJson.Text(ReportPipeline.Prepare(input, request.Options()).Rows(request.Grouping));
    }

    private static void Empty(string database)
    {
        using var connection = new NpgsqlConnection(database);
        connection.Open();
        using var command = new NpgsqlCommand("DROP TABLE IF EXISTS units, departments, windows, matters, cases, ratings, appeals, rectifications, follow_ups", connection);
        command.ExecuteNonQuery();
    }

    private sealed class SynchronousProgress(List<string> lines) : IProgress<string>
    {
        public void Report(string value)
        {
            lock (lines)
            {
                lines.Add(value);
            }
        }
    }
}
