using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Evaluation.Core.Policies;
using Evaluation.Npgsql;
using Evaluation.Npgsql.Reading;
using Evaluation.Reporting;
using Evaluation.Tests.Shared;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Npgsql;
using NpgsqlTypes;
using Xunit;

namespace Evaluation.Cli.Tests.Postgres;

/// <summary>
/// Rows a platform wrote into the tables itself, not through <c>load</c> (codes malformed, channels unknown, cases
/// completed before they were accepted, instants with microseconds or far from today, comments with commas, quotes,
/// line breaks and Chinese), read with binary <c>COPY</c> into the tables, give what the same tables give when the
/// server writes them as the format's CSV (<see cref="DatabaseSource.ExportAsync(NpgsqlDataSource, string, IProgress{string}?, System.Threading.CancellationToken)"/>,
/// its own <c>to_char</c> formatting) and the files are read: the same counts per file, the same rejects at the same
/// rows with the same reasons.
/// </summary>
[Collection("postgres")]
public class BinaryReadProperties(PostgresServer server)
{
    private static readonly string?[] Codes = ["410225", "410226", "41 0225", "好", null];
    private static readonly string?[] Matters = ["M1", "M2", "11410100005184389L3000117008000", "m 1", null];
    private static readonly string?[] Comments = [null, "", "好,很好", "say \"hi\"", "line\nbreak", "办理很快"];
    private static readonly int[] Years = [2023, 2023, 2023, 1999, 2024, 1969];
    private static readonly int[] Micros = [0, 0, 0, 1, 999_999, 500_000];

    [Property(MaxTest = 8)]
    public Property Binary_rows_read_as_the_servers_own_csv_of_them() =>
        Prop.ForAll(Gen.Choose(1, 40).ToArbitrary(), Gen.Choose(1, 1_000_000).ToArbitrary(), (count, seed) => Check(count, seed).GetAwaiter().GetResult());

    private async Task<bool> Check(int count, int seed)
    {
        string database = server.NewDatabase();
        await using NpgsqlDataSource dataSource = NpgsqlDataSource.Create(database);
        await EvaluationSchema.EnsureAsync(dataSource);
        await using (NpgsqlConnection connection = await dataSource.OpenConnectionAsync())
        {
            Random random = new(seed);
            T Pick<T>(T[] pool) => pool[random.Next(pool.Length)];
            DateTimeOffset Instant() => new DateTimeOffset(Pick(Years), 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(random.Next(400 * 86_400)).AddTicks(Pick(Micros) * 10L);
            for (int i = 0; i < count; i++)
            {
                DateTimeOffset accepted = Instant();
                await using (var insert = new NpgsqlCommand(
                    "INSERT INTO cases VALUES (@n, @m, @u, NULL, NULL, @a, @c)", connection))
                {
                    insert.Parameters.AddWithValue("n", i % 7 == 6 ? $"bad id {i}!" : $"C{i:D4}");
                    insert.Parameters.AddWithValue("m", Pick(Matters) ?? "M1");
                    insert.Parameters.AddWithValue("u", Pick(Codes) ?? "410225");
                    insert.Parameters.AddWithValue("a", accepted);
                    insert.Parameters.Add(new NpgsqlParameter("c", NpgsqlDbType.TimestampTz) { Value = random.Next(4) switch { 0 => DBNull.Value, 1 => accepted.AddHours(-1), _ => accepted.AddHours(random.Next(1, 200)) } });
                    await insert.ExecuteNonQueryAsync();
                }
                await using (var insert = new NpgsqlCommand(
                    "INSERT INTO ratings VALUES (@id, @n, @m, @u, NULL, NULL, @ch, @l, @o, @r, @at, NULL, @co)", connection))
                {
                    string channel = Pick(["app", "window", "system", "bogus"]);
                    insert.Parameters.AddWithValue("id", $"R{i:D4}");
                    insert.Parameters.Add(new NpgsqlParameter("n", NpgsqlDbType.Text) { Value = random.Next(5) == 0 ? DBNull.Value : $"C{random.Next(count):D4}" });
                    insert.Parameters.Add(new NpgsqlParameter("m", NpgsqlDbType.Text) { Value = (object?)Pick(Matters) ?? DBNull.Value });
                    insert.Parameters.AddWithValue("u", Pick(Codes) ?? "410226");
                    insert.Parameters.AddWithValue("ch", channel);
                    insert.Parameters.AddWithValue("l", (short)random.Next(1, 6));
                    insert.Parameters.AddWithValue("o", channel == "system" ? "default" : "active");
                    insert.Parameters.AddWithValue("r", random.Next(2) == 0);
                    insert.Parameters.AddWithValue("at", Instant());
                    insert.Parameters.Add(new NpgsqlParameter("co", NpgsqlDbType.Text) { Value = (object?)Pick(Comments) ?? DBNull.Value });
                    await insert.ExecuteNonQueryAsync();
                }
            }
        }

        using var root = new TemporaryDirectory();
        Directory.CreateDirectory(root.Path);
        await DatabaseSource.ExportAsync(dataSource, root.Path);
        ReportInput fromFiles = ReportInput.ReadDirectory(root.Path);
        ReportInput fromBinary = await DatabaseSource.ReadAsync(dataSource);
        Assert.Equal(
            fromFiles.Files.Select(f => (f.File, f.Read, f.Records, f.Rejected)),
            fromBinary.Files.Select(f => (f.File, f.Read, f.Records, f.Rejected)));
        InputValidation filesValidation = ReportPipeline.Validate(fromFiles, EvaluationPolicy.Henan);
        InputValidation binaryValidation = ReportPipeline.Validate(fromBinary, EvaluationPolicy.Henan);
        // In the same order, for the same reasons; the lines differ where a comment's line break made a file's row two lines,
        // while a copied row is one line, however many breaks its text holds.
        Assert.Equal(
            filesValidation.Rejects.Select(r => (r.File, r.Column, r.Code, r.Message)),
            binaryValidation.Rejects.Select(r => (r.File, r.Column, r.Code, r.Message)));
        Assert.Equal(filesValidation.AcceptedCount, binaryValidation.AcceptedCount);
        // The accepted records, written out again, are the same to the microsecond and the character.
        string filesAccepted = Path.Combine(root.Path, "accepted-from-files"), binaryAccepted = Path.Combine(root.Path, "accepted-from-binary");
        Evaluation.IO.DataDirectory.Write(filesAccepted, filesValidation.Accepted);
        Evaluation.IO.DataDirectory.Write(binaryAccepted, binaryValidation.Accepted);
        foreach (string file in new[] { "cases.csv", "ratings.csv" })
        {
            Assert.Equal(File.ReadAllText(Path.Combine(filesAccepted, file)), File.ReadAllText(Path.Combine(binaryAccepted, file)));
        }
        return true;
    }
}
