using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using Evaluation.Core.Metrics;
using Evaluation.Core.Policies;
using Evaluation.IO.Blocks;

namespace Evaluation.IO.Json;

/// <summary>Writes a <see cref="ReportDocument"/> as the JSON contract of docs/report-json.md.</summary>
public static class ReportJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The rows of a block written on one processor: about 1.5 MB of JSON.</summary>
    private const int BlockRows = 1024;

    /// <summary>The bytes of a row of one dimension and a period, indented, about: the room a block's buffer starts with is made for such rows.</summary>
    private const int TypicalRowBytes = 2048;

    /// <summary>The most bytes of rows kept before they are handed to the stream when rows are written on one thread.</summary>
    private const int FlushBytes = 1 << 16;

    /// <summary>Writes the document, indented, UTF-8, Chinese names unescaped, to the stream as it goes (a block of rows at a time), reading its rows once, in order.</summary>
    /// <param name="stream">The output.</param>
    /// <param name="document">The report.</param>
    public static void Write(Stream stream, ReportDocument document) => Write(stream, document, 1);

    /// <summary>
    /// Writes the document as <see cref="Write(Stream, ReportDocument)"/> does, byte for byte, making the JSON of its rows on
    /// up to <paramref name="degreeOfParallelism"/> threads at once: blocks of 1,024 rows, each read by index on one thread,
    /// written to the stream in order. The rows' indexer must then allow reading from several threads at once, as arrays and
    /// the base library's lists do; with 1, or fewer than 2,048 rows, the rows are read once, in order, on the calling thread.
    /// </summary>
    /// <param name="stream">The output.</param>
    /// <param name="document">The report.</param>
    /// <param name="degreeOfParallelism">The most threads making rows at once (<see cref="Environment.ProcessorCount"/>, say).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="degreeOfParallelism"/> is less than 1.</exception>
    public static void Write(Stream stream, ReportDocument document, int degreeOfParallelism) => Write(stream, document, degreeOfParallelism, BlockRows);

    /// <summary>Writes the document with blocks of another number of rows, for tests.</summary>
    internal static void Write(Stream stream, ReportDocument document, int degreeOfParallelism, int blockRows)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentOutOfRangeException.ThrowIfLessThan(degreeOfParallelism, 1);
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        json.WriteStartArray("groupBy");
        foreach (string name in document.GroupBy)
        {
            json.WriteStringValue(name);
        }
        json.WriteEndArray();
        WriteNullableString(json, "period", document.Period);
        json.WriteString("policy", document.Policy);
        json.WriteString("activeRatingRateBasis", BasisName(document.ActiveRatingRateBasis == ActiveRatingRateBasis.CompletedCases));
        json.WriteString("matterCoverageBasis", BasisName(document.MatterCoverageBasis == MatterCoverageBasis.CompletedCases));
        // NodaTime's own text for an instant (its JSON converters write the same), without building a pattern.
        json.WriteString("asOf", InstantText.ExtendedIso(document.AsOf));
        json.WriteNumber("read", document.Read);
        json.WriteNumber("accepted", document.Accepted);
        json.WriteNumber("rejected", document.Rejected);
        json.WriteBoolean("provisional", document.ProvisionalYears.Count > 0);
        json.WriteStartArray("provisionalYears");
        foreach (int year in document.ProvisionalYears)
        {
            json.WriteNumberValue(year);
        }
        json.WriteEndArray();
        json.WriteStartArray("rows");
        if (degreeOfParallelism > 1 && document.Rows.Count >= 2 * blockRows)
        {
            WriteRowsInBlocks(json, stream, document, degreeOfParallelism, blockRows);
        }
        else
        {
            // In order, on this thread, handed to the stream every 64 KiB: the rows are read once, and little is held.
            var buffer = new ArrayBufferWriter<byte>(2 * FlushBytes);
            var rows = new RowWriter(buffer, document);
            for (int row = 0; row < document.Rows.Count; row++)
            {
                rows.Write(row, first: buffer.WrittenCount == 0);
                if (buffer.WrittenCount >= FlushBytes)
                {
                    WriteRaw(json, buffer);
                }
            }
            if (buffer.WrittenCount > 0)
            {
                WriteRaw(json, buffer);
            }
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Hands the rows in a buffer to the stream as one raw value (the writer puts a comma before all but the first), and empties the buffer.</summary>
    private static void WriteRaw(Utf8JsonWriter json, ArrayBufferWriter<byte> buffer)
    {
        json.WriteRawValue(buffer.WrittenSpan, skipInputValidation: true);
        json.Flush();
        buffer.ResetWrittenCount();
    }

    /// <summary>
    /// Writes the rows a block at a time, several blocks at once (<see cref="OrderedBlocks"/>), each into a buffer of
    /// its slot by the row writer, then the buffers in order: the first as the array's first raw value, the others, which
    /// begin with their separator, straight to the stream, not copied through the writer's buffer. The bytes are those of
    /// writing row by row, and no more than a window of blocks' rows are held.
    /// </summary>
    private static void WriteRowsInBlocks(Utf8JsonWriter json, Stream stream, ReportDocument document, int degreeOfParallelism, int blockRows)
    {
        // A slot's row writer (its buffer, and the bytes it keeps of names and small rates) serves each block made in it.
        var writers = new RowWriter[OrderedBlocks.MaxWave];
        IEnumerable<ReadOnlyMemory<byte>> blocks = OrderedBlocks.Map(document.Rows.Count, blockRows, degreeOfParallelism, (slot, from, to) =>
        {
            // Room for a block of rows of the report's usual size at once: the pages of room a block does not use are never touched.
            RowWriter rows = writers[slot] ??= new RowWriter(new ArrayBufferWriter<byte>(blockRows * TypicalRowBytes), document);
            rows.Buffer.ResetWrittenCount();
            for (int row = from; row < to; row++)
            {
                rows.Write(row, first: row == 0);
            }
            return rows.Buffer.WrittenMemory;
        });
        bool first = true;
        foreach (ReadOnlyMemory<byte> block in blocks)
        {
            if (first)
            {
                json.WriteRawValue(block.Span, skipInputValidation: true);
                json.Flush();
                first = false;
            }
            else
            {
                stream.Write(block.Span);
            }
        }
    }

    /// <summary>
    /// Writes a document's rows by index: field by field into one reused buffer when the rows offer their fields
    /// (<see cref="IRowFieldSource"/>), so that no row object is made, else each row as it is.
    /// </summary>
    private sealed class RowWriter(ArrayBufferWriter<byte> buffer, ReportDocument document)
    {
        private readonly IndentedRows rows = new(buffer, Options, document.DisplayDecimals);

        /// <summary>The buffer the rows are written into.</summary>
        internal ArrayBufferWriter<byte> Buffer => buffer;
        private readonly IRowFieldSource? source = document.Rows as IRowFieldSource;
        private RowFields? fields;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        internal void Write(int row, bool first)
        {
            if (source is null)
            {
                rows.Write(document.Rows[row], first);
                return;
            }
            fields ??= new RowFields(source.DimensionNames.Length, source.CountNames.Length, source.RateNames.Length);
            source.Fill(row, fields);
            rows.Write(fields, source, first);
        }
    }

    /// <summary>A basis's name in the JSON: <c>completedCases</c> or <c>caseLinkedRatings</c>.</summary>
    private static string BasisName(bool completedCases) => completedCases ? "completedCases" : "caseLinkedRatings";

    private static void WriteNullableString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
