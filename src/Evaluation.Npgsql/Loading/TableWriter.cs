using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;
using NpgsqlTypes;

namespace Evaluation.Npgsql.Loading;

/// <summary>One column of a table: its name, its type, and its value in a record (null for SQL NULL).</summary>
internal sealed record Column<T>(string Name, NpgsqlDbType Type, Func<T, object?> Value);

/// <summary>
/// Writes records of one kind into their table in one transaction: binary <c>COPY</c> into a temporary table of the
/// same columns, then one <c>INSERT ... ON CONFLICT DO NOTHING</c>, so that a record already there (loaded before) stays
/// one copy, and an interrupted load leaves nothing of the file.
/// </summary>
internal sealed class TableWriter<T>(string table, IReadOnlyList<Column<T>> columns)
{
    /// <summary>The table's name.</summary>
    internal string Table => table;

    /// <summary>The type of each column, by name.</summary>
    internal IReadOnlyDictionary<string, NpgsqlDbType> Types { get; } = columns.ToDictionary(c => c.Name, c => c.Type);

    /// <summary>Writes the records; returns how many were new and how many were already there.</summary>
    internal async Task<(long Written, long Present)> WriteAsync(NpgsqlDataSource dataSource, IEnumerable<T> records, CancellationToken cancellationToken)
    {
        string names = string.Join(", ", columns.Select(c => c.Name));
        await using NpgsqlConnection connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using NpgsqlTransaction transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var stage = new NpgsqlCommand($"CREATE TEMPORARY TABLE staged_{table} (LIKE {table}) ON COMMIT DROP", connection, transaction))
        {
            await stage.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        ulong copied;
        await using (NpgsqlBinaryImporter importer = await connection.BeginBinaryImportAsync(
            $"COPY staged_{table} ({names}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false))
        {
            // A file of millions of rows takes minutes: the caller's token bounds it, not the connection's command
            // timeout (30 seconds by default), which would cancel a large file's COPY and move every time (zero: none).
            importer.Timeout = TimeSpan.Zero;
            foreach (T record in records)
            {
                await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
                foreach (Column<T> column in columns)
                {
                    object? value = column.Value(record);
                    if (value is null)
                    {
                        await importer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                    }
                    else
                    {
                        await importer.WriteAsync(value, column.Type, cancellationToken).ConfigureAwait(false);
                    }
                }
            }
            copied = await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
        long written;
        await using (var insert = new NpgsqlCommand($"INSERT INTO {table} ({names}) SELECT {names} FROM staged_{table} ON CONFLICT DO NOTHING", connection, transaction) { CommandTimeout = 0 })
        {
            written = await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return (written, (long)copied - written);
    }
}
