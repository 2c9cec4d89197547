using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Evaluation.Core.Policies;
using Evaluation.Npgsql.Loading;
using Evaluation.Reporting;
using Npgsql;
using Xunit;

namespace Evaluation.Cli.Tests.Postgres;

[Collection("postgres")]
public class LoadTests(PostgresServer server)
{
    private static long Count(NpgsqlDataSource db, string table)
    {
        using NpgsqlCommand command = db.CreateCommand($"SELECT count(*) FROM {table}");
        return (long)command.ExecuteScalar()!;
    }

    private static string Demo(TemporaryDirectory root)
    {
        string dir = Path.Combine(root.Path, "demo");
        Assert.Equal(0, CliRunner.Run("demo", "--out", dir, "--scale", "0.002").Code);
        return dir;
    }

    [Fact]
    public async Task Rule_a_load_cut_off_within_a_file_leaves_none_of_it_and_loading_again_after_a_crash_completes_it()
    {
        using var root = new TemporaryDirectory();
        string dir = Demo(root);
        string connection = server.NewDatabase();
        await using NpgsqlDataSource db = NpgsqlDataSource.Create(connection);
        ReportInput input = ReportInput.ReadDirectory(dir);
        LoadResult first = await DirectoryLoader.LoadAsync(db, input, EvaluationPolicy.Henan);
        Assert.Empty(first.Rejects);
        await using (NpgsqlCommand clear = db.CreateCommand("TRUNCATE ratings"))
        {
            await clear.ExecuteNonQueryAsync();
        }
        // Cut off within the ratings, after a hundred rows have gone to the server: the file's transaction is rolled back.
        InputValidation validation = ReportPipeline.Validate(input, EvaluationPolicy.Henan);
        using var cut = new CancellationTokenSource();
        IEnumerable<Evaluation.Core.Ratings.Rating> CutAfterAHundred()
        {
            int n = 0;
            foreach (Evaluation.Core.Ratings.Rating rating in validation.Accepted.Ratings!)
            {
                if (++n == 100)
                {
                    cut.Cancel();
                }
                yield return rating;
            }
        }
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Evaluation.Npgsql.Loading.Tables.Ratings.WriteAsync(db, CutAfterAHundred(), cut.Token));
        long cases = Count(db, "cases");
        Assert.True(cases > 0);
        Assert.Equal(0, Count(db, "ratings"));
        // The server goes down as a crash would, and comes back; the load is run again.
        server.TryRestartImmediately();
        NpgsqlConnection.ClearAllPools();
        LoadResult again = await DirectoryLoader.LoadAsync(db, input, EvaluationPolicy.Henan);
        LoadedFile casesAgain = Assert.Single(again.Files, f => f.File == "cases.csv");
        Assert.Equal((0L, cases), (casesAgain.Written, casesAgain.AlreadyPresent));
        LoadedFile ratings = Assert.Single(again.Files, f => f.File == "ratings.csv");
        Assert.Equal(ratings.Read, ratings.Written);
        Assert.Equal(ratings.Read, Count(db, "ratings"));
    }

    [Fact]
    public void The_connection_string_is_never_printed_even_when_the_server_cannot_be_reached()
    {
        using var root = new TemporaryDirectory();
        string dir = Demo(root);
        const string Secret = "s3cret-Pa55word";
        string unreachable = $"Host=127.0.0.1;Port=1;Username=evaluation;Password={Secret};Database=nowhere;Timeout=2";
        Environment.SetEnvironmentVariable("EVALUATION_TEST_SECRET_CONNECTION", unreachable);
        foreach (string given in new[] { unreachable, "env:EVALUATION_TEST_SECRET_CONNECTION" })
        {
            string rejects = Path.Combine(root.Path, "rejects.csv");
            CliRunner.Result load = CliRunner.Run("load", dir, "--connection", given, "--rejects", rejects);
            CliRunner.Result report = CliRunner.Run("report", "--connection", given);
            Assert.Equal((2, 2), (load.Code, report.Code));
            Assert.Contains("The database failed", report.Error, StringComparison.Ordinal);
            foreach (string text in new[] { load.Output, load.Error, report.Output, report.Error, File.Exists(rejects) ? File.ReadAllText(rejects) : string.Empty })
            {
                Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
            }
        }
        CliRunner.Result missing = CliRunner.Run("report", "--connection", "env:EVALUATION_TEST_NO_SUCH_VARIABLE");
        Assert.Equal(2, missing.Code);
        Assert.Contains("No connection string in the environment variable EVALUATION_TEST_NO_SUCH_VARIABLE", missing.Error, StringComparison.Ordinal);
    }
}
