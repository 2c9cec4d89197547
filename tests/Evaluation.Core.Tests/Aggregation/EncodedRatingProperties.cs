using System;
using System.Collections.Generic;
using System.Linq;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Catalog;
using Evaluation.Core.Metrics;
using Evaluation.Core.Periods;
using Evaluation.Core.Policies;
using Evaluation.Core.Ratings;
using Evaluation.Core.Rectification;
using Evaluation.Core.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Evaluation.Core.Tests.Aggregation;

[Properties(Arbitrary = new[] { typeof(RatingGenerators) }, MaxTest = 100)]
public class EncodedRatingProperties
{
    [Property]
    public Property Adding_encoded_ratings_in_parts_builds_the_same_batch_as_adding_them_one_by_one(RatingSet set, GroupingCase grouping, PositiveInt parts, int shuffle)
    {
        RatedFact[] items = set.Items;
        ReaderLists lists = ReaderLists.Of(items, new Random(shuffle));
        int partCount = 1 + (parts.Get % 4);
        RatingBatch encoded = lists.AddTo(new RatingBatch.Builder(EvaluationPolicy.National), items, 0, items.Length, partCount).Build();
        return (SameAggregates(RatingGenerators.Build(items), encoded, grouping.Grouping) && encoded.Length == items.Length).Label($"{items.Length} ratings in {partCount} parts");
    }

    [Property]
    public Property Encoded_ratings_written_straight_in_order_make_the_rows_of_the_batch_ordered_afterwards(RatingSet set, PositiveInt split, int shuffle)
    {
        RatedFact[] items = set.Items;
        ReaderLists lists = ReaderLists.Of(items, new Random(shuffle));
        int k = items.Length == 0 ? 0 : split.Get % (items.Length + 1);
        RatingBatch Built(long budget, bool sortByDay) =>
            lists.AddTo(lists.AddTo(new RatingBatch.Builder(EvaluationPolicy.National) { InUnitOrderBudget = budget, SortByDay = sortByDay }, items, 0, k, 2), items, k, items.Length, 3).Build();
        return Prop.ForAll(Gen.Elements(true, false).ToArbitrary(), sortByDay =>
        {
            RatingBatch straight = Built(long.MaxValue, sortByDay);
            RatingBatch ordered = Built(0, sortByDay);
            return (RowsOf(straight).SequenceEqual(RowsOf(ordered))
                && straight.Data.UnitStarts.SequenceEqual(ordered.Data.UnitStarts)
                && (straight.Data.DayRunStarts ?? []).SequenceEqual(ordered.Data.DayRunStarts ?? [])
                && (straight.Data.DayRunStarts is null) == (ordered.Data.DayRunStarts is null))
                .Label($"{items.Length} ratings in sources of {k} and {items.Length - k}; by day: {sortByDay}");
        });
    }

    [Property]
    public Property Encoded_ratings_mixed_with_ratings_added_one_by_one_build_the_same_batch(RatingSet set, GroupingCase grouping, PositiveInt split, int shuffle)
    {
        RatedFact[] items = set.Items;
        ReaderLists lists = ReaderLists.Of(items, new Random(shuffle));
        int k = items.Length == 0 ? 0 : split.Get % (items.Length + 1);
        var encodedFirst = lists.AddTo(new RatingBatch.Builder(EvaluationPolicy.National), items, 0, k, 2);
        foreach (RatedFact item in items[k..])
        {
            encodedFirst.Add(item.Rating, item.Facts);
        }
        var encodedLast = new RatingBatch.Builder(EvaluationPolicy.National);
        foreach (RatedFact item in items[..k])
        {
            encodedLast.Add(item.Rating, item.Facts);
        }
        lists.AddTo(encodedLast, items, k, items.Length, 2);
        Assert.Equal(items.Length, encodedFirst.Count);
        Assert.Equal(items.Length, encodedLast.Count);
        // The same ratings all in encoded form, in the order added: the lists hold every code, so the indices agree.
        RatingBatch allEncoded = lists.AddTo(lists.AddTo(new RatingBatch.Builder(EvaluationPolicy.National) { InUnitOrderBudget = 0 }, items, 0, k, 2), items, k, items.Length, 2).Build();
        RatingBatch expected = RatingGenerators.Build(items);
        RatingBatch first = encodedFirst.Build();
        return (SameAggregates(expected, first, grouping.Grouping) && SameAggregates(expected, encodedLast.Build(), grouping.Grouping)
            && RowsOf(first).SequenceEqual(RowsOf(allEncoded)))
            .Label($"{items.Length} ratings, {k} of them first");
    }

    private static bool SameAggregates(RatingBatch expectedBatch, RatingBatch actualBatch, Grouping grouping)
    {
        AggregationResult expected = RatingAggregator.Aggregate(expectedBatch, grouping);
        AggregationResult actual = RatingAggregator.Aggregate(actualBatch, grouping);
        return expected.Rows.Length == actual.Rows.Length
            && expected.Rows.Zip(actual.Rows).All(p => p.First.Key.Equals(p.Second.Key) && p.First.Tally.Equals(p.Second.Tally) && SameCoverage(p.First.Coverage, p.Second.Coverage));
    }

    /// <summary>Each row of a batch in its order, its codes as text and its class as the profile it stands for.</summary>
    private static IEnumerable<(string? Unit, string? Department, string? Matter, string? Window, byte Channel, int Day, int Profile)> RowsOf(RatingBatch batch)
    {
        RatingBatch.Columns d = batch.Data;
        return Enumerable.Range(0, batch.Length).Select(i => (
            d.Units.KeyAt(d.Unit[i]), d.Departments.KeyAt(d.Department[i]), d.Matters.KeyAt(d.Matter[i]), d.Windows.KeyAt(d.Window[i]),
            d.Channel[i], d.MinDay + d.Day[i], d.ClassProfiles[d.ClassAt(i)]));
    }

    /// <summary>
    /// A reader's lists: every code used, each twice, in a shuffled order, beside codes no rating uses; the units listed
    /// twice over, odd ratings naming the second copy.
    /// </summary>
    private sealed class ReaderLists
    {
        private List<UnitCode> units = [];
        private List<DepartmentCode> departments = [];
        private List<MatterCode> matters = [];
        private List<WindowCode> windows = [];
        private DimensionCodes codes = null!;

        internal static ReaderLists Of(RatedFact[] items, Random random)
        {
            List<T> ListOf<T>(IEnumerable<T?> used, Func<int, T> unused)
                where T : struct =>
                [.. used.OfType<T>().Concat(used.OfType<T>()).Distinct().Concat(Enumerable.Range(0, 3).Select(unused)).OrderBy(_ => random.Next())];
            var lists = new ReaderLists
            {
                units = ListOf<UnitCode>(items.Select(i => (UnitCode?)i.Rating.UnitCode), n => UnitCode.Parse("X" + n)),
                departments = ListOf(items.Select(i => i.Rating.DepartmentCode), n => DepartmentCode.Parse("X" + n)),
                matters = ListOf(items.Select(i => i.Rating.MatterCode), n => MatterCode.Parse("X" + n)),
                windows = ListOf(items.Select(i => i.Rating.WindowCode), n => WindowCode.Parse("X" + n)),
            };
            lists.codes = new DimensionCodes([.. lists.units, .. lists.units], lists.departments, lists.matters, lists.windows);
            return lists;
        }

        /// <summary>Adds the ratings from <paramref name="from"/> to <paramref name="to"/> - 1 in encoded form, in up to <paramref name="parts"/> parts.</summary>
        internal RatingBatch.Builder AddTo(RatingBatch.Builder builder, RatedFact[] items, int from, int to, int parts) =>
            builder.AddRange(to - from, codes, i =>
            {
                Rating r = items[from + i].Rating;
                return new EncodedRating(
                    PositionOf(units, r.UnitCode) + (i % 2 * units.Count), r.Channel, r.Level, r.Origin, r.RatedAt, r.IsRealName, r.IsLinkedToCase,
                    PositionOf(matters, r.MatterCode), PositionOf(departments, r.DepartmentCode), PositionOf(windows, r.WindowCode));
            }, i => items[from + i].Facts, 1, parts);

        private static int PositionOf<T>(List<T> list, T? code)
            where T : struct => code is null ? 0 : list.IndexOf(code.Value) + 1;
    }

    /// <summary>Coverage is compared by its counts: the matters' indices differ between batches that met them in another order.</summary>
    private static bool SameCoverage(MatterCoverage a, MatterCoverage b) =>
        a.MattersWithRatings == b.MattersWithRatings && a.MattersRated == b.MattersRated;

    [Fact]
    public void A_position_beyond_its_list_is_refused_and_nothing_is_added()
    {
        var codes = new DimensionCodes([UnitCode.Parse("U1")], [], [MatterCode.Parse("M1")], []);
        var builder = new RatingBatch.Builder(EvaluationPolicy.National);
        Instant at = Instant.FromUtc(2023, 12, 5, 2, 0);
        var good = new EncodedRating(1, RatingChannel.Pc, RatingLevel.VerySatisfied, RatingOrigin.Active, at, true, true, matter: 1);
        var beyond = new EncodedRating(1, RatingChannel.Pc, RatingLevel.VerySatisfied, RatingOrigin.Active, at, true, true, matter: 2);

        ArgumentException error = Assert.Throws<ArgumentException>(() => builder.AddRange(2, codes, i => i == 0 ? good : beyond));

        Assert.Contains("index 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("Matter", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, builder.Count);
        Assert.Equal(1, builder.AddRange(1, codes, _ => good).Build().Length);
    }

    [Fact]
    public void An_encoded_rating_keeps_the_date_in_China_of_its_instant()
    {
        Instant at = Instant.FromUtc(2023, 12, 5, 16, 30); // 00:30 on 6 December in Beijing
        var fromInstant = new EncodedRating(1, RatingChannel.Pc, RatingLevel.Satisfied, RatingOrigin.Active, at, false, true, matter: 1);
        var fromDay = new EncodedRating(1, RatingChannel.Pc, RatingLevel.Satisfied, RatingOrigin.Active, new LocalDate(2023, 12, 6).ToDateOnly().DayNumber, false, true, matter: 1);

        Assert.Equal(fromDay, fromInstant);
        Assert.Equal(new LocalDate(2023, 12, 6), ChinaTime.DateOfDayNumber(fromInstant.RatedDay));
    }

    [Fact]
    public void Encoded_ratings_obey_the_rules_of_ratings()
    {
        Instant at = Instant.FromUtc(2023, 12, 5, 2, 0);
        Assert.Throws<ArgumentException>(() => new EncodedRating(0, RatingChannel.Pc, RatingLevel.Satisfied, RatingOrigin.Active, at, false, false));
        Assert.Throws<ArgumentException>(() => new EncodedRating(1, RatingChannel.System, RatingLevel.Satisfied, RatingOrigin.Active, at, false, false));
        Assert.Throws<ArgumentException>(() => new EncodedRating(1, RatingChannel.Pc, (RatingLevel)6, RatingOrigin.Active, at, false, false));
        Assert.Throws<ArgumentException>(() => new EncodedRating(1, RatingChannel.Pc, RatingLevel.Satisfied, RatingOrigin.Active, at, false, true, matter: 0));
        Assert.Throws<ArgumentException>(() => new EncodedRating(1, RatingChannel.Pc, RatingLevel.Satisfied, RatingOrigin.Active, at, false, false, window: -1));
        Assert.Throws<ArgumentException>(() => new DimensionCodes([default], [], [], []));
    }

    [Fact]
    public void A_default_encoded_rating_names_no_unit_and_is_refused()
    {
        var codes = new DimensionCodes([UnitCode.Parse("U1")], [], [], []);
        Assert.Throws<ArgumentException>(() => new RatingBatch.Builder(EvaluationPolicy.National).AddRange(1, codes, _ => default(EncodedRating)));
    }
}
