using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Evaluation.Tests.Shared;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Evaluation.Cli.Tests.Postgres;

/// <summary>A directory loaded into PostgreSQL reports, from the database, what it reports from its files; loading it again writes nothing.</summary>
[Collection("postgres")]
public class DatabaseReportProperties(PostgresServer server)
{
    /// <summary>
    /// The report without the input's counts: the database holds the accepted records only, so it reads as many rows as
    /// the directory accepted and rejects none; every other figure is the same.
    /// </summary>
    internal static string WithoutInputCounts(string json) => Regex.Replace(json, "\"(read|accepted|rejected)\": \\d+,\n", string.Empty);

    [Property(MaxTest = 12)]
    public Property The_report_from_the_database_is_the_report_of_the_directory_loaded_into_it()
    {
        Gen<string[][]> files =
            from rows in MessyExports.Files()
            from catalogue in MessyExports.Pick("0", "1")
            select new[] { rows[0], rows[1], rows[2], rows[3], rows[4], [catalogue, "plain"] };
        return Prop.ForAll(files.ToArbitrary(), parts =>
        {
            using var root = new TemporaryDirectory();
            string dir = Path.Combine(root.Path, "exports");
            Directory.CreateDirectory(dir);
            MessyExports.WriteDirectory(dir, parts);
            string database = server.NewDatabase();
            string rejects = Path.Combine(root.Path, "rejects.csv");
            CliRunner.Result load = CliRunner.Run("load", dir, "--connection", database, "--rejects", rejects);
            Assert.True(load.Code is 0 or 1, load.Error);
            CliRunner.Result validate = CliRunner.Run("validate", dir, "--rejects", Path.Combine(root.Path, "validate-rejects.csv"));
            Assert.Equal(File.ReadAllText(Path.Combine(root.Path, "validate-rejects.csv")), File.ReadAllText(rejects));
            foreach (string[] grouping in new[] { new[] { "--by", "unit", "--period", "month" }, ["--by", "matter,channel"] })
            {
                CliRunner.Result fromFiles = CliRunner.Run(["report", dir, .. grouping, "--format", "json"]);
                CliRunner.Result fromDatabase = CliRunner.Run(["report", "--connection", database, .. grouping, "--format", "json"]);
                Assert.Equal(0, fromDatabase.Code);
                Assert.Equal(WithoutInputCounts(fromFiles.Output), WithoutInputCounts(fromDatabase.Output));
            }
            // Loaded again: every accepted record is already there, none is written twice.
            CliRunner.Result again = CliRunner.Run("load", dir, "--connection", database, "--rejects", rejects);
            Assert.Equal(load.Code, again.Code);
            Assert.All(again.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.Contains(", written 0,", line, StringComparison.Ordinal));
            return true;
        });
    }

    [Fact]
    public void The_demo_reports_the_same_tables_from_the_database_byte_for_byte()
    {
        using var root = new TemporaryDirectory();
        (string database, string dir) = server.NewDemoDatabase(root);
        CliRunner.Result fromFiles = CliRunner.Run("report", dir, "--from", "2023-01-01", "--to", "2023-12-31");
        CliRunner.Result fromDatabase = CliRunner.Run("report", "--connection", database, "--from", "2023-01-01", "--to", "2023-12-31");
        Assert.Equal(0, fromDatabase.Code);
        Assert.Equal(fromFiles.Output, fromDatabase.Output);
        Assert.Contains("兰考县", fromDatabase.Output, StringComparison.Ordinal);
    }
}
