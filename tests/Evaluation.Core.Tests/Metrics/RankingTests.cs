using System;
using System.Collections.Generic;
using System.Linq;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Catalog;
using Evaluation.Core.Metrics;
using Evaluation.Core.Periods;
using Evaluation.Core.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Evaluation.Core.Tests.Metrics;

[Properties(Arbitrary = new[] { typeof(RatingGenerators) }, MaxTest = 100)]
public class RankingTests
{
    private static IReadOnlyList<RankedItem<string>> Rank(params (string Name, long N, long D)[] items) =>
        Ranking.Competition(items.Select(i => i.Name), name => { var i = items.Single(x => x.Name == name); return new Rate(i.N, i.D); }, StringComparer.Ordinal);

    [Fact]
    public void Ties_share_a_rank_and_the_next_rank_skips()
    {
        IReadOnlyList<RankedItem<string>> ranked = Rank(("c", 1, 2), ("a", 9, 10), ("d", 2, 4), ("b", 1, 4));
        Assert.Equal(["a", "c", "d", "b"], ranked.Select(r => r.Item));
        Assert.Equal([1, 2, 2, 4], ranked.Select(r => r.Rank));
    }

    [Fact]
    public void Not_applicable_rates_rank_last_together()
    {
        IReadOnlyList<RankedItem<string>> ranked = Rank(("x", 0, 0), ("y", 0, 5), ("z", 0, 0));
        Assert.Equal([1, 2, 2], ranked.Select(r => r.Rank));
        Assert.Equal(["y", "x", "z"], ranked.Select(r => r.Item));
    }

    [Fact]
    public void The_Wilson_lower_bound_ranks_a_large_group_above_a_perfect_small_one()
    {
        var items = new[] { ("small", new Rate(3, 3)), ("large", new Rate(990, 1000)) };
        IReadOnlyList<RankedItem<(string, Rate)>> byRate = Ranking.Competition(items, i => i.Item2, Comparer<(string, Rate)>.Create((a, b) => string.CompareOrdinal(a.Item1, b.Item1)));
        IReadOnlyList<RankedItem<(string, Rate)>> byWilson = Ranking.Competition(items, i => i.Item2, Comparer<(string, Rate)>.Create((a, b) => string.CompareOrdinal(a.Item1, b.Item1)), RankingBasis.WilsonLowerBound);
        Assert.Equal("small", byRate[0].Item.Item1);
        Assert.Equal("large", byWilson[0].Item.Item1);
    }

    [Property]
    public bool Ranks_are_competition_ranks_of_a_sorted_order(int[] numerators)
    {
        var items = numerators.Select((n, i) => (Name: i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), Rate: new Rate(Math.Abs(n % 10), 10))).ToArray();
        IReadOnlyList<RankedItem<(string Name, Rate Rate)>> ranked = Ranking.Competition(items, i => i.Rate, Comparer<(string Name, Rate Rate)>.Create((a, b) => string.CompareOrdinal(a.Name, b.Name)));
        for (int i = 0; i < ranked.Count; i++)
        {
            int expected = 1 + ranked.Count(r => r.Rate.Numerator > ranked[i].Rate.Numerator);
            if (ranked[i].Rank != expected || (i > 0 && ranked[i - 1].Rate.Numerator < ranked[i].Rate.Numerator))
            {
                return false;
            }
        }
        return true;
    }

    [Fact]
    public void Counts_rank_largest_first_with_ties_sharing_a_rank()
    {
        (string Name, long Count)[] items = [("b", 5), ("a", 7), ("c", 5), ("d", 0)];
        IReadOnlyList<RankedCount<(string Name, long Count)>> ranked =
            Ranking.Competition(items, i => i.Count, Comparer<(string Name, long Count)>.Create((x, y) => string.CompareOrdinal(x.Name, y.Name)));
        Assert.Equal(["a", "b", "c", "d"], ranked.Select(r => r.Item.Name));
        Assert.Equal([1, 2, 2, 4], ranked.Select(r => r.Rank));
        Assert.Equal([7L, 5, 5, 0], ranked.Select(r => r.Count));
    }

    [Property]
    public bool Count_ranks_are_one_more_than_the_number_of_larger_counts(long[] counts)
    {
        var items = counts.Select((c, i) => (Index: i, Count: c)).ToArray();
        IReadOnlyList<RankedCount<(int Index, long Count)>> ranked = Ranking.Competition(items, i => i.Count, Comparer<(int Index, long Count)>.Create((x, y) => x.Index.CompareTo(y.Index)));
        return ranked.Count == items.Length && ranked.All(r => r.Rank == 1 + items.Count(i => i.Count > r.Count))
            && ranked.Zip(ranked.Skip(1)).All(p => p.First.Count > p.Second.Count || (p.First.Count == p.Second.Count && p.First.Item.Index < p.Second.Item.Index));
    }

    [Fact]
    public void A_rate_change_is_in_percentage_points()
    {
        Assert.Equal("+1.25", new RateChange(new Rate(9225, 10000), new Rate(9100, 10000)).Format());
        Assert.Equal("-0.50", new RateChange(new Rate(95, 100), new Rate(955, 1000)).Format());
        Assert.Equal("/", new RateChange(new Rate(1, 2), new Rate(0, 0)).Format());
    }

    [Property]
    public bool Rolling_up_units_gives_each_parent_the_merge_of_its_children(RatingSet set)
    {
        // U1 and U2 are towns of county C; U3 is a village of U1; U4 has no parent.
        ServiceUnit[] units =
        [
            new(UnitCode.Parse("C"), "县", UnitLevel.County),
            new(UnitCode.Parse("U1"), "镇1", UnitLevel.Town, parentCode: UnitCode.Parse("C")),
            new(UnitCode.Parse("U2"), "镇2", UnitLevel.Town, parentCode: UnitCode.Parse("C")),
            new(UnitCode.Parse("U3"), "村3", UnitLevel.Village, parentCode: UnitCode.Parse("U1")),
            new(UnitCode.Parse("U4"), "区4", UnitLevel.County),
        ];
        AggregationResult byUnit = RatingAggregator.Aggregate(RatingGenerators.Build(set.Items), Grouping.By(GroupingDimension.Unit, ReportingPeriodKind.Year));
        AggregationResult rolled = UnitRollup.RollUp(byUnit, units);
        RatingTally Sum(params string[] codes) => byUnit.Rows.Where(r => codes.Contains(r.Key.Codes[0])).Aggregate(RatingTally.Empty, (t, r) => t.Merge(r.Tally));
        RatingTally Of(string code) => rolled.Rows.Where(r => r.Key.Codes[0] == code).Aggregate(RatingTally.Empty, (t, r) => t.Merge(r.Tally));
        return Of("C").Equals(Sum("U1", "U2", "U3")) && Of("U1").Equals(Sum("U1", "U3")) && Of("U4").Equals(Sum("U4"))
            && rolled.Rows.Where(r => r.Key.Codes[0] is "U4" or "C").Aggregate(RatingTally.Empty, (t, r) => t.Merge(r.Tally)).Equals(byUnit.Total);
    }
}
