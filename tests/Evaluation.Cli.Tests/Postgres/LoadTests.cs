using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Evaluation.Core.Policies;
using Evaluation.Npgsql;
using Evaluation.Npgsql.Loading;
using Evaluation.Reporting;
using Npgsql;
using Xunit;

namespace Evaluation.Cli.Tests.Postgres;

[Collection("postgres")]
public class LoadTests(PostgresServer server)
{
    /// <summary>The one value a query gives.</summary>
    private static T Scalar<T>(NpgsqlDataSource db, string sql)
    {
        using NpgsqlCommand command = db.CreateCommand(sql);
        return (T)command.ExecuteScalar()!;
    }

    private static long Count(NpgsqlDataSource db, string table) => Scalar<long>(db, $"SELECT count(*) FROM {table}");

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
        string indexes = Indexes(db, "ratings") + "\n" + Constraints(db, "ratings");
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Evaluation.Npgsql.Loading.Tables.Ratings.WriteAsync(db, CutAfterAHundred(), cut.Token));
        long cases = Count(db, "cases");
        Assert.True(cases > 0);
        Assert.Equal(0, Count(db, "ratings"));
        // The empty table's indexes and key, dropped for the copy, are back with the rollback.
        Assert.Equal(indexes, Indexes(db, "ratings") + "\n" + Constraints(db, "ratings"));
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

    /// <summary>The rows of a table as one text, in key order: two loads that leave the same rows give the same text.</summary>
    private static string Content(NpgsqlDataSource db, string table, string key) =>
        Scalar<string>(db, $"SELECT coalesce(string_agg(t::text, E'\\n' ORDER BY {key}), '') FROM {table} t");

    [Fact]
    public async Task Rule_an_empty_table_takes_a_files_records_at_once_and_one_holding_some_of_them_takes_only_the_others()
    {
        using var root = new TemporaryDirectory();
        string dir = Demo(root);
        await using NpgsqlDataSource db = NpgsqlDataSource.Create(server.NewDatabase());
        ReportInput input = ReportInput.ReadDirectory(dir);
        LoadResult first = await DirectoryLoader.LoadAsync(db, input, EvaluationPolicy.Henan);
        LoadedFile ratings = Assert.Single(first.Files, f => f.File == "ratings.csv");
        Assert.Equal((ratings.Read, 0L), (ratings.Written, ratings.AlreadyPresent));
        string loaded = Content(db, "ratings", "rating_id");
        await using (NpgsqlCommand drop = db.CreateCommand("DELETE FROM ratings WHERE rating_id IN (SELECT rating_id FROM ratings ORDER BY rating_id DESC LIMIT 100)"))
        {
            Assert.Equal(100, await drop.ExecuteNonQueryAsync());
        }

        LoadResult again = await DirectoryLoader.LoadAsync(db, input, EvaluationPolicy.Henan);

        LoadedFile ratingsAgain = Assert.Single(again.Files, f => f.File == "ratings.csv");
        Assert.Equal((100L, ratings.Read - 100), (ratingsAgain.Written, ratingsAgain.AlreadyPresent));
        Assert.Equal(loaded, Content(db, "ratings", "rating_id"));
        Assert.All(again.Files.Where(f => f.File != "ratings.csv"), f => Assert.Equal(0, f.Written));
    }

    /// <summary>Each index of a table with its definition, in name order.</summary>
    private static string Indexes(NpgsqlDataSource db, string table) =>
        Scalar<string>(db, $"SELECT string_agg(indexname || ': ' || indexdef, E'\\n' ORDER BY indexname) FROM pg_indexes WHERE tablename = '{table}'");

    /// <summary>Each constraint of a table with its definition, in name order.</summary>
    private static string Constraints(NpgsqlDataSource db, string table) =>
        Scalar<string>(db, $"SELECT string_agg(conname || ': ' || pg_get_constraintdef(oid), E'\\n' ORDER BY conname) FROM pg_constraint WHERE conrelid = '{table}'::regclass");

    [Fact]
    public async Task Rule_the_indexes_made_again_after_a_load_into_an_empty_table_are_the_tables_own()
    {
        using var root = new TemporaryDirectory();
        string dir = Demo(root);
        await using NpgsqlDataSource db = NpgsqlDataSource.Create(server.NewDatabase());
        await EvaluationSchema.EnsureAsync(db);
        // Of the user's own, besides the schema's: an index, partial and on an expression; a unique constraint; and a
        // foreign key from the rectifications to the ratings' key, which must then stay while the ratings are loaded.
        await using (NpgsqlCommand own = db.CreateCommand(
            "CREATE INDEX ratings_bad_by_unit ON ratings (lower(unit_code), rated_at DESC) WHERE level <= 2; "
            + "ALTER TABLE cases ADD CONSTRAINT cases_number_and_matter UNIQUE (case_no, matter_code); "
            + "ALTER TABLE rectifications ADD CONSTRAINT rectifications_of_ratings FOREIGN KEY (rating_id) REFERENCES ratings (rating_id)"))
        {
            await own.ExecuteNonQueryAsync();
        }
        string[] tables = ["cases", "ratings", "rectifications"];
        string[] before = [.. tables.Select(t => Indexes(db, t) + "\n" + Constraints(db, t))];

        LoadResult loaded = await DirectoryLoader.LoadAsync(db, ReportInput.ReadDirectory(dir), EvaluationPolicy.Henan);

        Assert.Empty(loaded.Rejects);
        Assert.True(Count(db, "rectifications") > 0);
        Assert.Equal(before, tables.Select(t => Indexes(db, t) + "\n" + Constraints(db, t)).ToArray());
        string ratings = before[1];
        Assert.Contains("ratings_bad_by_unit", ratings, StringComparison.Ordinal);
        // The index made again finds what a scan finds.
        await using NpgsqlConnection connection = await db.OpenConnectionAsync();
        await using (var noScans = new NpgsqlCommand("SET enable_seqscan = off", connection))
        {
            await noScans.ExecuteNonQueryAsync();
        }
        await using var byIndex = new NpgsqlCommand("SELECT count(*) FROM ratings WHERE lower(unit_code) = lower('410202') AND level <= 2", connection);
        long scanned = Scalar<long>(db, "SELECT count(*) FROM ratings WHERE unit_code = '410202' AND level <= 2");
        Assert.True(scanned > 0);
        Assert.Equal(scanned, (long)(await byIndex.ExecuteScalarAsync())!);
    }

    [Theory]
    [InlineData("SELECT, INSERT")]
    [InlineData("SELECT, INSERT, UPDATE")]
    public async Task Rule_a_user_who_does_not_own_the_tables_loads_into_them_with_their_indexes_kept(string rights)
    {
        // A user who may only insert cannot lock a table against other writers; one who may update can, but may not
        // drop its indexes: each loads all the same.
        using var root = new TemporaryDirectory();
        string dir = Demo(root);
        string owner = server.NewDatabase();
        await using NpgsqlDataSource db = NpgsqlDataSource.Create(owner);
        await EvaluationSchema.EnsureAsync(db);
        string role = "loader_" + Guid.NewGuid().ToString("N")[..12];
        await using (NpgsqlCommand grant = db.CreateCommand($"CREATE ROLE {role} LOGIN; GRANT {rights} ON ALL TABLES IN SCHEMA public TO {role}"))
        {
            await grant.ExecuteNonQueryAsync();
        }
        try
        {
            string indexes = Indexes(db, "ratings");
            await using NpgsqlDataSource asLoader = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(owner) { Username = role }.ConnectionString);

            LoadResult loaded = await DirectoryLoader.LoadAsync(asLoader, ReportInput.ReadDirectory(dir), EvaluationPolicy.Henan);

            LoadedFile ratings = Assert.Single(loaded.Files, f => f.File == "ratings.csv");
            Assert.Equal((ratings.Read, 0L), (ratings.Written, ratings.AlreadyPresent));
            Assert.Equal(ratings.Read, Count(db, "ratings"));
            Assert.Equal(indexes, Indexes(db, "ratings"));
        }
        finally
        {
            // Roles belong to the server, not to the test's database.
            NpgsqlConnection.ClearAllPools();
            await using NpgsqlCommand drop = db.CreateCommand($"DROP OWNED BY {role}; DROP ROLE {role}");
            await drop.ExecuteNonQueryAsync();
        }
    }

    [Fact]
    public async Task Rule_two_loads_of_one_directory_at_once_leave_one_copy_of_each_record()
    {
        using var root = new TemporaryDirectory();
        string dir = Demo(root);
        await using NpgsqlDataSource db = NpgsqlDataSource.Create(server.NewDatabase());
        await EvaluationSchema.EnsureAsync(db);
        ReportInput input = ReportInput.ReadDirectory(dir);

        LoadResult[] both = await Task.WhenAll(
            Task.Run(() => DirectoryLoader.LoadAsync(db, input, EvaluationPolicy.Henan)),
            Task.Run(() => DirectoryLoader.LoadAsync(db, input, EvaluationPolicy.Henan)));

        foreach (string file in new[] { "cases.csv", "ratings.csv", "follow_ups.csv" })
        {
            LoadedFile[] loads = [.. both.Select(result => Assert.Single(result.Files, f => f.File == file))];
            Assert.Equal(loads[0].Read - loads[0].Rejected, loads.Sum(f => f.Written));
            Assert.All(loads, f => Assert.Equal(f.Read - f.Rejected, f.Written + f.AlreadyPresent));
        }
        Assert.Equal(Assert.Single(both[0].Files, f => f.File == "ratings.csv").Read, Count(db, "ratings"));
    }

    [Fact]
    public async Task Rule_a_follow_up_given_twice_is_written_once_even_into_an_empty_table()
    {
        // Nothing rejects a follow-up repeated in full (its key is a case and an instant): the table keeps one.
        using var root = new TemporaryDirectory();
        string dir = Demo(root);
        string followUps = Path.Combine(dir, "follow_ups.csv");
        string[] lines = File.ReadAllLines(followUps);
        File.AppendAllLines(followUps, [lines[1]]);
        await using NpgsqlDataSource db = NpgsqlDataSource.Create(server.NewDatabase());

        LoadResult result = await DirectoryLoader.LoadAsync(db, ReportInput.ReadDirectory(dir), EvaluationPolicy.Henan);

        LoadedFile loaded = Assert.Single(result.Files, f => f.File == "follow_ups.csv");
        Assert.Equal((lines.Length, 0L, lines.Length - 1L, 1L), (loaded.Read, loaded.Rejected, loaded.Written, loaded.AlreadyPresent));
        Assert.Equal(lines.Length - 1L, Count(db, "follow_ups"));
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
