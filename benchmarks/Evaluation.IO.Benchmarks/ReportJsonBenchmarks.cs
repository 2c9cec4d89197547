using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Evaluation.Core.Metrics;
using Evaluation.IO.Json;
using NodaTime;
using Evaluation.EndToEnd.Benchmarks;
using Evaluation.Tests.Shared;

namespace Evaluation.IO.Benchmarks;

/// <summary>
/// Writing a report's JSON on one thread: 100,000 rows of the shape a grouping by matter and month gives (a matter's
/// code and Chinese name, the period, 25 counts, 7 rates; about 1.7 KB a row). The baseline is the plain way, the
/// tests' reference: a <see cref="Utf8JsonWriter"/> with the report's options, a call a property.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 9)]
public class ReportJsonBenchmarks
{
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
        using var sink = new CountingStream();
        FrameworkReportJson.Write(sink, document);
        return sink.Length;
    }

    [Benchmark(Description = "ReportJsonWriter, one thread")]
    public long ReportWriter()
    {
        using var sink = new CountingStream();
        ReportJsonWriter.Write(sink, document);
        return sink.Length;
    }

    private static Rate NewRate(Random random)
    {
        int denominator = random.Next(0, 40);
        return new Rate(denominator == 0 ? 0 : random.Next(0, denominator + 1), denominator);
    }
}
