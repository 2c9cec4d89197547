using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using Evaluation.Core.Aggregation.Strategies;
using Evaluation.Core.Metrics;
using Evaluation.Core.Utility;

namespace Evaluation.Core.Aggregation;

/// <summary>
/// Aggregates a <see cref="RatingBatch"/> into tallies per group: each partition counts ratings per (group, class)
/// in its own flat array, partitions merge by addition, and the counts of each class are expanded into the tally
/// counters at the end. The result does not depend on the partitioning or the degree of parallelism.
/// </summary>
/// <remarks>
/// <para>Memory beyond the batch is proportional to the number of possible groups (the product of the dimensions'
/// distinct values and the periods) times the batch's distinct classes, while that is at most 2^23 counters, plus,
/// for coverage, one bit per matter per possible group while that is at most 2^22 words. Beyond either, while the
/// possible groups are at most 2^21, the rows are put in buckets by group, 2 bytes a row for counting and 4 a marking row
/// for coverage; beyond that too (by matter and day, say), the groups met and their matters are found by sorting
/// the rows' keys, in memory proportional to the batch. A grouping of more than 2^31 - 1 possible groups is refused with <see cref="GroupingTooLargeException"/>.</para>
/// <para>The loops allocate nothing per rating. A small planner (<see cref="Plan"/>) chooses how to count and how to find
/// coverage from the grouping's shape and the batch's order; each strategy is a class of its own under
/// <c>Aggregation/Strategies</c>, and every choice gives the same result.</para>
/// </remarks>
public static class RatingAggregator
{
    /// <summary>Aggregates a batch.</summary>
    /// <param name="batch">The ratings.</param>
    /// <param name="grouping">How to group them.</param>
    /// <param name="options">How to run; <see cref="AggregationOptions.Default"/> when null.</param>
    /// <returns>The groups with at least one rating, ordered by key.</returns>
    /// <exception cref="GroupingTooLargeException">The grouping has more than 2^31 - 1 possible groups.</exception>
    public static AggregationResult Aggregate(RatingBatch batch, Grouping grouping, AggregationOptions? options = null)
    {
        Counts counts = Count(batch, grouping, options ?? AggregationOptions.Default);
        return counts.Histogram is int[] histogram
            ? TallyExpansion.Expand(batch.Data, counts.Layout, counts.Classes, histogram, counts.CoverageOf, grouping)
            : counts.Sorted?.ToResult(grouping) ?? counts.Expanded!;
    }

    /// <summary>
    /// Aggregates a batch as <see cref="Aggregate"/> does, leaving each group's tally and coverage to be made when it is
    /// read (<see cref="RatedGroups.At"/>), for a caller that reads each group once: a grouping counted in a histogram
    /// (most are) then keeps the histogram rather than a tally object and its counters per group.
    /// </summary>
    internal static RatedGroups AggregateOnDemand(RatingBatch batch, Grouping grouping, AggregationOptions? options = null)
    {
        Counts counts = Count(batch, grouping, options ?? AggregationOptions.Default);
        return counts.Histogram is int[] histogram
            ? new CountedGroups(batch.Data, counts.Layout, counts.Classes, histogram, counts.CoverageOf)
            : counts.Sorted ?? (RatedGroups)new ExpandedGroups(counts.Expanded!);
    }

    /// <summary>
    /// What counting leaves: the layout, the classes, and either a histogram of every possible group's class counts with
    /// each group's coverage, the groups met in sorted keys, or, for the strategies that count otherwise, the result itself.
    /// </summary>
    private readonly record struct Counts(GroupLayout Layout, int Classes, int[]? Histogram, GroupCoverage CoverageOf, AggregationResult? Expanded, SortedKeyGroups? Sorted = null);

    private static Counts Count(RatingBatch batch, Grouping grouping, AggregationOptions options)
    {
        (AggregationPlan plan, GroupLayout layout, int[] bounds) = Prepare(batch, grouping, options);
        RatingBatch.Columns data = batch.Data;
        int classes = data.ClassProfiles.Length;
        int words = (data.Matters.Count + 63) >> 6;
        int parts = bounds.Length - 1;
        var histograms = new int[parts][];
        var counted = new ArraySegment<long>[parts];
        MatterCoverage?[]? coverageOfGroup = plan.Coverage is CoverageStrategy.UnitDayRuns or CoverageStrategy.UnitBlocks or CoverageStrategy.NestedUnitBlocks ? new MatterCoverage?[layout.Groups] : null;
        var present = new ulong[parts][];
        var rated = new ulong[parts][];
        var marked = new ArraySegment<long>[parts];
        var markCounts = new int[parts][];
        var rowCounts = new int[parts][];
        // Partitions are cut at unit boundaries, so when the unit alone leads the grouping they write disjoint cells of one histogram.
        bool unitBlocks = plan.Counting is CountingStrategy.UnitDayRuns or CountingStrategy.UnitRows;
        int[]? shared = unitBlocks && layout.Dimensions == 1 ? new int[layout.Groups * classes] : null;
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, p =>
        {
            int start = bounds[p], end = bounds[p + 1];
            if (plan.Counting == CountingStrategy.SortedKeys)
            {
                counted[p] = SortedKeyCounting.Keys(data, layout, classes, start, end);
            }
            else if (plan.Counting == CountingStrategy.BucketedClasses)
            {
                rowCounts[p] = BucketedClassCounting.Count(layout, start, end);
            }
            else if (plan.Counting != CountingStrategy.HistogramInBlocks)
            {
                histograms[p] = shared ?? new int[layout.Groups * classes];
                if (unitBlocks)
                {
                    UnitBlockCounting.Count(data, layout, classes, start, end, histograms[p], byDayRuns: plan.Counting == CountingStrategy.UnitDayRuns);
                }
                else
                {
                    HistogramCounting.Count(data, layout, classes, start, end, histograms[p]);
                }
            }
            switch (plan.Coverage)
            {
                case CoverageStrategy.UnitDayRuns:
                    UnitDayRunCoverage.Mark(data, layout, words, start, end, coverageOfGroup!);
                    break;
                case CoverageStrategy.UnitBlocks:
                    UnitBlockCoverage.Mark(data, layout, words, start, end, coverageOfGroup!);
                    break;
                case CoverageStrategy.NestedUnitBlocks:
                    NestedUnitBlockCoverage.Mark(data, layout, words, start, end, coverageOfGroup!);
                    break;
                case CoverageStrategy.SortedMarks:
                    marked[p] = SortedMarkCoverage.Keys(data, layout, start, end);
                    break;
                case CoverageStrategy.BucketedMarks:
                    markCounts[p] = BucketedMarkCoverage.Count(data, layout, start, end);
                    break;
                case CoverageStrategy.Bitsets:
                    present[p] = new ulong[layout.Groups * words];
                    rated[p] = new ulong[layout.Groups * words];
                    BitsetCoverage.MarkRange(data, layout, words, start, end, present[p], rated[p]);
                    break;
            }
        });
        for (int p = 1; p < parts; p++)
        {
            if (shared is null && plan.Counting is not (CountingStrategy.SortedKeys or CountingStrategy.BucketedClasses or CountingStrategy.HistogramInBlocks))
            {
                HistogramCounting.Add(histograms[0], histograms[p]);
            }
            if (plan.Coverage == CoverageStrategy.Bitsets)
            {
                BitsetCoverage.Or(present[0], present[p]);
                BitsetCoverage.Or(rated[0], rated[p]);
            }
        }
        if (plan.Counting == CountingStrategy.HistogramInBlocks)
        {
            histograms[0] = BlockedHistogramCounting.Count(data, layout, classes, bounds);
        }
        if (plan.Coverage == CoverageStrategy.BucketedMarks)
        {
            coverageOfGroup = BucketedMarkCoverage.CoverageOf(data, layout, words, bounds, markCounts);
        }
        Dictionary<int, MatterCoverage>? sortedCoverage = plan.Coverage == CoverageStrategy.SortedMarks ? SortedMarkCoverage.CoverageOf(marked) : null;
        GroupCoverage coverageOf = plan.Coverage switch
        {
            CoverageStrategy.None => (_, _) => MatterCoverage.Empty,
            CoverageStrategy.MatterOfGroup => MatterOfGroupCoverage.For(data, layout),
            CoverageStrategy.UnitDayRuns or CoverageStrategy.UnitBlocks or CoverageStrategy.NestedUnitBlocks or CoverageStrategy.BucketedMarks => (g, _) => coverageOfGroup![g] ?? MatterCoverage.Empty,
            CoverageStrategy.SortedMarks => (g, _) => sortedCoverage!.GetValueOrDefault(g) ?? MatterCoverage.Empty,
            _ => (g, _) => MatterCoverage.FromBits(present[0].AsSpan(g * words, words), rated[0].AsSpan(g * words, words)) ?? MatterCoverage.Empty,
        };
        return plan.Counting switch
        {
            CountingStrategy.SortedKeys => new Counts(layout, classes, null, coverageOf, null, new SortedKeyGroups(data, layout, classes, counted, coverageOf)),
            CountingStrategy.BucketedClasses => new Counts(layout, classes, null, coverageOf, BucketedClassCounting.Expand(data, layout, classes, bounds, rowCounts, coverageOf, grouping)),
            _ => new Counts(layout, classes, histograms[0], coverageOf, null),
        };
    }

    /// <summary>The plan <see cref="Aggregate"/> follows for a batch and a grouping: its strategies and partitions.</summary>
    /// <param name="batch">The ratings.</param>
    /// <param name="grouping">How to group them.</param>
    /// <param name="options">How to run; <see cref="AggregationOptions.Default"/> when null.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="GroupingTooLargeException">The grouping has more than 2^31 - 1 possible groups.</exception>
    public static AggregationPlan Plan(RatingBatch batch, Grouping grouping, AggregationOptions? options = null) =>
        Prepare(batch, grouping, options ?? AggregationOptions.Default).Plan;

    private static (AggregationPlan Plan, GroupLayout Layout, int[] Bounds) Prepare(RatingBatch batch, Grouping grouping, AggregationOptions options)
    {
        Preconditions.CheckNotNull(batch, nameof(batch));
        Preconditions.CheckNotNull(grouping, nameof(grouping));
        var layout = new GroupLayout(batch.Data, grouping);
        // Groups are numbered as int, which bounds the possible groups.
        if (layout.PossibleGroups > int.MaxValue)
        {
            throw new GroupingTooLargeException($"Grouping by {string.Join(" x ", grouping.Dimensions)} with {grouping.Period?.ToString() ?? "no"} period gives {layout.PossibleGroups} possible groups, more than {int.MaxValue}. Group by fewer or smaller dimensions, or by a longer period.");
        }
        int parts = options.DegreeOfParallelism > 0 ? options.DegreeOfParallelism : Environment.ProcessorCount;
        int[] bounds = Bounds(batch, Math.Max(1, Math.Min(parts, (batch.Length / 65536) + 1)));
        return (AggregationPlanner.Plan(batch.Data, layout, options, bounds.Length - 1), layout, bounds);
    }

    /// <summary>Splits the batch's rows into contiguous partitions, cut at unit boundaries where the batch is long enough.</summary>
    private static int[] Bounds(RatingBatch batch, int parts)
    {
        var bounds = new List<int> { batch.Offset };
        int[] unitStarts = batch.Data.UnitStarts;
        int end = batch.Offset + batch.Length;
        for (int p = 1; p < parts; p++)
        {
            int target = batch.Offset + (int)((long)batch.Length * p / parts);
            int u = Array.BinarySearch(unitStarts, target);
            int cut = u >= 0 ? target : unitStarts[Math.Min(~u, unitStarts.Length - 1)];
            cut = Math.Clamp(cut, bounds[^1], end);
            if (cut > bounds[^1] && cut < end)
            {
                bounds.Add(cut);
            }
        }
        bounds.Add(end);
        return [.. bounds];
    }
}
