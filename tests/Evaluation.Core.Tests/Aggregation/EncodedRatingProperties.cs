using System;
using System.Collections.Generic;
using System.Linq;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Catalog;
using Evaluation.Core.Metrics;
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
        // The reader's lists: every code used, each twice, in a shuffled order, beside codes no rating uses.
        var random = new Random(shuffle);
        List<T> ListOf<T>(IEnumerable<T?> used, Func<int, T> unused)
            where T : struct =>
            [.. used.OfType<T>().Concat(used.OfType<T>()).Distinct().Concat(Enumerable.Range(0, 3).Select(unused)).OrderBy(_ => random.Next())];
        List<UnitCode> units = ListOf<UnitCode>(items.Select(i => (UnitCode?)i.Rating.UnitCode), n => UnitCode.Parse("X" + n));
        List<DepartmentCode> departments = ListOf(items.Select(i => i.Rating.DepartmentCode), n => DepartmentCode.Parse("X" + n));
        List<MatterCode> matters = ListOf(items.Select(i => i.Rating.MatterCode), n => MatterCode.Parse("X" + n));
        List<WindowCode> windows = ListOf(items.Select(i => i.Rating.WindowCode), n => WindowCode.Parse("X" + n));
        var codes = new DimensionCodes([.. units, .. units], departments, matters, windows);
        int PositionOf<T>(List<T> list, T? code)
            where T : struct => code is null ? 0 : list.IndexOf(code.Value) + 1;
        int partCount = 1 + (parts.Get % 4);

        RatingBatch encoded = new RatingBatch.Builder(EvaluationPolicy.National).AddRange(items.Length, codes, i =>
        {
            Rating r = items[i].Rating;
            var fields = new EncodedRating(
                PositionOf(units, r.UnitCode) + (i % 2 * units.Count), r.Channel, r.Level, r.Origin, r.RatedAt, r.IsRealName, r.IsLinkedToCase,
                PositionOf(matters, r.MatterCode), PositionOf(departments, r.DepartmentCode), PositionOf(windows, r.WindowCode));
            return (fields, items[i].Facts);
        }, 1, partCount).Build();

        AggregationResult expected = RatingAggregator.Aggregate(RatingGenerators.Build(items), grouping.Grouping);
        AggregationResult actual = RatingAggregator.Aggregate(encoded, grouping.Grouping);
        bool same = expected.Rows.Length == actual.Rows.Length
            && expected.Rows.Zip(actual.Rows).All(p => p.First.Key.Equals(p.Second.Key) && p.First.Tally.Equals(p.Second.Tally) && SameCoverage(p.First.Coverage, p.Second.Coverage));
        return (same && encoded.Length == items.Length).Label($"{items.Length} ratings in {partCount} parts");
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

        ArgumentException error = Assert.Throws<ArgumentException>(() => builder.AddRange(2, codes, i => (i == 0 ? good : beyond, RatingFacts.Valid)));

        Assert.Contains("index 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("Matter", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, builder.Count);
        Assert.Equal(1, builder.AddRange(1, codes, _ => (good, RatingFacts.Valid)).Build().Length);
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
        Assert.Throws<ArgumentException>(() => new RatingBatch.Builder(EvaluationPolicy.National).AddRange(1, codes, _ => (default(EncodedRating), RatingFacts.Valid)));
    }
}
