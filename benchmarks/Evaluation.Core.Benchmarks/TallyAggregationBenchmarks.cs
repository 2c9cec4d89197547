using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Periods;
using Evaluation.Core.Policies;
using Evaluation.Core.Ratings;

namespace Evaluation.Core.Benchmarks;

/// <summary>
/// Tallies and matter coverage by unit × month with <see cref="RatingAggregator"/>, beside LINQ <c>GroupBy</c> over plain
/// value rows in the same run. The batch and the rows are built once per N.
/// </summary>
[MemoryDiagnoser]
[GcServer(true)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class TallyAggregationBenchmarks
{
    private static readonly Grouping UnitByMonth = Grouping.By(GroupingDimension.Unit, ReportingPeriodKind.Month);
    private RatingBatch batch = null!;
    private BenchmarkRatings.Row[] rows = [];

    [Params(10_000_000, 100_000_000)]
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
        rows = BenchmarkRatings.Rows(N);
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
}
