using System.Collections.Generic;
using System.Linq;
using Evaluation.Core.Metrics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Evaluation.Core.Tests.Metrics;

/// <summary>
/// Ranking items given by position (sorted as numbers, compared exactly where the numbers tie) orders and ranks them as
/// the ranking of items with the index as the tie-break does: equal rates of other fractions (1/2, 2/4), rates not
/// applicable, counts past what a double holds exactly, and many ties.
/// </summary>
public class RankingByIndexProperties
{
    private static readonly Gen<Rate> Rates = Gen.OneOf(
        Gen.Elements(new Rate(1, 2), new Rate(2, 4), new Rate(0, 0), new Rate(0, 5), new Rate(5, 5), new Rate(1, 3), new Rate(333, 1000)),
        from denominator in Gen.Choose(0, 12)
        from numerator in Gen.Choose(0, denominator)
        select new Rate(numerator, denominator),
        // Fractions a double cannot tell apart, and counts past 2^53.
        Gen.Elements(new Rate((1L << 53) - 1, 1L << 53), new Rate((1L << 53) - 2, (1L << 53) - 1), new Rate((1L << 60) + 1, 1L << 61), new Rate(1L << 59, 1L << 60)));

    [Property(MaxTest = 500)]
    public Property Rates_ranked_by_index_are_ranked_as_items_with_the_index_as_tie_break() =>
        Prop.ForAll(Rates.ArrayOf().ToArbitrary(), rates =>
        {
            IEnumerable<(int, int)> expected = Ranking.Competition(Enumerable.Range(0, rates.Length), i => rates[i], Comparer<int>.Default).Select(r => (r.Rank, r.Item));
            IEnumerable<(int, int)> actual = Ranking.Competition(rates).Select(r => (r.Rank, r.Index));
            return expected.SequenceEqual(actual).Label(string.Join(" ", actual));
        });

    [Property(MaxTest = 500)]
    public Property Counts_ranked_by_index_are_ranked_as_items_with_the_index_as_tie_break() =>
        Prop.ForAll(Gen.OneOf(Gen.Choose(0, 5).Select(n => (long)n), Gen.Elements(long.MaxValue, long.MinValue, -1L, 1L << 62)).ArrayOf().ToArbitrary(), counts =>
        {
            IEnumerable<(int, int)> expected = Ranking.Competition(Enumerable.Range(0, counts.Length), i => counts[i], Comparer<int>.Default).Select(r => (r.Rank, r.Item));
            IEnumerable<(int, int)> actual = Ranking.Competition(counts).Select(r => (r.Rank, r.Index));
            return expected.SequenceEqual(actual).Label(string.Join(" ", actual));
        });

    [Fact]
    public void Equal_rates_of_other_fractions_share_a_rank_and_keep_their_order()
    {
        RankedIndex[] expected = [new(1, 1), new(2, 0), new(2, 2), new(4, 3)];
        Assert.Equal(expected, Ranking.Competition([new Rate(1, 2), new Rate(9, 10), new Rate(2, 4), new Rate(0, 0)]).ToArray());
    }
}
