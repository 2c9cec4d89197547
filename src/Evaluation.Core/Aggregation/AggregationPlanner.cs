using System;
using Evaluation.Core.Aggregation.Strategies;

namespace Evaluation.Core.Aggregation;

/// <summary>
/// Chooses an aggregation's strategies from the grouping's shape and the batch's order: the unit-block strategies when the
/// unit leads the grouping (their day-run forms when each unit's rows are sorted by day and the unit alone groups); for
/// the coverage of a grouping by a department or a window of one unit, that unit's block of rows at a time while the
/// possible groups are few enough to count; a histogram and bitsets while every possible group fits the options' limits
/// (in blocks of cells when it outgrows the cache), buckets by group or sorted keys beyond them; a grouping by the matter
/// reads each group's coverage off its class counts. Tests may force a strategy where it applies.
/// </summary>
internal static class AggregationPlanner
{
    internal static AggregationPlan Plan(RatingBatch.Columns data, GroupLayout layout, AggregationOptions options, int partitions)
    {
        int classes = Math.Max(data.ClassProfiles.Length, 1);
        int words = (data.Matters.Count + 63) >> 6;
        CountingStrategy counting = options.ForceCounting ?? (
            layout.PossibleGroups * classes > options.CounterLimit
                ? layout.PossibleGroups <= options.BucketedGroupLimit && classes <= BucketedClassCounting.MaxClasses ? CountingStrategy.BucketedClasses : CountingStrategy.SortedKeys
            : CountsByUnitBlocks(layout) && data.DayRunStarts is not null ? CountingStrategy.UnitDayRuns
            : CountsByUnitBlocks(layout) ? CountingStrategy.UnitRows
            : layout.PossibleGroups * classes > options.CachedCounterLimit ? CountingStrategy.HistogramInBlocks
            : CountingStrategy.Histogram);
        bool unitBlocksFit = CoversByUnitBlocks(layout) && (long)layout.GroupsPerUnit * words <= options.CoverageBitsetLimit && layout.Groups <= options.CoverageBitsetLimit;
        CoverageStrategy coverage = !options.IncludeCoverage ? CoverageStrategy.None : options.ForceCoverage ?? (
            layout.HasMatter ? CoverageStrategy.MatterOfGroup
            : unitBlocksFit && CoversByDayRuns(data, layout) ? CoverageStrategy.UnitDayRuns
            : unitBlocksFit ? CoverageStrategy.UnitBlocks
            : layout.PossibleGroups <= options.BucketedGroupLimit && CoversByNestedUnitBlocks(data, layout) ? CoverageStrategy.NestedUnitBlocks
            : (long)layout.Groups * words > options.CoverageBitsetLimit
                ? layout.PossibleGroups <= options.BucketedGroupLimit ? CoverageStrategy.BucketedMarks : CoverageStrategy.SortedMarks
            : CoverageStrategy.Bitsets);
        if (!Applies(counting, data, layout) || !Applies(coverage, data, layout))
        {
            throw new InvalidOperationException($"Counting {counting} with coverage {coverage} does not apply to this batch and grouping.");
        }
        return new AggregationPlan(counting, coverage, partitions, layout.PossibleGroups);
    }

    /// <summary>Whether a counting strategy can count this batch by this grouping.</summary>
    internal static bool Applies(CountingStrategy counting, RatingBatch.Columns data, GroupLayout layout) => counting switch
    {
        CountingStrategy.UnitDayRuns => CountsByUnitBlocks(layout) && data.DayRunStarts is not null,
        CountingStrategy.UnitRows => CountsByUnitBlocks(layout),
        _ => true,
    };

    /// <summary>Whether a coverage strategy can mark this batch's matters by this grouping.</summary>
    internal static bool Applies(CoverageStrategy coverage, RatingBatch.Columns data, GroupLayout layout) => coverage switch
    {
        CoverageStrategy.UnitDayRuns => CoversByUnitBlocks(layout) && CoversByDayRuns(data, layout),
        CoverageStrategy.UnitBlocks => CoversByUnitBlocks(layout),
        CoverageStrategy.MatterOfGroup => layout.HasMatter,
        CoverageStrategy.NestedUnitBlocks => CoversByNestedUnitBlocks(data, layout),
        _ => true,
    };

    private static bool CountsByUnitBlocks(GroupLayout layout) => layout.LedByUnit && layout.Dimensions <= 1;

    private static bool CoversByUnitBlocks(GroupLayout layout) => layout.LedByUnit && layout.Dimensions > 0;

    /// <summary>
    /// Whether the grouping is by one dimension held in integers, other than the unit, whose codes each lie within one
    /// unit's rows (checked once per batch and dimension, in a pass over its column).
    /// </summary>
    private static bool CoversByNestedUnitBlocks(RatingBatch.Columns data, GroupLayout layout) =>
        layout.Dimensions == 1 && !layout.LedByUnit && layout.Keys[0] is int[] && data.NestsInUnits(layout.GroupedBy[0]);

    private static bool CoversByDayRuns(RatingBatch.Columns data, GroupLayout layout) => data.DayRunStarts is not null && layout.Dimensions == 1;
}
