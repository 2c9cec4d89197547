using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;

namespace Evaluation.Npgsql;

/// <summary>The tables of the interchange format in PostgreSQL (docs/postgres/schema.sql), one per record kind.</summary>
public static class EvaluationSchema
{
    /// <summary>The schema's SQL: <c>CREATE TABLE IF NOT EXISTS</c> and <c>CREATE INDEX IF NOT EXISTS</c> statements, safe to run again.</summary>
    public static string Sql { get; } = ReadSql();

    /// <summary>
    /// Creates the tables and indexes that are missing. When none is, nothing is run: a user who may write into the
    /// tables but does not own them (a loader's role, say) may not run even <c>CREATE INDEX IF NOT EXISTS</c> on them.
    /// </summary>
    /// <param name="dataSource">The database.</param>
    /// <param name="cancellationToken">Cancels the statements.</param>
    /// <returns>A task that completes when the schema is in place.</returns>
    public static async Task EnsureAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using NpgsqlConnection connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (var look = new NpgsqlCommand("SELECT bool_and(to_regclass(name) IS NOT NULL) FROM unnest($1::text[]) AS name", connection) { Parameters = { new() { Value = Relations } } })
        {
            if (await look.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true)
            {
                return;
            }
        }
        await using var command = new NpgsqlCommand(Sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The names of the tables and indexes the schema creates.</summary>
    private static readonly string[] Relations =
        [.. Regex.Matches(Sql, @"CREATE (?:TABLE|INDEX) IF NOT EXISTS (\w+)").Select(m => m.Groups[1].Value)];

    private static string ReadSql()
    {
        using Stream stream = typeof(EvaluationSchema).Assembly.GetManifestResourceStream("Evaluation.Npgsql.schema.sql")
            ?? throw new InvalidOperationException("The schema is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
