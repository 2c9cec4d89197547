using System;
using NodaTime;
using Npgsql;
using NpgsqlTypes;

namespace Evaluation.Npgsql.Loading;

/// <summary>One column of a table: its name, its type, and how a record's value is written into a binary <c>COPY</c>.</summary>
internal sealed record Column<T>(string Name, NpgsqlDbType Type, Action<NpgsqlBinaryImporter, T> Write);

/// <summary>Columns of each type for records of one kind, whose values are written as they are typed (no value boxed), SQL NULL for none.</summary>
internal static class Columns<T>
{
    internal static Column<T> Text(string name, Func<T, string?> value) =>
        new(name, NpgsqlDbType.Text, (importer, record) => WriteOrNull(importer, value(record), NpgsqlDbType.Text));

    internal static Column<T> Time(string name, Func<T, Instant?> value) =>
        new(name, NpgsqlDbType.TimestampTz, (importer, record) => WriteOrNull(importer, value(record)?.ToDateTimeUtc(), NpgsqlDbType.TimestampTz));

    internal static Column<T> Smallint(string name, Func<T, short?> value) =>
        new(name, NpgsqlDbType.Smallint, (importer, record) => WriteOrNull(importer, value(record), NpgsqlDbType.Smallint));

    internal static Column<T> Boolean(string name, Func<T, bool> value) =>
        new(name, NpgsqlDbType.Boolean, (importer, record) => importer.Write(value(record), NpgsqlDbType.Boolean));

    private static void WriteOrNull(NpgsqlBinaryImporter importer, string? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            importer.WriteNull();
        }
        else
        {
            importer.Write(value, type);
        }
    }

    private static void WriteOrNull<TValue>(NpgsqlBinaryImporter importer, TValue? value, NpgsqlDbType type)
        where TValue : struct
    {
        if (value is TValue written)
        {
            importer.Write(written, type);
        }
        else
        {
            importer.WriteNull();
        }
    }
}
