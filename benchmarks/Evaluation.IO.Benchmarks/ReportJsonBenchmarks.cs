using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Evaluation.Core.Metrics;
using Evaluation.IO.Json;
using NodaTime;
using NodaTime.Text;

namespace Evaluation.IO.Benchmarks;

/// <summary>
/// Writing a report's JSON on one thread: 100,000 rows of the shape a grouping by matter and month gives (a matter's
/// code and Chinese name, the period, 25 counts, 7 rates; about 1.7 KB a row). The baseline is the plain way: a
/// <see cref="Utf8JsonWriter"/> with the report's options, a call a property.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 9)]
public class ReportJsonBenchmarks
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly string[] CountNames =
    [
        "cases", "casesActivelyRated", "ratings", "activeRatings", "defaultRatings", "caseLinkedRatings", "good", "neutral", "bad",
        "caseLinkedBad", "excludedByAppeal", "badToRectify", "badRectified", "badRectifiedOnTime", "badOverdue", "mattersWithCases",
        "mattersRated", "mattersWithCaseLinkedRatings", "mattersRatedByRatings", "onSiteRatings", "staticQrRatings", "staticQrGood",
        "staticQrBad", "followUps", "followUpsDissatisfied",
    ];

    private static readonly string[] RateNames =
        ["activeRatingRate", "goodRate", "badRate", "rectificationRate", "onTimeRectificationRate", "matterCoverageRate", "followUpRate"];

    private ReportDocument document = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2023);
        ReportRow[] rows =
        [
            .. Enumerable.Range(0, 100_000).Select(i => new ReportRow(
                [new ReportDimension("matter", $"M{i / 12:D5}", $"事项{i / 12}")],
                $"2023-{(i % 12) + 1:D2}",
                [.. CountNames.Select(n => new KeyValuePair<string, long>(n, random.Next(0, 40)))],
                [.. RateNames.Select(n => new KeyValuePair<string, Rate>(n, NewRate(random)))])),
        ];
        document = new ReportDocument(["matter"], "month", "henan", Instant.FromUtc(2023, 12, 31, 16, 0), rows.Length, rows.Length, 0, rows);
    }

    [Benchmark(Baseline = true, Description = "Utf8JsonWriter, a call a property")]
    public long FrameworkWriter()
    {
        using var sink = new LengthStream();
        using (var json = new Utf8JsonWriter(sink, Options))
        {
            json.WriteStartObject();
            json.WriteString("asOf", InstantPattern.ExtendedIso.Format(document.AsOf));
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
                json.WriteString("period", row.Period);
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
                        json.WriteNumber("value", Math.Round((decimal)rate.Numerator / rate.Denominator, 6, MidpointRounding.AwayFromZero));
                    }
                    else
                    {
                        json.WriteNull("value");
                    }
                    rate.TryFormat(display, out int displayed, 2);
                    json.WriteString("display", display[..displayed]);
                    json.WriteEndObject();
                }
                json.WriteEndObject();
                if (json.BytesPending > 1 << 16)
                {
                    json.Flush();
                }
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return sink.Length;
    }

    [Benchmark(Description = "ReportJsonWriter, one thread")]
    public long ReportWriter()
    {
        using var sink = new LengthStream();
        ReportJsonWriter.Write(sink, document);
        return sink.Length;
    }

    private static Rate NewRate(Random random)
    {
        int denominator = random.Next(0, 40);
        return new Rate(denominator == 0 ? 0 : random.Next(0, denominator + 1), denominator);
    }

    /// <summary>A stream that keeps only the count of bytes written to it.</summary>
    private sealed class LengthStream : Stream
    {
        private long length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => length;

        public override long Position { get => length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => length += buffer.Length;
    }
}
