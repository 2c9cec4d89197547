using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Metrics;
using Evaluation.Core.Periods;
using Evaluation.Core.Policies;
using Evaluation.Core.Ratings;
using Evaluation.Core.Rectification;
using Evaluation.Core.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Evaluation.Core.Tests.Aggregation;

[Properties(Arbitrary = new[] { typeof(RatingGenerators) }, MaxTest = 200)]
public class RatingAggregatorProperties
{
    [Property]
    public bool Merge_is_associative(RatingTally a, RatingTally b, RatingTally c) =>
        a.Merge(b).Merge(c).Equals(a.Merge(b.Merge(c)));

    [Property]
    public bool Merge_is_commutative(RatingTally a, RatingTally b) => a.Merge(b).Equals(b.Merge(a));

    [Property]
    public bool Empty_is_the_identity_of_merge(RatingTally a) =>
        a.Merge(RatingTally.Empty).Equals(a) && RatingTally.Empty.Merge(a).Equals(a);

    [Property]
    public Property The_engine_agrees_with_a_plain_LINQ_reference(RatingSet set, GroupingCase grouping, bool sortByDay)
    {
        RatingBatch batch = RatingGenerators.Build(set.Items, sortByDay: sortByDay);
        AggregationResult actual = RatingAggregator.Aggregate(batch, grouping.Grouping, new AggregationOptions(grouping.Parallelism));
        Dictionary<GroupKey, (RatingTally Tally, long Present, long Rated)> expected = Reference(set.Items, grouping.Grouping, EvaluationPolicy.National);
        bool ordered = actual.Rows.Zip(actual.Rows.Skip(1)).All(p => GroupKey.Ordering.Compare(p.First.Key, p.Second.Key) < 0);
        bool same = ordered && actual.Rows.Length == expected.Count && actual.Rows.All(row =>
            expected.TryGetValue(row.Key, out var e)
            && e.Tally.Equals(row.Tally)
            && e.Present == row.Coverage.MattersWithRatings
            && e.Rated == row.Coverage.MattersRated);
        return same.Label($"{grouping.Grouping.Dimensions.Length} dims, {grouping.Grouping.Period}, {set.Items.Length} ratings, sorted by day: {sortByDay}");
    }

    [Property]
    public Property Coverage_found_by_sorting_marked_rows_equals_coverage_marked_in_bitsets(RatingSet set, GroupingCase grouping, bool sortByDay)
    {
        RatingBatch batch = RatingGenerators.Build(set.Items, sortByDay: sortByDay);
        AggregationResult bitsets = RatingAggregator.Aggregate(batch, grouping.Grouping, new AggregationOptions(grouping.Parallelism));
        AggregationResult sorted = RatingAggregator.Aggregate(batch, grouping.Grouping, new AggregationOptions(grouping.Parallelism) { CoverageBitsetLimit = 0 });
        bool same = bitsets.Rows.Length == sorted.Rows.Length
            && bitsets.Rows.Zip(sorted.Rows).All(p => p.First.Key.Equals(p.Second.Key) && p.First.Tally.Equals(p.Second.Tally) && p.First.Coverage.Equals(p.Second.Coverage))
            && bitsets.TotalCoverage.Equals(sorted.TotalCoverage);
        return same.Label($"{grouping.Grouping.Dimensions.Length} dims, {grouping.Grouping.Period}, {set.Items.Length} ratings");
    }

    [Property]
    public Property Groups_found_by_sorting_rows_equal_groups_counted_in_a_histogram(RatingSet set, GroupingCase grouping, bool sortByDay)
    {
        RatingBatch batch = RatingGenerators.Build(set.Items, sortByDay: sortByDay);
        AggregationResult histogram = RatingAggregator.Aggregate(batch, grouping.Grouping, new AggregationOptions(grouping.Parallelism));
        AggregationResult sorted = RatingAggregator.Aggregate(batch, grouping.Grouping, new AggregationOptions(grouping.Parallelism) { CounterLimit = 0, CoverageBitsetLimit = 0 });
        bool same = histogram.Rows.Length == sorted.Rows.Length
            && histogram.Rows.Zip(sorted.Rows).All(p => p.First.Key.Equals(p.Second.Key) && p.First.Tally.Equals(p.Second.Tally) && p.First.Coverage.Equals(p.Second.Coverage));
        return same.Label($"{grouping.Grouping.Dimensions.Length} dims, {grouping.Grouping.Period}, {set.Items.Length} ratings");
    }

    [Property]
    public Property Aggregating_any_split_and_merging_equals_aggregating_whole(RatingSet set, GroupingCase grouping, NonNegativeInt cut)
    {
        RatingBatch batch = RatingGenerators.Build(set.Items);
        int at = set.Items.Length == 0 ? 0 : cut.Get % (set.Items.Length + 1);
        AggregationResult whole = RatingAggregator.Aggregate(batch, grouping.Grouping);
        AggregationResult left = RatingAggregator.Aggregate(batch.Slice(0, at), grouping.Grouping, new AggregationOptions(grouping.Parallelism));
        AggregationResult right = RatingAggregator.Aggregate(batch.Slice(at, set.Items.Length - at), grouping.Grouping, new AggregationOptions(1));
        AggregationResult merged = right.Merge(left);
        bool same = merged.Rows.Length == whole.Rows.Length
            && merged.Rows.Zip(whole.Rows).All(p => p.First.Key.Equals(p.Second.Key) && p.First.Tally.Equals(p.Second.Tally) && p.First.Coverage.Equals(p.Second.Coverage));
        return same.Label($"cut at {at} of {set.Items.Length}");
    }

    [Property]
    public bool The_result_does_not_depend_on_record_order(RatingSet set, GroupingCase grouping)
    {
        AggregationResult forward = RatingAggregator.Aggregate(RatingGenerators.Build(set.Items), grouping.Grouping);
        AggregationResult backward = RatingAggregator.Aggregate(RatingGenerators.Build([.. set.Items.Reverse()]), grouping.Grouping, new AggregationOptions(3));
        return forward.Total.Equals(backward.Total)
            && forward.Rows.Select(r => r.Key).SequenceEqual(backward.Rows.Select(r => r.Key))
            && forward.Rows.Zip(backward.Rows).All(p => p.First.Tally.Equals(p.Second.Tally) && p.First.Coverage.Rate == p.Second.Coverage.Rate);
    }

    [Property]
    public bool Every_rate_lies_between_zero_and_one(RatingSet set)
    {
        RatingTally t = RatingAggregator.Aggregate(RatingGenerators.Build(set.Items), Grouping.Total).Total;
        Rate[] rates = [t.ActiveRatingRate(), t.GoodRate(), t.BadRate(), t.NeutralRate(), t.SatisfactionRate(), t.RectificationRate(), t.OnTimeRectificationRate(), t.RealNameFollowUpRate()];
        return rates.All(r => !r.IsApplicable || (r.Value >= 0 && r.Value <= 1));
    }

    internal static Dictionary<GroupKey, (RatingTally Tally, long Present, long Rated)> Reference(RatedFact[] items, Grouping grouping, EvaluationPolicy policy) =>
        items.GroupBy(i => new GroupKey(
                [.. RatingGenerators.KeyOf(i.Rating, grouping)],
                grouping.Period is ReportingPeriodKind k ? ReportingPeriod.Containing(k, i.Rating.RatedAt) : null))
            .ToDictionary(g => g.Key, g =>
            {
                var valid = g.Where(i => !i.Facts.IsVoid).ToList();
                bool Bad(RatedFact i) => policy.SentimentOf(i.Rating.Level) == Sentiment.Bad;
                var counts = new long[RatingTally.CounterCount];
                void Set(TallyCounter c, long v) => counts[(int)c] = v;
                Set(TallyCounter.Ratings, valid.Count);
                Set(TallyCounter.ActiveRatings, valid.Count(i => i.Rating.Origin == RatingOrigin.Active));
                Set(TallyCounter.DefaultRatings, valid.Count(i => i.Rating.Origin == RatingOrigin.Default));
                Set(TallyCounter.Good, valid.Count(i => policy.SentimentOf(i.Rating.Level) == Sentiment.Good));
                Set(TallyCounter.Neutral, valid.Count(i => policy.SentimentOf(i.Rating.Level) == Sentiment.Neutral));
                Set(TallyCounter.Bad, valid.Count(Bad));
                Set(TallyCounter.ExcludedByAppeal, g.Count(i => i.Facts.IsVoid));
                for (int level = 1; level <= 5; level++)
                {
                    Set(TallyCounter.Level1 + level - 1, valid.Count(i => (int)i.Rating.Level == level));
                }
                Set(TallyCounter.ScoreSum, valid.Sum(i => (long)policy.ScoreOf(i.Rating.Level)));
                Set(TallyCounter.OnSiteRatings, valid.Count(i => i.Rating.Channel.IsOnSite()));
                Set(TallyCounter.StaticQrRatings, valid.Count(i => i.Rating.Channel == RatingChannel.QrStatic));
                Set(TallyCounter.StaticQrGood, valid.Count(i => i.Rating.Channel == RatingChannel.QrStatic && policy.SentimentOf(i.Rating.Level) == Sentiment.Good));
                Set(TallyCounter.StaticQrBad, valid.Count(i => i.Rating.Channel == RatingChannel.QrStatic && Bad(i)));
                Set(TallyCounter.CaseRatings, valid.Count(i => i.Rating.IsLinkedToCase));
                Set(TallyCounter.CaseActiveRatings, valid.Count(i => i.Rating.IsLinkedToCase && i.Rating.Origin == RatingOrigin.Active));
                Set(TallyCounter.CaseBad, valid.Count(i => i.Rating.IsLinkedToCase && Bad(i)));
                Set(TallyCounter.RealNameBad, valid.Count(i => Bad(i) && i.Rating.IsRealName));
                Set(TallyCounter.RealNameBadVerified, valid.Count(i => Bad(i) && i.Rating.IsRealName && i.Facts.IsVerified));
                Set(TallyCounter.BadRectified, valid.Count(i => Bad(i) && i.Facts.Rectification is RectificationState.DoneOnTime or RectificationState.DoneLate));
                Set(TallyCounter.BadRectifiedOnTime, valid.Count(i => Bad(i) && i.Facts.Rectification == RectificationState.DoneOnTime));
                Set(TallyCounter.BadOverdue, valid.Count(i => Bad(i) && i.Facts.Rectification == RectificationState.Overdue));
                var linked = valid.Where(i => i.Rating.MatterCode is not null).ToList();
                long present = linked.Select(i => i.Rating.MatterCode).Distinct().Count();
                long rated = linked.Where(i => i.Rating.Origin == RatingOrigin.Active).Select(i => i.Rating.MatterCode).Distinct().Count();
                return (RatingTally.FromCounts(counts), present, rated);
            });
}

[Properties(Arbitrary = new[] { typeof(RatingGenerators) }, MaxTest = 100)]
public class RatingBatchBuilderProperties
{
    [Property]
    public Property Adding_in_parallel_parts_builds_the_same_batch_as_adding_one_by_one(RatingSet set, GroupingCase grouping, PositiveInt parts)
    {
        RatedFact[] items = set.Items;
        RatingBatch oneByOne = RatingGenerators.Build(items);
        var builder = new RatingBatch.Builder(EvaluationPolicy.National);
        builder.Add(items.FirstOrDefault()?.Rating ?? RatingGenerators.RatedFact().Sample(1, 1)[0].Rating);
        builder.AddRange([.. items.Select(i => i.Rating)], [.. items.Select(i => i.Facts)], 1, 1 + (parts.Get % 4));
        RatingBatch inParts = builder.Build();
        var first = items.Take(1).Select(i => new RatedFact(i.Rating, RatingFacts.Valid)).ToArray();
        RatingBatch expected = RatingGenerators.Build([.. first, .. items]);
        bool same = items.Length == 0 || SameRows(expected, inParts, grouping);
        return (same && oneByOne.Length == items.Length).Label($"{items.Length} ratings in {1 + (parts.Get % 4)} parts");
    }

    [Property]
    public Property Adding_ratings_by_their_fields_in_parallel_parts_builds_the_same_batch_as_adding_them_one_by_one(
        RatingSet set, GroupingCase grouping, PositiveInt parts)
    {
        RatedFact[] items = set.Items;
        RatingBatch expected = RatingGenerators.Build(items);
        RatingBatch byFields = new RatingBatch.Builder(EvaluationPolicy.National)
            .AddRange(items.Length, i => (RatingFields.Of(items[i].Rating), items[i].Facts), 1, 1 + (parts.Get % 4))
            .Build();
        return (SameRows(expected, byFields, grouping) && byFields.Length == items.Length)
            .Label($"{items.Length} ratings by their fields in {1 + (parts.Get % 4)} parts");
    }

    /// <summary>Whether two batches aggregate to the same rows: keys, tallies and coverage.</summary>
    private static bool SameRows(RatingBatch expected, RatingBatch actual, GroupingCase grouping)
    {
        AggregationResult a = RatingAggregator.Aggregate(expected, grouping.Grouping);
        AggregationResult b = RatingAggregator.Aggregate(actual, grouping.Grouping);
        return a.Rows.Length == b.Rows.Length
            && a.Rows.Zip(b.Rows).All(p => p.First.Key.Equals(p.Second.Key) && p.First.Tally.Equals(p.Second.Tally) && p.First.Coverage.Rate == p.Second.Coverage.Rate);
    }
}
