using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Metrics;
using Evaluation.Core.Periods;
using Evaluation.Core.Policies;
using Evaluation.Reporting;
using Evaluation.Reporting.Partials;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Orleans.Serialization;

namespace Evaluation.EndToEnd.Benchmarks;

/// <summary>
/// What a coordinator spends on the parts of a report: the city's export of N cases and ratings cut into the twelve
/// months of its year, each month's part by a grouping, merged (<see cref="PartialReport.Merge"/>) beside the same merge
/// written with LINQ (rows grouped by key, counts summed, matter sets united through hash sets). The setup prints each
/// part's size as Orleans serializes it for the wire.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10)]
[MemoryDiagnoser]
public class PartialMergeBenchmarks
{
    private PartialReport[] parts = [];

    public static IEnumerable<int> Sizes => ReportVersusDuckDbBenchmarks.Sizes;

    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    [Params("unit|month", "matter|month", "unit,matter|")]
    public string Grouping { get; set; } = "unit|month";

    [GlobalSetup]
    public void Setup()
    {
        string root = Environment.GetEnvironmentVariable("EVALUATION_E2E_DIR") ?? Path.GetTempPath();
        string directory = ExportGenerator.Ensure(Path.Combine(root, $"evaluation-e2e-city-{N}"), N, ExportShape.City);
        ReportInput input = ReportInput.ReadDirectory(directory);
        var options = new ReportOptions { Policy = EvaluationPolicy.Henan };
        Instant asOf = ReportPipeline.Prepare(input, options).AsOf;
        string[] split = Grouping.Split('|');
        var grouping = new Grouping(
            [.. split[0].Split(',').Select(d => Enum.Parse<GroupingDimension>(d, ignoreCase: true))],
            split[1].Length == 0 ? null : Enum.Parse<ReportingPeriodKind>(split[1], ignoreCase: true));
        parts = [.. Enumerable.Range(1, 12).Select(month =>
        {
            var first = new LocalDate(2023, month, 1);
            return ReportPipeline.Prepare(input, options with { AsOf = asOf, From = first, To = first.PlusMonths(1).PlusDays(-1) }).Partial(grouping);
        })];
        Serializer serializer = new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();
        long[] bytes = [.. parts.Select(p => (long)serializer.SerializeToArray(p).Length)];
        Console.WriteLine($"// parts by {Grouping}: rows {string.Join(" ", parts.Select(p => p.Rows.Length))}; bytes {string.Join(" ", bytes)}; mean {bytes.Average():N0} bytes");
    }

    [Benchmark(Description = "PartialReport.Merge of the 12 months")]
    public int Merge() => PartialReport.Merge(parts).Rows.Length;

    [Benchmark(Baseline = true, Description = "LINQ: group rows by key, sum, union sets")]
    public int Linq() =>
        parts.SelectMany(p => p.Rows).GroupBy(r => r.Key).Select(g => (
            g.Key,
            Ratings: RatingTally.Sum(g.Select(r => r.Ratings)),
            Cases: g.Select(r => r.Cases).Aggregate((a, b) => a.Merge(b)),
            WithRatings: g.SelectMany(r => r.MattersWithRatings).ToHashSet().Count,
            RatedByRatings: g.SelectMany(r => r.MattersRatedByRatings).ToHashSet().Count,
            WithCases: g.SelectMany(r => r.MattersWithCases).ToHashSet().Count,
            RatedByCases: g.SelectMany(r => r.MattersRatedByCases).ToHashSet().Count))
        .OrderBy(r => r.Key, GroupKey.Ordering).Count();
}
