using System.Linq;
using BenchmarkDotNet.Attributes;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Periods;
using Evaluation.Core.Policies;
using Evaluation.Core.Ratings;

namespace Evaluation.Core.Benchmarks;

/// <summary>
/// Matter coverage (评价覆盖事项) by department × month, 4,000 departments of 400 units: the plan the engine takes (each
/// department of one unit, so a unit's period at a time, <see cref="CoverageStrategy.NestedUnitBlocks"/>) beside the
/// buckets by group it took before (<see cref="CoverageStrategy.BucketedMarks"/>) and LINQ <c>GroupBy</c> over plain value
/// rows, in the same run. The batch and the rows are built once per N.
/// </summary>
[MemoryDiagnoser]
[GcServer(true)]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class DepartmentCoverageBenchmarks
{
    private static readonly Grouping DepartmentByMonth = Grouping.By(GroupingDimension.Department, ReportingPeriodKind.Month);
    private RatingBatch batch = null!;
    private (int Department, int Month, int Matter, bool Active)[] rows = [];

    [Params(10_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var builder = new RatingBatch.Builder(EvaluationPolicy.National, N);
        foreach (Rating rating in BenchmarkRatings.Generate(N, withDepartments: true))
        {
            builder.Add(rating);
        }
        batch = builder.Build();
        rows = [.. BenchmarkRatings.Rows(N).Select(r => (BenchmarkRatings.DepartmentOf(r.Unit, r.Matter), r.Month, r.Matter, r.Active))];
        // Nothing is timed unless the engine plans the strategy named and all three give the same figure.
        CoverageStrategy planned = RatingAggregator.Plan(batch, DepartmentByMonth).Coverage;
        (long linq, long nested, long bucketed) = (Linq_GroupBy_Distinct(), Engine_NestedUnitBlocks(), Engine_BucketedMarks());
        if (planned != CoverageStrategy.NestedUnitBlocks || nested != linq || bucketed != linq)
        {
            throw new System.InvalidOperationException($"Planned {planned}; matters rated: LINQ {linq}, nested {nested}, bucketed {bucketed}.");
        }
    }

    [Benchmark(Baseline = true)]
    public long Linq_GroupBy_Distinct() =>
        rows.GroupBy(r => (r.Department, r.Month))
            .Select(g => g.Where(r => r.Active).Select(r => r.Matter).Distinct().LongCount())
            .Sum();

    [Benchmark]
    public long Engine_NestedUnitBlocks() => MattersRated(new AggregationOptions());

    [Benchmark]
    public long Engine_BucketedMarks() => MattersRated(new AggregationOptions { ForceCoverage = CoverageStrategy.BucketedMarks });

    private long MattersRated(AggregationOptions options) =>
        RatingAggregator.Aggregate(batch, DepartmentByMonth, options).Rows.Sum(r => r.Coverage.MattersRated);
}
