using System;
using System.Collections.Generic;
using System.Linq;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Aggregation.Strategies;
using Evaluation.Core.Catalog;
using Evaluation.Core.Metrics;
using Evaluation.Core.Periods;
using Evaluation.Core.Policies;
using Evaluation.Core.Ratings;
using Evaluation.Core.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Evaluation.Core.Tests.Aggregation;

/// <summary>
/// The aggregation planner's strategies: every applicable combination of a counting strategy and a coverage strategy
/// agrees with the LINQ reference, each strategy is taken when forced where it applies, and the plan
/// <see cref="RatingAggregator.Plan"/> reports is the one followed.
/// </summary>
[Properties(Arbitrary = new[] { typeof(RatingGenerators) }, MaxTest = 150)]
public class AggregationStrategyProperties
{
    private static readonly CountingStrategy[] Countings = Enum.GetValues<CountingStrategy>();
    private static readonly CoverageStrategy[] Coverages = [.. Enum.GetValues<CoverageStrategy>().Where(c => c != CoverageStrategy.None)];

    [Property]
    public Property Every_applicable_plan_agrees_with_the_LINQ_reference(RatingSet set, GroupingCase grouping, bool sortByDay)
    {
        RatingBatch batch = RatingGenerators.Build(set.Items, sortByDay: sortByDay);
        var expected = RatingAggregatorProperties.Reference(set.Items, grouping.Grouping, EvaluationPolicy.National);
        var layout = new GroupLayout(batch.Data, grouping.Grouping);
        var tried = new List<string>();
        foreach (CountingStrategy counting in Countings.Where(c => AggregationPlanner.Applies(c, batch.Data, layout)))
        {
            foreach (CoverageStrategy coverage in Coverages.Where(c => AggregationPlanner.Applies(c, batch.Data, layout)))
            {
                var options = new AggregationOptions(grouping.Parallelism) { ForceCounting = counting, ForceCoverage = coverage };
                AggregationResult actual = RatingAggregator.Aggregate(batch, grouping.Grouping, options);
                if (!Agrees(expected, actual))
                {
                    return false.Label($"{counting} with {coverage}: {grouping.Grouping.Dimensions.Length} dims, {grouping.Grouping.Period}, {set.Items.Length} ratings");
                }
                tried.Add(counting + "+" + coverage);
            }
        }
        return true.ToProperty().Collect(tried.Count);
    }

    /// <summary>
    /// Groups read on demand, as a report's rows read them, are the groups of the aggregation made whole, under every
    /// applicable plan: the same keys in the same order, and each group's tally and coverage, read from several threads.
    /// </summary>
    [Property]
    public Property Groups_read_on_demand_are_the_aggregations_groups_under_every_plan(RatingSet set, GroupingCase grouping, bool sortByDay)
    {
        RatingBatch batch = RatingGenerators.Build(set.Items, sortByDay: sortByDay);
        var layout = new GroupLayout(batch.Data, grouping.Grouping);
        foreach (CountingStrategy counting in Countings.Where(c => AggregationPlanner.Applies(c, batch.Data, layout)))
        {
            foreach (CoverageStrategy coverage in Coverages.Where(c => AggregationPlanner.Applies(c, batch.Data, layout)))
            {
                var options = new AggregationOptions(grouping.Parallelism) { ForceCounting = counting, ForceCoverage = coverage };
                AggregationResult whole = RatingAggregator.Aggregate(batch, grouping.Grouping, options);
                RatedGroups onDemand = RatingAggregator.AggregateOnDemand(batch, grouping.Grouping, options);
                (int, System.Collections.Immutable.ImmutableArray<string?>) last = default;
                var keys = Enumerable.Range(0, onDemand.Count).Select(i => onDemand.PartsAt(i, ref last)).Select(p => new GroupKey(p.Codes, p.Period)).ToArray();
                // Each thread reuses one room, as a writer of rows does: a group's tally is copied out before the next is read.
                var read = new (RatingTally Tally, MatterCoverage Coverage)[onDemand.Count];
                System.Threading.Tasks.Parallel.For(
                    0,
                    onDemand.Count,
                    () => new TallyRoom(),
                    (i, _, room) =>
                    {
                        (RatingTally tally, MatterCoverage groupCoverage) = onDemand.At(i, room);
                        read[i] = (RatingTally.FromCounts([.. tally.Counts]), groupCoverage);
                        return room;
                    },
                    _ => { });
                bool same = onDemand.Count == whole.Rows.Length
                    && whole.Rows.Select((row, i) => row.Key.Equals(keys[i]) && SameCounters(row.Tally, read[i].Tally) && row.Coverage.Equals(read[i].Coverage)).All(x => x);
                if (!same)
                {
                    return false.Label($"{counting} with {coverage}: {onDemand.Count} groups on demand, {whole.Rows.Length} whole");
                }
            }
        }
        return true.ToProperty();
    }

    [Property(MaxTest = 60)]
    public Property Counting_in_blocks_agrees_with_the_LINQ_reference_when_the_cells_fill_many_blocks(RatingSet set, bool sortByDay, bool twoParts)
    {
        RatingBatch batch = RatingGenerators.Build(set.Items, sortByDay: sortByDay);
        var grouping = new Grouping([GroupingDimension.Unit, GroupingDimension.Matter], ReportingPeriodKind.Day);
        var options = new AggregationOptions(twoParts ? 2 : 1) { ForceCounting = CountingStrategy.HistogramInBlocks };
        long cells = RatingAggregator.Plan(batch, grouping, options).PossibleGroups * Math.Max(1, batch.Data.ClassProfiles.Length);
        bool same = Agrees(RatingAggregatorProperties.Reference(set.Items, grouping, EvaluationPolicy.National), RatingAggregator.Aggregate(batch, grouping, options));
        return same.Label($"{set.Items.Length} ratings, {cells} cells").Classify(cells > 4 * BlockedHistogramCounting.BlockCells, "more than four blocks");
    }

    /// <summary>
    /// Rule: a grouping by a department or a window, each of one unit, is covered a unit's block (or period) at a time,
    /// and agrees with the LINQ reference by every period, sorted by day or not, on one partition or several; a code met
    /// in two units' rows makes the planner choose another strategy, and forcing this one is refused.
    /// </summary>
    [Property(MaxTest = 100)]
    public Property Nested_unit_blocks_cover_a_grouping_whose_codes_each_lie_within_one_unit(
        bool department, ReportingPeriodKind? period, bool sortByDay, bool shared, PositiveInt parallelism) =>
        Prop.ForAll(RatingGenerators.RatedFact(nested: !shared).ArrayOf().ToArbitrary(), items =>
            NestedUnitBlocksAgree(items, department, period, sortByDay, 1 + (parallelism.Get % 4)));

    private static Property NestedUnitBlocksAgree(RatedFact[] items, bool department, ReportingPeriodKind? period, bool sortByDay, int parallelism)
    {
        RatingBatch batch = RatingGenerators.Build(items, sortByDay: sortByDay);
        var grouping = Grouping.By(department ? GroupingDimension.Department : GroupingDimension.Window, period);
        var options = new AggregationOptions(parallelism);
        var layout = new GroupLayout(batch.Data, grouping);
        bool nests = batch.Data.NestsInUnits(grouping.Dimensions[0]);
        bool applies = AggregationPlanner.Applies(CoverageStrategy.NestedUnitBlocks, batch.Data, layout);
        AggregationPlan plan = RatingAggregator.Plan(batch, grouping, options);
        if (!nests)
        {
            bool refused = Record.Exception(() => RatingAggregator.Plan(batch, grouping, options with { ForceCoverage = CoverageStrategy.NestedUnitBlocks })) is InvalidOperationException;
            return (!applies && plan.Coverage != CoverageStrategy.NestedUnitBlocks && refused).Label($"shared codes: planned {plan.Coverage}").Classify(true, "codes span units");
        }
        bool same = Agrees(RatingAggregatorProperties.Reference(items, grouping, EvaluationPolicy.National), RatingAggregator.Aggregate(batch, grouping, options));
        return (applies && plan.Coverage == CoverageStrategy.NestedUnitBlocks && same).Label($"nested: planned {plan.Coverage}, agrees {same}").Classify(true, "codes nest in units");
    }

    [Fact]
    public void Codes_nest_in_units_only_when_no_code_appears_under_two_units()
    {
        RatedFact[] nested = RatingGenerators.RatedFact(nested: true).ArrayOf(300).Sample(1, 1).Single();
        RatingBatch batch = RatingGenerators.Build(nested);
        Assert.True(batch.Data.NestsInUnits(GroupingDimension.Department));
        Assert.True(batch.Data.NestsInUnits(GroupingDimension.Window));
        Assert.True(batch.Data.NestsInUnits(GroupingDimension.Unit));
        // One rating of unit 2 names a department of unit 3.
        RatedFact moved = nested.First(f => f.Rating.UnitCode.Value == "U2");
        RatedFact stray = moved with { Rating = new Rating(
            RatingId.Parse("R-stray"), moved.Rating.UnitCode, moved.Rating.Channel, moved.Rating.Level, moved.Rating.Origin, moved.Rating.RatedAt,
            moved.Rating.IsRealName, moved.Rating.CaseNumber, moved.Rating.MatterCode, DepartmentCode.Parse("D3-1"), moved.Rating.WindowCode) };
        RatingBatch mixed = RatingGenerators.Build([.. nested, stray]);
        Assert.False(mixed.Data.NestsInUnits(GroupingDimension.Department));
        Assert.True(mixed.Data.NestsInUnits(GroupingDimension.Window));
        Assert.NotEqual(CoverageStrategy.NestedUnitBlocks, RatingAggregator.Plan(mixed, Grouping.By(GroupingDimension.Department, ReportingPeriodKind.Month)).Coverage);
        Assert.Equal(CoverageStrategy.NestedUnitBlocks, RatingAggregator.Plan(mixed, Grouping.By(GroupingDimension.Window, ReportingPeriodKind.Month)).Coverage);
        // However the units are shared out to be checked, the stray code is found, within a share or across two.
        Assert.All(Enumerable.Range(1, 5), shares =>
        {
            Assert.False(mixed.Data.CodesNestInUnits(GroupingDimension.Department, shares));
            Assert.True(mixed.Data.CodesNestInUnits(GroupingDimension.Window, shares));
            Assert.True(batch.Data.CodesNestInUnits(GroupingDimension.Department, shares));
        });
    }

    public static TheoryData<CountingStrategy> CountingStrategies => [.. Countings];

    public static TheoryData<CoverageStrategy> CoverageStrategies => [.. Coverages];

    [Theory]
    [MemberData(nameof(CountingStrategies))]
    public void A_forced_counting_strategy_is_followed_and_agrees_with_the_reference(CountingStrategy counting) =>
        AssertForcedPlan(new AggregationOptions(2) { ForceCounting = counting }, plan => Assert.Equal(counting, plan.Counting));

    [Theory]
    [MemberData(nameof(CoverageStrategies))]
    public void A_forced_coverage_strategy_is_followed_and_agrees_with_the_reference(CoverageStrategy coverage) =>
        AssertForcedPlan(new AggregationOptions(2) { ForceCoverage = coverage }, plan => Assert.Equal(coverage, plan.Coverage));

    [Fact]
    public void The_planner_takes_the_unit_strategies_for_a_unit_grouping_the_class_counts_for_a_matter_grouping_and_buckets_or_sorting_beyond_the_limits()
    {
        (RatingBatch batch, _) = Sample();
        AggregationPlan byUnit = RatingAggregator.Plan(batch, Grouping.By(GroupingDimension.Unit, ReportingPeriodKind.Month));
        AggregationPlan byMatter = RatingAggregator.Plan(batch, Grouping.By(GroupingDimension.Matter));
        AggregationPlan byMatterAndDay = RatingAggregator.Plan(batch, Grouping.By(GroupingDimension.Matter, ReportingPeriodKind.Day));
        AggregationPlan beyondCache = RatingAggregator.Plan(batch, Grouping.By(GroupingDimension.Department), new AggregationOptions { CachedCounterLimit = 0 });
        AggregationPlan beyond = RatingAggregator.Plan(batch, Grouping.By(GroupingDimension.Department), new AggregationOptions { CounterLimit = 0, CoverageBitsetLimit = 0 });
        AggregationPlan beyondBuckets = RatingAggregator.Plan(batch, Grouping.By(GroupingDimension.Department), new AggregationOptions { CounterLimit = 0, CoverageBitsetLimit = 0, BucketedGroupLimit = 0 });
        AggregationPlan byMatterBeyond = RatingAggregator.Plan(batch, Grouping.By(GroupingDimension.Matter), new AggregationOptions { CounterLimit = 0, CoverageBitsetLimit = 0 });
        AggregationPlan byMatterBeyondBuckets = RatingAggregator.Plan(batch, Grouping.By(GroupingDimension.Matter), new AggregationOptions { CounterLimit = 0, CoverageBitsetLimit = 0, BucketedGroupLimit = 0 });

        Assert.Equal((CountingStrategy.UnitDayRuns, CoverageStrategy.UnitDayRuns), (byUnit.Counting, byUnit.Coverage));
        Assert.Equal((CountingStrategy.Histogram, CoverageStrategy.MatterOfGroup), (byMatter.Counting, byMatter.Coverage));
        Assert.True(byMatterAndDay.PossibleGroups * batch.Data.ClassProfiles.Length > AggregationOptions.Default.CachedCounterLimit);
        Assert.Equal((CountingStrategy.HistogramInBlocks, CoverageStrategy.MatterOfGroup), (byMatterAndDay.Counting, byMatterAndDay.Coverage));
        Assert.Equal(CountingStrategy.HistogramInBlocks, beyondCache.Counting);
        Assert.Equal((CountingStrategy.BucketedClasses, CoverageStrategy.BucketedMarks), (beyond.Counting, beyond.Coverage));
        Assert.Equal((CountingStrategy.SortedKeys, CoverageStrategy.SortedMarks), (beyondBuckets.Counting, beyondBuckets.Coverage));
        Assert.Equal((CountingStrategy.BucketedClasses, CoverageStrategy.MatterOfGroup), (byMatterBeyond.Counting, byMatterBeyond.Coverage));
        Assert.Equal((CountingStrategy.SortedKeys, CoverageStrategy.MatterOfGroup), (byMatterBeyondBuckets.Counting, byMatterBeyondBuckets.Coverage));
        Assert.Equal(CoverageStrategy.None, RatingAggregator.Plan(batch, Grouping.Total, new AggregationOptions(IncludeCoverage: false)).Coverage);
        (RatingBatch nested, _) = Sample(nested: true);
        Assert.Equal(CoverageStrategy.NestedUnitBlocks, RatingAggregator.Plan(nested, Grouping.By(GroupingDimension.Department, ReportingPeriodKind.Month)).Coverage);
        Assert.Equal(CoverageStrategy.NestedUnitBlocks, RatingAggregator.Plan(nested, Grouping.By(GroupingDimension.Window)).Coverage);
        Assert.Equal(CoverageStrategy.UnitDayRuns, RatingAggregator.Plan(nested, Grouping.By(GroupingDimension.Unit, ReportingPeriodKind.Month)).Coverage);
        // Its room grows with the possible groups: beyond the limit of groups counted, the marks are sorted instead.
        Assert.Equal(
            CoverageStrategy.SortedMarks,
            RatingAggregator.Plan(nested, Grouping.By(GroupingDimension.Department, ReportingPeriodKind.Day), new AggregationOptions { CoverageBitsetLimit = 0, BucketedGroupLimit = 0 }).Coverage);
        Assert.Contains("counting UnitDayRuns, coverage UnitDayRuns", byUnit.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_forced_strategy_that_does_not_apply_is_refused()
    {
        (RatingBatch batch, _) = Sample();
        Assert.Throws<InvalidOperationException>(() =>
            RatingAggregator.Plan(batch, Grouping.By(GroupingDimension.Matter), new AggregationOptions { ForceCounting = CountingStrategy.UnitRows }));
    }

    private static (RatingBatch Batch, RatedFact[] Items) Sample(bool nested = false)
    {
        RatedFact[] items = RatingGenerators.RatedFact(nested).ArrayOf(400).Sample(1, 1).Single();
        return (RatingGenerators.Build(items), items);
    }

    /// <summary>An aggregation's rows are the reference's groups, in key order, with the same tallies and coverage.</summary>
    private static bool Agrees(Dictionary<GroupKey, (RatingTally Tally, long Present, long Rated)> expected, AggregationResult actual) =>
        actual.Rows.Length == expected.Count
        && actual.Rows.Zip(actual.Rows.Skip(1)).All(p => GroupKey.Ordering.Compare(p.First.Key, p.Second.Key) < 0)
        && actual.Rows.All(row => expected.TryGetValue(row.Key, out var e) && e.Tally.Equals(row.Tally) && SameCounters(e.Tally, row.Tally)
            && e.Present == row.Coverage.MattersWithRatings && e.Rated == row.Coverage.MattersRated);

    /// <summary>
    /// Two tallies hold the same counters read one at a time and as a list, not only by equality: an aggregation's tallies
    /// share blocks of counters, each at its own place.
    /// </summary>
    private static bool SameCounters(RatingTally expected, RatingTally actual) =>
        Enum.GetValues<TallyCounter>().All(c => expected[c] == actual[c]) && expected.Counts.SequenceEqual(actual.Counts);

    /// <summary>
    /// By unit and month (by unit, matter and month for a strategy that needs the matter), on a sample batch: the plan is
    /// the one forced, and its result is the reference's.
    /// </summary>

    private static void AssertForcedPlan(AggregationOptions options, Action<AggregationPlan> isForced)
    {
        (RatingBatch batch, RatedFact[] items) = Sample(nested: options.ForceCoverage == CoverageStrategy.NestedUnitBlocks);
        Grouping grouping = options.ForceCoverage switch
        {
            CoverageStrategy.MatterOfGroup => new Grouping([GroupingDimension.Unit, GroupingDimension.Matter], ReportingPeriodKind.Month),
            CoverageStrategy.NestedUnitBlocks => Grouping.By(GroupingDimension.Department, ReportingPeriodKind.Month),
            _ => Grouping.By(GroupingDimension.Unit, ReportingPeriodKind.Month),
        };
        isForced(RatingAggregator.Plan(batch, grouping, options));
        var expected = RatingAggregatorProperties.Reference(items, grouping, EvaluationPolicy.National);
        AggregationResult actual = RatingAggregator.Aggregate(batch, grouping, options);
        Assert.Equal(expected.Count, actual.Rows.Length);
        Assert.All(actual.Rows, row =>
        {
            Assert.Equal(expected[row.Key].Tally, row.Tally);
            Assert.True(SameCounters(expected[row.Key].Tally, row.Tally));
            Assert.Equal(expected[row.Key].Present, row.Coverage.MattersWithRatings);
            Assert.Equal(expected[row.Key].Rated, row.Coverage.MattersRated);
        });
    }
}
