using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Periods;
using Evaluation.Core.Policies;
using Evaluation.Core.Ratings;

namespace Evaluation.Core.Benchmarks;

/// <summary>
/// Tallies and matter coverage by unit × month with the engine, beside LINQ <c>GroupBy</c> on plain rows in the same run;
/// and building a <see cref="RatingBatch"/> from domain objects beside materialising the plain rows.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class RatingAggregationBenchmarks
{
    private static readonly Grouping UnitByMonth = Grouping.By(GroupingDimension.Unit, ReportingPeriodKind.Month);
    private RatingBatch batch = null!;
    private BenchmarkRatings.Row[] rows = [];
    private Rating[] objects = [];

    [Params(10_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var builder = new RatingBatch.Builder(EvaluationPolicy.National, N);
        foreach (Rating rating in BenchmarkRatings.Generate(N))
        {
            builder.Add(rating);
        }
        batch = builder.Build();
        rows = BenchmarkRatings.Rows(BenchmarkRatings.Generate(N), N);
        objects = [.. BenchmarkRatings.Generate(N)];
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Tally")]
    public int Tally_Linq_GroupBy() =>
        rows.GroupBy(r => (r.Unit, r.Month))
            .Select(g => (g.Key, Ratings: g.LongCount(), Active: g.LongCount(r => r.Active), Bad: g.LongCount(r => r.Level <= 2)))
            .Count();

    [Benchmark]
    [BenchmarkCategory("Tally")]
    public int Tally_Engine() =>
        RatingAggregator.Aggregate(batch, UnitByMonth, new AggregationOptions(IncludeCoverage: false)).Rows.Length;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Coverage")]
    public long Coverage_Linq_GroupBy_Distinct() =>
        rows.GroupBy(r => (r.Unit, r.Month))
            .Select(g => g.Where(r => r.Active).Select(r => r.Matter).Distinct().LongCount())
            .Sum();

    [Benchmark]
    [BenchmarkCategory("Coverage")]
    public long Coverage_Engine() =>
        RatingAggregator.Aggregate(batch, UnitByMonth).Rows.Sum(r => r.Coverage.MattersRated);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Build")]
    public int Build_Linq_Rows() =>
        objects.Select(r => (r.UnitCode, r.RatedAt, r.Level, r.Origin)).ToArray().Length;

    [Benchmark]
    [BenchmarkCategory("Build")]
    public int Build_RatingBatch()
    {
        var builder = new RatingBatch.Builder(EvaluationPolicy.National, objects.Length);
        foreach (Rating rating in objects)
        {
            builder.Add(rating);
        }
        return builder.Build().Length;
    }
}
