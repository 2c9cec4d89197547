using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;
using NpgsqlTypes;

namespace Evaluation.Npgsql.Loading;

/// <summary>
/// Writes records of one kind into their table in one transaction, so that an interrupted load leaves nothing of the
/// file. A table that holds rows takes them through a temporary table of the same columns and one
/// <c>INSERT ... ON CONFLICT DO NOTHING</c>, so that a record already there (loaded before) stays one copy. An empty
/// table takes them with binary <c>COPY</c> straight into it, when validation leaves no two records with one key
/// (<paramref name="keysUnique"/>): the temporary table's copy and the conflicts' look-ups are spared, and its indexes
/// (its key's among them) are dropped first and made again after, from all the records at once, as a restore does. Writers of one table wait on each other for the look at its rows (a lock that
/// readers pass), so that a table found empty stays so until the records are in.
/// </summary>
/// <param name="table">The table's name.</param>
/// <param name="columns">Its columns, in order, with each record's value.</param>
/// <param name="keysUnique">Whether validation rejects every record whose key an earlier one has (true for all but follow-ups, whose key is a case and an instant).</param>
internal sealed class TableWriter<T>(string table, IReadOnlyList<Column<T>> columns, bool keysUnique = true)
{
    /// <summary>The table's name.</summary>
    internal string Table => table;

    /// <summary>The type of each column, by name.</summary>
    internal IReadOnlyDictionary<string, NpgsqlDbType> Types { get; } = columns.ToDictionary(c => c.Name, c => c.Type);

    /// <summary>Writes the records; returns how many were new and how many were already there.</summary>
    internal async Task<(long Written, long Present)> WriteAsync(NpgsqlDataSource dataSource, IEnumerable<T> records, CancellationToken cancellationToken)
    {
        await using NpgsqlConnection connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using NpgsqlTransaction transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        bool empty = false;
        if (keysUnique && await MayLockAsync(connection, transaction, cancellationToken).ConfigureAwait(false))
        {
            await ExecuteAsync($"LOCK TABLE {table} IN SHARE ROW EXCLUSIVE MODE", connection, transaction, cancellationToken).ConfigureAwait(false);
            await using var look = new NpgsqlCommand($"SELECT NOT EXISTS (SELECT 1 FROM {table})", connection, transaction);
            empty = (bool)(await look.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }
        long written, present;
        if (empty)
        {
            // The table's indexes are made again once its records are in, each from all of them at once (a sort) rather
            // than by millions of insertions at random places in it.
            IReadOnlyList<(string Drop, string Make)> deferred = await DeferrableIndexesAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            foreach ((string drop, _) in deferred)
            {
                await ExecuteAsync(drop, connection, transaction, cancellationToken).ConfigureAwait(false);
            }
            (written, present) = ((long)await CopyAsync(table, records, connection, cancellationToken).ConfigureAwait(false), 0);
            foreach ((_, string make) in deferred)
            {
                await ExecuteAsync(make, connection, transaction, cancellationToken).ConfigureAwait(false);
            }
        }
        else
        {
            await ExecuteAsync($"CREATE TEMPORARY TABLE staged_{table} (LIKE {table}) ON COMMIT DROP", connection, transaction, cancellationToken).ConfigureAwait(false);
            ulong copied = await CopyAsync($"staged_{table}", records, connection, cancellationToken).ConfigureAwait(false);
            written = await ExecuteAsync($"INSERT INTO {table} ({Names}) SELECT {Names} FROM staged_{table} ON CONFLICT DO NOTHING", connection, transaction, cancellationToken).ConfigureAwait(false);
            present = (long)copied - written;
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return (written, present);
    }

    /// <summary>
    /// Whether the user may lock the table against other writers: with the right to update, delete or empty it (its
    /// owner may). A user who may only insert (a loader's role, say) writes through the temporary table, as into a
    /// table that holds rows.
    /// </summary>
    private async Task<bool> MayLockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var look = new NpgsqlCommand(
            "SELECT has_table_privilege($1, 'UPDATE') OR has_table_privilege($1, 'DELETE') OR has_table_privilege($1, 'TRUNCATE')", connection, transaction)
        {
            Parameters = { new() { Value = table } },
        };
        return await look.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true;
    }

    /// <summary>
    /// The indexes of the table that may be dropped while its records are copied and made again after, each as the
    /// statement that drops it and the one that makes it again, as the server defines them: every index but those of
    /// exclusion constraints, its key and unique constraints among them (made again, they check every record at once; a
    /// key that another table's foreign key refers to stays); none when the user may not drop them (the table is not
    /// theirs). Dropping one holds the table's readers until the file's transaction ends, which is the moment the
    /// table has rows to read.
    /// </summary>
    private async Task<IReadOnlyList<(string Drop, string Make)>> DeferrableIndexesAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        const string Sql = """
            WITH owned AS (
                SELECT t.oid AS id, t.oid::regclass::text AS name FROM pg_class t
                WHERE t.oid = $1::regclass AND pg_has_role(t.relowner, 'MEMBER'))
            SELECT 'DROP INDEX ' || i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
            FROM pg_index i JOIN owned ON i.indrelid = owned.id
            WHERE i.indisvalid AND NOT i.indisexclusion
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
            UNION ALL
            SELECT 'ALTER TABLE ' || owned.name || ' DROP CONSTRAINT ' || quote_ident(c.conname),
                   'ALTER TABLE ' || owned.name || ' ADD CONSTRAINT ' || quote_ident(c.conname) || ' ' || pg_get_constraintdef(c.oid)
            FROM pg_constraint c JOIN owned ON c.conrelid = owned.id
            WHERE c.contype IN ('p', 'u')
              AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.conindid = c.conindid)
            ORDER BY 1
            """;
        await using var command = new NpgsqlCommand(Sql, connection, transaction) { Parameters = { new() { Value = table } } };
        await using NpgsqlDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var indexes = new List<(string, string)>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            indexes.Add((reader.GetString(0), reader.GetString(1)));
        }
        return indexes;
    }

    /// <summary>The columns' names, in order, as a list of SQL.</summary>
    private string Names => string.Join(", ", columns.Select(c => c.Name));

    /// <summary>Writes the records into a table with binary <c>COPY</c>; returns how many the server took.</summary>
    private async Task<ulong> CopyAsync(string into, IEnumerable<T> records, NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using NpgsqlBinaryImporter importer = await connection.BeginBinaryImportAsync(
            $"COPY {into} ({Names}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        // A file of millions of rows takes minutes: the caller's token bounds it, not the connection's command timeout
        // (30 seconds by default), which would cancel a large file's COPY and move every time (zero: none).
        importer.Timeout = TimeSpan.Zero;
        // Rows are written with the importer's blocking calls (millions of them; an awaited call each cost more than the
        // value it wrote), which wait only when its buffer goes to the server.
        foreach (T record in records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            importer.StartRow();
            foreach (Column<T> column in columns)
            {
                column.Write(importer, record);
            }
        }
        return await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs a statement without a time limit (a large file's insert takes minutes); returns the rows it touched.</summary>
    private static async Task<long> ExecuteAsync(string sql, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
