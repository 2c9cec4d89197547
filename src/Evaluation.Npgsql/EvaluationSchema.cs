using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;

namespace Evaluation.Npgsql;

/// <summary>The tables of the interchange format in PostgreSQL (docs/postgres/schema.sql), one per record kind.</summary>
public static class EvaluationSchema
{
    /// <summary>The schema's SQL: <c>CREATE TABLE IF NOT EXISTS</c> and <c>CREATE INDEX IF NOT EXISTS</c> statements, safe to run again.</summary>
    public static string Sql { get; } = ReadSql();

    /// <summary>Creates the tables and indexes that are missing.</summary>
    /// <param name="dataSource">The database.</param>
    /// <param name="cancellationToken">Cancels the statements.</param>
    /// <returns>A task that completes when the schema is in place.</returns>
    public static async Task EnsureAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using NpgsqlConnection connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(Sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string ReadSql()
    {
        using Stream stream = typeof(EvaluationSchema).Assembly.GetManifestResourceStream("Evaluation.Npgsql.schema.sql")
            ?? throw new InvalidOperationException("The schema is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
