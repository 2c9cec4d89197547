using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Catalog;
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
    private EncodedRating[] encoded = [];
    private DimensionCodes codes = new([], [], [], []);

    [Params(10_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        objects = [.. BenchmarkRatings.Generate(N)];
        fields = [.. objects.Select(RatingFields.Of)];
        // The codes as a columnar reader keeps them: each distinct code once, rows naming it by position.
        Dictionary<T, int> Positions<T>(IEnumerable<T?> used)
            where T : struct => used.OfType<T>().Distinct().Select((code, i) => (code, i)).ToDictionary(p => p.code, p => p.i + 1);
        Dictionary<UnitCode, int> units = Positions(objects.Select(r => (UnitCode?)r.UnitCode));
        Dictionary<DepartmentCode, int> departments = Positions(objects.Select(r => r.DepartmentCode));
        Dictionary<MatterCode, int> matters = Positions(objects.Select(r => r.MatterCode));
        Dictionary<WindowCode, int> windows = Positions(objects.Select(r => r.WindowCode));
        codes = new DimensionCodes(units.Keys, departments.Keys, matters.Keys, windows.Keys);
        static int PositionOf<T>(Dictionary<T, int> positions, T? code)
            where T : struct => code is T c ? positions[c] : 0;
        encoded = [.. objects.Select(r => new EncodedRating(
            units[r.UnitCode], r.Channel, r.Level, r.Origin, r.RatedAt, r.IsRealName, r.IsLinkedToCase,
            PositionOf(matters, r.MatterCode), PositionOf(departments, r.DepartmentCode), PositionOf(windows, r.WindowCode)))];
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

    /// <summary>
    /// The same ratings with their codes dictionary-encoded by the reader (positions in <see cref="DimensionCodes"/>),
    /// written straight into the batch's order.
    /// </summary>
    [Benchmark]
    public int Build_RatingBatch_AddRange_Encoded() =>
        new RatingBatch.Builder(EvaluationPolicy.National, capacity: 0).AddRange(encoded.Length, codes, i => encoded[i]).Build().Length;

    /// <summary>The same, encoded in the order added and then put in the batch's order, as when other ratings are added too.</summary>
    [Benchmark]
    public int Build_RatingBatch_AddRange_Encoded_OrderedAfterwards() =>
        new RatingBatch.Builder(EvaluationPolicy.National, encoded.Length) { InUnitOrderBudget = 0 }.AddRange(encoded.Length, codes, i => encoded[i]).Build().Length;
}
