using System;
using System.Buffers;
using System.Buffers.Text;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Evaluation.Core.Metrics;

namespace Evaluation.IO.Json;

/// <summary>
/// Writes report rows straight into bytes, exactly as <see cref="Utf8JsonWriter"/> writes them with the report's options
/// (indented by two spaces, the writer's line break, the relaxed encoder) as elements of the document's <c>rows</c>
/// array: each row after its separator, line break and indentation. A row is some forty properties, and the writer's
/// checks and bookkeeping at each of them cost more than the bytes; here a property is one copy of the bytes before its value
/// (comma, line break, indentation, quoted name, colon), made once per name for the rows one thread writes, and its value. A text that needs
/// escaping is escaped by the encoder itself (<see cref="JsonEncodedText.Encode(ReadOnlySpan{char}, JavaScriptEncoder?)"/>).
/// </summary>
internal sealed class IndentedRows
{
    /// <summary>The indentation of a row's braces (the rows array is at depth 2).</summary>
    private const int RowIndent = 4;

    /// <summary>The indentation of a row's properties.</summary>
    private const int PropertyIndent = 6;

    /// <summary>The indentation of a rate's members.</summary>
    private const int MemberIndent = 8;

    /// <summary>The most bytes a number or a rate's value takes.</summary>
    private const int ValueBytes = 32;

    /// <summary>A rate whose numerator and denominator are both below this has its object's bytes kept (<see cref="RateMembers"/>).</summary>
    private const int SmallRateTerms = 32;

    /// <summary>The most bytes a text of a character takes: <c>\uXXXX</c>.</summary>
    private const int TextBytesPerChar = 6;

    private readonly IBufferWriter<byte> output;
    private readonly JavaScriptEncoder encoder;
    private readonly byte[] newLine;
    private readonly int displayDecimals;
    private readonly byte[] period, numerator, denominator, value, display;
    private readonly Dictionary<string, (byte[] Code, byte[] DisplayName)> dimensions = new(StringComparer.Ordinal);
    private readonly byte[]?[] smallRates = new byte[SmallRateTerms * SmallRateTerms][]; // by numerator and denominator
    private ArrayBufferWriter<byte>? scratch; // where a small rate's bytes are made
    private (string Name, byte[] Prefix)[] countPrefixes = [], ratePrefixes = [];

    /// <summary>A writer of rows into <paramref name="output"/>, with the options' encoder and line break.</summary>
    internal IndentedRows(IBufferWriter<byte> output, JsonWriterOptions options, int displayDecimals)
    {
        this.output = output;
        encoder = options.Encoder ?? JavaScriptEncoder.Default;
        newLine = System.Text.Encoding.UTF8.GetBytes(options.NewLine);
        this.displayDecimals = displayDecimals;
        period = Prefix("period", PropertyIndent);
        numerator = Prefix("numerator", MemberIndent);
        denominator = Prefix("denominator", MemberIndent);
        value = Prefix("value", MemberIndent);
        display = Prefix("display", MemberIndent);
    }

    /// <summary>Writes a row: the first of the array without a comma before it, any other with one.</summary>
    internal void Write(ReportRow row, bool first)
    {
        RowBytes bytes = Begin(first);
        foreach (ReportDimension d in row.Dimensions)
        {
            Dimension(ref bytes, d.Name, d.Code, d.DisplayName);
        }
        Period(ref bytes, row.Period);
        ReadOnlySpan<KeyValuePair<string, long>> counts = AsSpan(row.Counts);
        for (int i = 0; i < counts.Length; i++)
        {
            bytes.Name(AtPlace(ref countPrefixes, i, counts[i].Key));
            bytes.Number(counts[i].Value);
        }
        ReadOnlySpan<KeyValuePair<string, Rate>> rates = AsSpan(row.Rates);
        Span<char> text = stackalloc char[Rate.MaxFormattedLength];
        for (int i = 0; i < rates.Length; i++)
        {
            RateMembers(ref bytes, AtPlace(ref ratePrefixes, i, rates[i].Key), rates[i].Value, text);
        }
        End(ref bytes);
    }

    /// <summary>
    /// Writes a row from its fields, as <see cref="Write(ReportRow, bool)"/> writes the row they are the fields of, each
    /// field by the source's name of it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void Write(RowFields fields, IRowFieldSource source, bool first)
    {
        RowBytes bytes = Begin(first);
        ImmutableArray<string> dimensionNames = source.DimensionNames;
        for (int d = 0; d < fields.Codes.Length; d++)
        {
            Dimension(ref bytes, dimensionNames[d], fields.Codes[d], fields.DisplayNames[d]);
        }
        Period(ref bytes, fields.Period);
        ImmutableArray<string> countNames = source.CountNames;
        for (int i = 0; i < fields.Counts.Length; i++)
        {
            bytes.Name(AtPlace(ref countPrefixes, i, countNames[i]));
            bytes.Number(fields.Counts[i]);
        }
        ImmutableArray<string> rateNames = source.RateNames;
        Span<char> text = stackalloc char[Rate.MaxFormattedLength];
        for (int i = 0; i < fields.Rates.Length; i++)
        {
            RateMembers(ref bytes, AtPlace(ref ratePrefixes, i, rateNames[i]), fields.Rates[i], text);
        }
        End(ref bytes);
    }

    /// <summary>A row's start: its separator (none before the array's first), line break, indentation and brace.</summary>
    private RowBytes Begin(bool first)
    {
        var bytes = new RowBytes(output, newLine, encoder);
        if (!first)
        {
            bytes.Byte((byte)',');
        }
        bytes.Break(RowIndent);
        bytes.Open();
        return bytes;
    }

    /// <summary>A row's end: its closing brace on a line of its own, and the bytes handed to the output.</summary>
    private static void End(ref RowBytes bytes)
    {
        bytes.Close(RowIndent);
        bytes.Done();
    }

    /// <summary>A dimension's code and display name (<c>"unit"</c> and <c>"unitName"</c>), each a text or null.</summary>
    private void Dimension(ref RowBytes bytes, string name, string? code, string? displayName)
    {
        (byte[] codePrefix, byte[] displayNamePrefix) = OfDimension(name);
        bytes.Name(codePrefix);
        bytes.NullableText(code);
        bytes.Name(displayNamePrefix);
        bytes.NullableText(displayName);
    }

    /// <summary>The row's period, when it has one.</summary>
    private void Period(ref RowBytes bytes, string? text)
    {
        if (text is not null)
        {
            bytes.Name(period);
            bytes.Text(text);
        }
    }

    /// <summary>
    /// A rate as an object of four members: numerator, denominator, value (null when not applicable) and display; the
    /// object's bytes of a rate of small terms, as most of a fine grouping's are, made once and copied after.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void RateMembers(ref RowBytes bytes, byte[] prefix, Rate rate, scoped Span<char> text)
    {
        bytes.Name(prefix);
        if (unchecked((ulong)rate.Numerator | (ulong)rate.Denominator) < SmallRateTerms)
        {
            int place = ((int)rate.Numerator * SmallRateTerms) + (int)rate.Denominator;
            bytes.Raw(smallRates[place] ??= RateObjectBytes(rate));
            return;
        }
        RateObject(ref bytes, rate, text);
    }

    /// <summary>The bytes <see cref="RateObject"/> writes for a rate.</summary>
    private byte[] RateObjectBytes(Rate rate)
    {
        scratch ??= new ArrayBufferWriter<byte>(RowBytes.SpanBytes);
        scratch.ResetWrittenCount();
        var bytes = new RowBytes(scratch, newLine, encoder);
        Span<char> text = stackalloc char[Rate.MaxFormattedLength];
        RateObject(ref bytes, rate, text);
        bytes.Done();
        return scratch.WrittenSpan.ToArray();
    }

    /// <summary>A rate's object, from its opening brace to its closing one.</summary>
    private void RateObject(ref RowBytes bytes, Rate rate, scoped Span<char> text)
    {
        bytes.Open();
        bytes.Name(numerator);
        bytes.Number(rate.Numerator);
        bytes.Name(denominator);
        bytes.Number(rate.Denominator);
        bytes.Name(value);
        if (rate.IsApplicable)
        {
            bytes.RateValue(rate);
        }
        else
        {
            bytes.Null();
        }
        rate.TryFormat(text, out int displayed, displayDecimals);
        bytes.Name(display);
        bytes.Text(text[..displayed]);
        bytes.Close(PropertyIndent);
    }

    /// <summary>A row's list as a span: the array itself when it is one (the report's rows hold immutable arrays), else a copy.</summary>
    private static ReadOnlySpan<T> AsSpan<T>(IReadOnlyList<T> list) => list switch
    {
        ImmutableArray<T> immutable => immutable.AsSpan(),
        T[] array => array,
        _ => list.ToArray(),
    };

    /// <summary>
    /// The bytes before a property's value, comma first: the comma, the line break, the indentation, the quoted name as
    /// the encoder escapes it, the colon and a space (the first property of an object takes them without the comma).
    /// </summary>
    private byte[] Prefix(string name, int indent)
    {
        ReadOnlySpan<byte> encoded = JsonEncodedText.Encode(name, encoder).EncodedUtf8Bytes;
        var prefix = new byte[1 + newLine.Length + indent + encoded.Length + 4];
        prefix[0] = (byte)',';
        newLine.CopyTo(prefix, 1);
        prefix.AsSpan(1 + newLine.Length, indent).Fill((byte)' ');
        int at = 1 + newLine.Length + indent;
        prefix[at] = (byte)'"';
        encoded.CopyTo(prefix.AsSpan(at + 1));
        "\": "u8.CopyTo(prefix.AsSpan(at + 1 + encoded.Length));
        return prefix;
    }

    /// <summary>A dimension's two prefixes: its code's (<c>unit</c>) and its display name's (<c>unitName</c>).</summary>
    private (byte[] Code, byte[] DisplayName) OfDimension(string dimension)
    {
        if (!dimensions.TryGetValue(dimension, out var prefixes))
        {
            dimensions.Add(dimension, prefixes = (Prefix(dimension, PropertyIndent), Prefix(dimension + "Name", PropertyIndent)));
        }
        return prefixes;
    }

    /// <summary>
    /// A count's or rate's prefix by its place in the row: rows repeat the same names in the same places, so a row naming
    /// the string the row before named there finds its prefix by one reference comparison.
    /// </summary>
    private byte[] AtPlace(ref (string Name, byte[] Prefix)[] byPlace, int place, string name)
    {
        if (place < byPlace.Length && ReferenceEquals(byPlace[place].Name, name))
        {
            return byPlace[place].Prefix;
        }
        if (place >= byPlace.Length)
        {
            Array.Resize(ref byPlace, place + 1);
        }
        byPlace[place] = (name, Prefix(name, PropertyIndent));
        return byPlace[place].Prefix;
    }

    /// <summary>A row's bytes as they are written into the output's span, a larger one fetched whenever what comes next might not fit.</summary>
    private ref struct RowBytes(IBufferWriter<byte> output, byte[] newLine, JavaScriptEncoder encoder)
    {
        /// <summary>The bytes fetched at a time: a row of the report's shape fits in one span.</summary>
        internal const int SpanBytes = 4096;

        private Span<byte> span;
        private int written;
        private bool empty;

        internal void Byte(byte value)
        {
            Ensure(1);
            span[written++] = value;
        }

        /// <summary>Opens an object.</summary>
        internal void Open()
        {
            Byte((byte)'{');
            empty = true;
        }

        /// <summary>Closes an object: on a line of its own unless it is empty.</summary>
        internal void Close(int indent)
        {
            if (!empty)
            {
                Break(indent);
            }
            Byte((byte)'}');
            empty = false;
        }

        /// <summary>A property's prefix (<see cref="Prefix"/>), without its comma when it is the object's first.</summary>
        internal void Name(byte[] prefix)
        {
            Copy(empty ? prefix.AsSpan(1) : prefix);
            empty = false;
        }

        internal void Number(long value)
        {
            Ensure(ValueBytes);
            // Most of a report's counts are below 100: their one or two digits are written at once.
            if (unchecked((ulong)value) < 10)
            {
                span[written++] = (byte)('0' + value);
                return;
            }
            if (unchecked((ulong)value) < 100)
            {
                span[written] = (byte)('0' + (value / 10));
                span[written + 1] = (byte)('0' + (value % 10));
                written += 2;
                return;
            }
            Utf8Formatter.TryFormat(value, span[written..], out int length);
            written += length;
        }

        internal void RateValue(Rate rate)
        {
            Ensure(ValueBytes);
            written += RateValueText.Write(span[written..], rate.Numerator, rate.Denominator);
        }

        internal void Null() => Copy("null"u8);

        /// <summary>Bytes that close what they open, as a value: an object written before.</summary>
        internal void Raw(byte[] value)
        {
            Copy(value);
            empty = false;
        }

        internal void NullableText(string? value)
        {
            if (value is null)
            {
                Null();
            }
            else
            {
                Text(value);
            }
        }

        /// <summary>A text, quoted: its UTF-8 bytes when the encoder would leave them as they are, else as the writer escapes it.</summary>
        internal void Text(scoped ReadOnlySpan<char> value)
        {
            Ensure((TextBytesPerChar * value.Length) + 2);
            span[written++] = (byte)'"';
            Span<byte> destination = span[written..];
            if (Utf8.FromUtf16(value, destination, out _, out int length, replaceInvalidSequences: false) == OperationStatus.Done
                && encoder.FindFirstCharacterToEncodeUtf8(destination[..length]) < 0)
            {
                written += length;
            }
            else
            {
                Escaped(value);
            }
            span[written++] = (byte)'"';
        }

        internal void Break(int indent)
        {
            Ensure(newLine.Length + indent);
            newLine.CopyTo(span[written..]);
            written += newLine.Length;
            span.Slice(written, indent).Fill((byte)' ');
            written += indent;
        }

        /// <summary>Hands the bytes written to the output.</summary>
        internal readonly void Done() => output.Advance(written);

        /// <summary>
        /// A text as the writer escapes it: each run of valid UTF-16 in the encoder's escaped form, and each lone surrogate
        /// as the six characters <c>\uFFFD</c>, as the writer writes one (no more than six bytes a character in all).
        /// </summary>
        private void Escaped(scoped ReadOnlySpan<char> value)
        {
            int run = 0;
            for (int i = 0; i < value.Length; i++)
            {
                if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(value[i]))
                {
                    Copy(JsonEncodedText.Encode(value[run..i], encoder).EncodedUtf8Bytes);
                    Copy(@"\uFFFD"u8);
                    run = i + 1;
                }
            }
            Copy(JsonEncodedText.Encode(value[run..], encoder).EncodedUtf8Bytes);
        }

        private void Copy(scoped ReadOnlySpan<byte> bytes)
        {
            Ensure(bytes.Length);
            bytes.CopyTo(span[written..]);
            written += bytes.Length;
        }

        /// <summary>Makes room for <paramref name="bytes"/> more: hands what is written to the output and fetches a span when the one held is too small.</summary>
        private void Ensure(int bytes)
        {
            if (span.Length - written < bytes)
            {
                output.Advance(written);
                written = 0;
                span = output.GetSpan(Math.Max(bytes, SpanBytes));
            }
        }
    }
}
