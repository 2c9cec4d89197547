using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using Evaluation.Core.Metrics;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Evaluation.IO.Json;

/// <summary>Writes a <see cref="ReportDocument"/> as the JSON contract of docs/report-json.md.</summary>
public static class ReportJsonWriter
{
    private static readonly JsonSerializerOptions NodaOptions = new JsonSerializerOptions().ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

    /// <summary>The most bytes kept before they are handed to the stream: a report of millions of rows is written as it goes.</summary>
    private const int FlushBytes = 1 << 16;

    /// <summary>Writes the document, indented, UTF-8, Chinese names unescaped, to the stream as it goes (a block of rows at a time), reading its rows once, in order.</summary>
    /// <param name="stream">The output.</param>
    /// <param name="document">The report.</param>
    public static void Write(Stream stream, ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(document);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteStartArray("groupBy");
        foreach (string name in document.GroupBy)
        {
            json.WriteStringValue(name);
        }
        json.WriteEndArray();
        WriteNullableString(json, "period", document.Period);
        json.WriteString("policy", document.Policy);
        json.WritePropertyName("asOf");
        JsonSerializer.Serialize(json, document.AsOf, NodaOptions);
        json.WriteNumber("read", document.Read);
        json.WriteNumber("accepted", document.Accepted);
        json.WriteNumber("rejected", document.Rejected);
        json.WriteStartArray("rows");
        foreach (ReportRow row in document.Rows)
        {
            json.WriteStartObject();
            foreach (ReportDimension d in row.Dimensions)
            {
                WriteNullableString(json, d.Name, d.Code);
                WriteNullableString(json, d.Name + "Name", d.DisplayName);
            }
            if (row.Period is not null)
            {
                json.WriteString("period", row.Period);
            }
            foreach (KeyValuePair<string, long> count in row.Counts)
            {
                json.WriteNumber(count.Key, count.Value);
            }
            foreach (KeyValuePair<string, Rate> rate in row.Rates)
            {
                json.WriteStartObject(rate.Key);
                json.WriteNumber("numerator", rate.Value.Numerator);
                json.WriteNumber("denominator", rate.Value.Denominator);
                if (rate.Value.ToDecimal() is decimal value)
                {
                    json.WriteNumber("value", decimal.Round(value, 6, MidpointRounding.AwayFromZero));
                }
                else
                {
                    json.WriteNull("value");
                }
                json.WriteString("display", rate.Value.Format(document.DisplayDecimals));
                json.WriteEndObject();
            }
            json.WriteEndObject();
            if (json.BytesPending >= FlushBytes)
            {
                json.Flush();
            }
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

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
