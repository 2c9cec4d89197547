using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Evaluation.IO.Csv;

namespace Evaluation.Npgsql.Reading;

/// <summary>
/// The rows of a binary <c>COPY ... TO STDOUT</c> (PostgreSQL's binary copy format), each decoded into the interchange
/// format's text as it arrives, one row at a time in one reused buffer: text as it is, <c>timestamptz</c> as an ISO-8601
/// instant in China Standard Time (<c>2023-12-05T10:31:00+08:00</c>, with microseconds when it has any), booleans as
/// <c>true</c> and <c>false</c>, integers in digits, NULL as an empty field. The format's rules then read the rows as
/// they read a file's, with no CSV between, no server-side formatting and no object per row.
/// </summary>
internal sealed class BinaryCopyRows : IDecodedRows
{
    /// <summary>The 11 bytes a binary copy begins with: <c>PGCOPY\n\377\r\n\0</c>.</summary>
    private static readonly byte[] Signature = [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', 0x0A, 0xFF, 0x0D, 0x0A, 0x00];

    /// <summary>Microseconds from the Unix epoch to PostgreSQL's, 2000-01-01T00:00Z.</summary>
    private const long PostgresEpochMicroseconds = 946_684_800_000_000;

    private readonly Stream stream;
    private readonly FieldKind[] kinds;
    private readonly int[] ends;
    private readonly ChinaTimeText times = new();
    private byte[] buffer = new byte[1 << 16];
    private int start;
    private int end;
    private char[] text = new char[1024];
    private int used;

    /// <summary>Reads a copy stream whose header has not been read yet.</summary>
    /// <param name="stream">The raw binary copy stream.</param>
    /// <param name="columns">The columns selected, in order, named as the format names them.</param>
    /// <param name="kinds">How each column's values are written.</param>
    /// <param name="expectedRows">The number of rows expected, for sizing (0 when unknown).</param>
    /// <exception cref="InvalidDataException">The stream is not in the binary copy format.</exception>
    internal BinaryCopyRows(Stream stream, IReadOnlyList<string> columns, FieldKind[] kinds, long expectedRows)
    {
        this.stream = stream;
        this.kinds = kinds;
        Columns = columns;
        ExpectedRows = expectedRows;
        ends = new int[kinds.Length];
        Need(Signature.Length + 8);
        if (!buffer.AsSpan(start, Signature.Length).SequenceEqual(Signature))
        {
            throw new InvalidDataException("The server's reply is not in PostgreSQL's binary copy format.");
        }
        start += Signature.Length + 4;
        int extension = BinaryPrimitives.ReadInt32BigEndian(buffer.AsSpan(start));
        start += 4;
        Need(extension);
        start += extension;
    }

    /// <summary>How a column's binary values become the format's text.</summary>
    internal enum FieldKind
    {
        /// <summary>UTF-8 text, as it is.</summary>
        Text,

        /// <summary>A <c>timestamptz</c>: microseconds since 2000-01-01T00:00Z.</summary>
        Instant,

        /// <summary>A <c>boolean</c>.</summary>
        Flag,

        /// <summary>A <c>smallint</c>, <c>integer</c> or <c>bigint</c>, by its length.</summary>
        Integer,
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> Columns { get; }

    /// <inheritdoc/>
    public long ExpectedRows { get; }

    /// <inheritdoc/>
    public ReadOnlySpan<char> Text => text.AsSpan(0, used);

    /// <inheritdoc/>
    public ReadOnlySpan<int> Ends => ends;

    /// <inheritdoc/>
    public bool MoveNext()
    {
        Need(2);
        short fields = BinaryPrimitives.ReadInt16BigEndian(buffer.AsSpan(start));
        start += 2;
        if (fields == -1)
        {
            return false;
        }
        if (fields != kinds.Length)
        {
            throw new InvalidDataException($"A copied row has {fields} fields; {kinds.Length} were selected.");
        }
        used = 0;
        for (int field = 0; field < kinds.Length; field++)
        {
            Need(4);
            int length = BinaryPrimitives.ReadInt32BigEndian(buffer.AsSpan(start));
            start += 4;
            if (length > 0)
            {
                Need(length);
                Decode(kinds[field], buffer.AsSpan(start, length));
                start += length;
            }
            ends[field] = used;
        }
        return true;
    }

    private void Decode(FieldKind kind, ReadOnlySpan<byte> value)
    {
        if (used + value.Length + 32 > text.Length)
        {
            Array.Resize(ref text, Math.Max(text.Length * 2, used + value.Length + 32));
        }
        Span<char> into = text.AsSpan(used);
        used += kind switch
        {
            FieldKind.Text => WriteText(value, into),
            FieldKind.Flag => Write(value[0] != 0 ? "true" : "false", into),
            FieldKind.Integer => WriteInteger(value, into),
            FieldKind.Instant => WriteInstant(BinaryPrimitives.ReadInt64BigEndian(value), into),
            _ => throw new InvalidOperationException($"No decoding for {kind}."),
        };
    }

    /// <summary>Writes UTF-8 text as characters: codes and identifiers are ASCII, widened at once; anything else is decoded.</summary>
    private static int WriteText(ReadOnlySpan<byte> value, Span<char> into)
    {
        if (value.Length <= 16)
        {
            int at = 0;
            while (at < value.Length && value[at] < 0x80)
            {
                into[at] = (char)value[at];
                at++;
            }
            if (at == value.Length)
            {
                return at;
            }
        }
        return Encoding.UTF8.GetChars(value, into);
    }

    private static int Write(string value, Span<char> into)
    {
        value.CopyTo(into);
        return value.Length;
    }

    private static int WriteInteger(ReadOnlySpan<byte> value, Span<char> into)
    {
        long number = value.Length switch
        {
            2 => BinaryPrimitives.ReadInt16BigEndian(value),
            4 => BinaryPrimitives.ReadInt32BigEndian(value),
            8 => BinaryPrimitives.ReadInt64BigEndian(value),
            _ => throw new InvalidDataException($"An integer field of {value.Length} bytes."),
        };
        number.TryFormat(into, out int written, default, CultureInfo.InvariantCulture);
        return written;
    }

    /// <summary>Writes a <c>timestamptz</c>, microseconds since PostgreSQL's epoch, as the format's text (<see cref="ChinaTimeText"/>).</summary>
    private int WriteInstant(long microseconds, Span<char> into) =>
        // PostgreSQL's range is far inside a long's, so only its infinities are near the ends that a sum could overflow.
        times.Write(microseconds is long.MaxValue or long.MinValue ? microseconds : microseconds + PostgresEpochMicroseconds, into);

    /// <summary>Makes sure that <paramref name="count"/> bytes from <see cref="start"/> are in the buffer.</summary>
    private void Need(int count)
    {
        if (end - start >= count)
        {
            return;
        }
        if (count > buffer.Length - start)
        {
            byte[] larger = count > buffer.Length ? new byte[Math.Max(buffer.Length * 2, count)] : buffer;
            buffer.AsSpan(start, end - start).CopyTo(larger);
            buffer = larger;
            end -= start;
            start = 0;
        }
        while (end - start < count)
        {
            int read = stream.Read(buffer, end, buffer.Length - end);
            if (read == 0)
            {
                throw new InvalidDataException("The copy stream ended inside a row.");
            }
            end += read;
        }
    }
}
