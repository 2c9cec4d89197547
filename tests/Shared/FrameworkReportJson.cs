using System;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using Evaluation.Core.Metrics;
using Evaluation.IO.Json;
using NodaTime.Text;

namespace Evaluation.Tests.Shared;

/// <summary>
/// A report document written the plain way: a <see cref="Utf8JsonWriter"/> with the report's options, a call a property,
/// as docs/report-json.md describes it. The reference the report's own writer is checked against, and the baseline it
/// is timed against.
/// </summary>
internal static class FrameworkReportJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The document written property by property with <see cref="Utf8JsonWriter"/>, as the contract describes it.</summary>
    internal static void Write(Stream stream, ReportDocument document)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        json.WriteStartArray("groupBy");
        foreach (string name in document.GroupBy)
        {
            json.WriteStringValue(name);
        }
        json.WriteEndArray();
        json.WriteString("period", document.Period);
        json.WriteString("policy", document.Policy);
        json.WriteString("activeRatingRateBasis", "completedCases");
        json.WriteString("matterCoverageBasis", "completedCases");
        json.WriteString("asOf", InstantPattern.ExtendedIso.Format(document.AsOf));
        json.WriteNumber("read", document.Read);
        json.WriteNumber("accepted", document.Accepted);
        json.WriteNumber("rejected", document.Rejected);
        json.WriteBoolean("provisional", false);
        json.WriteStartArray("provisionalYears");
        json.WriteEndArray();
        json.WriteStartArray("rows");
        Span<char> display = stackalloc char[Rate.MaxFormattedLength];
        foreach (ReportRow row in document.Rows)
        {
            json.WriteStartObject();
            foreach (ReportDimension d in row.Dimensions)
            {
                json.WriteString(d.Name, d.Code);
                json.WriteString(d.Name + "Name", d.DisplayName);
            }
            if (row.Period is not null)
            {
                json.WriteString("period", row.Period);
            }
            foreach ((string name, long count) in row.Counts)
            {
                json.WriteNumber(name, count);
            }
            foreach ((string name, Rate rate) in row.Rates)
            {
                json.WriteStartObject(name);
                json.WriteNumber("numerator", rate.Numerator);
                json.WriteNumber("denominator", rate.Denominator);
                if (rate.IsApplicable)
                {
                    // The contract's value: the quotient rounded half away from zero to six places, as decimal writes it.
                    json.WriteNumber("value", Math.Round((decimal)rate.Numerator / rate.Denominator, 6, MidpointRounding.AwayFromZero));
                }
                else
                {
                    json.WriteNull("value");
                }
                rate.TryFormat(display, out int displayed, document.DisplayDecimals);
                json.WriteString("display", display[..displayed]);
                json.WriteEndObject();
            }
            json.WriteEndObject();
            if (json.BytesPending >= 1 << 16)
            {
                json.Flush();
            }
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
