using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Evaluation.Npgsql.Reading;
using Evaluation.Tests.Shared;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Npgsql;
using Xunit;

namespace Evaluation.Cli.Tests.Postgres;

/// <summary>
/// A report of a date range from the database reads only the part of the tables the range needs (the range pushed down
/// to the server) and prints what the same report prints of everything in the database written out as files.
/// </summary>
[Collection("postgres")]
public class DateRangeProperties(PostgresServer server)
{
    private static readonly string[] Dates = ["2018-12-25", "2023-11-01", "2023-11-27", "2023-12-04", "2023-12-15", "2023-12-31", "2024-01-10", "2026-12-25", "2027-03-01"];
    private static readonly string[] Instants = ["2023-12-10T12:00:00+08:00", "2024-02-01T00:00:00+08:00", "2027-06-01T00:00:00+08:00"];

    private static Gen<string[]> RangeOptions() =>
        from a in Gen.Elements<string?>([null, .. Dates])
        from b in Gen.Elements<string?>([null, .. Dates])
        let first = a is not null && b is not null && string.CompareOrdinal(a, b) > 0 ? b : a
        let last = first == a ? b : a
        from asOf in Gen.Elements<string?>([null, .. Instants])
        from provisional in Gen.Elements(false, true)
        select (string[])[
            .. first is null ? [] : new[] { "--from", first }, .. last is null ? [] : new[] { "--to", last },
            .. asOf is null ? [] : new[] { "--as-of", asOf }, .. provisional ? new[] { "--provisional" } : []];

    [Property(MaxTest = 10)]
    public Property A_range_reported_from_the_database_is_the_range_reported_from_all_it_holds()
    {
        Gen<(string[][] Parts, string[][] Ranges)> cases =
            from rows in MessyExports.Files()
            from catalogue in MessyExports.Pick("0", "1")
            from ranges in Gen.ArrayOf(RangeOptions(), 4)
            select (new[] { rows[0], rows[1], rows[2], rows[3], rows[4], [catalogue, "plain"] }, ranges);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            // Loaded under the wider calendar, the database also holds records a report under the built-in one rejects;
            // what it holds, written out whole by the server, is the reference.
            using var root = new TemporaryDirectory();
            string dir = Path.Combine(root.Path, "exports");
            Directory.CreateDirectory(dir);
            MessyExports.WriteDirectory(dir, c.Parts);
            string database = server.NewDatabase();
            CliRunner.Result load = CliRunner.Run("load", dir, "--connection", database, "--rejects", Path.Combine(root.Path, "rejects.csv"), "--provisional");
            Assert.True(load.Code is 0 or 1, load.Error);
            string all = Path.Combine(root.Path, "database");
            Directory.CreateDirectory(all);
            using (NpgsqlDataSource dataSource = NpgsqlDataSource.Create(database))
            {
                DatabaseSource.ExportAsync(dataSource, all).GetAwaiter().GetResult();
            }
            foreach (string[] range in c.Ranges)
            {
                foreach (string[] grouping in new[] { new[] { "--by", "unit", "--period", "day" }, ["--by", "matter,channel"] })
                {
                    CliRunner.Result fromFiles = CliRunner.Run(["report", all, .. grouping, .. range, "--format", "json"]);
                    CliRunner.Result fromDatabase = CliRunner.Run(["report", "--connection", database, .. grouping, .. range, "--format", "json"]);
                    Assert.True(fromFiles.Code is 0 or 1, fromFiles.Error);
                    Assert.True(fromDatabase.Code is 0 or 1, fromDatabase.Error);
                    Assert.Equal(DatabaseReportProperties.WithoutInputCounts(fromFiles.Output), DatabaseReportProperties.WithoutInputCounts(fromDatabase.Output));
                }
                foreach (string table in new[] { "annual", "follow-up-ledger" })
                {
                    CliRunner.Result tablesFromFiles = CliRunner.Run(["report", all, "--table", table, .. range]);
                    CliRunner.Result tablesFromDatabase = CliRunner.Run(["report", "--connection", database, "--table", table, .. range]);
                    Assert.Equal(tablesFromFiles.Output, tablesFromDatabase.Output);
                }
            }
            return true;
        });
    }

    [Fact]
    public void A_month_of_the_demo_reads_a_part_of_the_tables_and_reports_what_the_files_report()
    {
        using var root = new TemporaryDirectory();
        (string database, string dir) = server.NewDemoDatabase(root);
        foreach (string[] range in new[] { new[] { "--from", "2023-06-01", "--to", "2023-06-30", "--as-of", "2024-01-31T00:00:00+08:00" }, ["--from", "2023-11-01"] })
        {
            string[] report = ["--by", "department", "--period", "month", "--format", "json", .. range];
            // Fewer rows read than the tables hold: the range was pushed down, and the report did not fall back to reading everything.
            CliRunner.Result all = CliRunner.Run(["report", "--connection", database, "--by", "department", "--period", "month", "--format", "json"]);
            CliRunner.Result fromFiles = CliRunner.Run(["report", dir, .. report]);
            CliRunner.Result fromDatabase = CliRunner.Run(["report", "--connection", database, .. report]);
            Assert.Equal(0, fromDatabase.Code);
            Assert.Equal(DatabaseReportProperties.WithoutInputCounts(fromFiles.Output), DatabaseReportProperties.WithoutInputCounts(fromDatabase.Output));
            Assert.True(ReadCount(fromDatabase.Output) < ReadCount(all.Output) / 2, $"{ReadCount(fromDatabase.Output)} of {ReadCount(all.Output)} rows read");
        }
    }

    private static long ReadCount(string json) => long.Parse(Regex.Match(json, "\"read\": (\\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
}
