using System.Linq;
using BenchmarkDotNet.Attributes;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Policies;
using Evaluation.Core.Ratings;
using Evaluation.Core.Rectification;

namespace Evaluation.Core.Benchmarks;

/// <summary>Building a <see cref="RatingBatch"/> from domain objects, beside projecting the same objects to plain tuples with LINQ.</summary>
[MemoryDiagnoser]
[GcServer(true)]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class BatchBuildAggregationBenchmarks
{
    private Rating[] objects = [];
    private RatingFields[] fields = [];

    [Params(10_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        objects = [.. BenchmarkRatings.Generate(N)];
        fields = [.. objects.Select(RatingFields.Of)];
    }

    [Benchmark(Baseline = true)]
    public int Linq_Select_ToArray() =>
        objects.Select(r => (r.UnitCode, r.RatedAt, r.Level, r.Origin)).ToArray().Length;

    [Benchmark]
    public int Build_RatingBatch()
    {
        var builder = new RatingBatch.Builder(EvaluationPolicy.National, objects.Length);
        foreach (Rating rating in objects)
        {
            builder.Add(rating);
        }
        return builder.Build().Length;
    }

    [Benchmark]
    public int Build_RatingBatch_AddRange() =>
        new RatingBatch.Builder(EvaluationPolicy.National, objects.Length).AddRange(objects).Build().Length;

    /// <summary>The same ratings given by their fields (a reader's own form), not as objects.</summary>
    [Benchmark]
    public int Build_RatingBatch_AddRange_Fields() =>
        new RatingBatch.Builder(EvaluationPolicy.National, fields.Length).AddRange(fields.Length, i => (fields[i], RatingFacts.Valid)).Build().Length;
}
