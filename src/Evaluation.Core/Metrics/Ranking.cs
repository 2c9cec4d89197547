using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Evaluation.Core.Utility;

namespace Evaluation.Core.Metrics;

/// <summary>
/// Competition ranking (1-2-2-4), as official tables print it: higher rates rank first; items that tie share a rank and
/// the next rank skips; within a tie, items are listed by the tie-break, so the order is deterministic. Rates that are not
/// applicable rank last and share the last rank.
/// </summary>
public static class Ranking
{
    private const double Z = 1.959963984540054;

    /// <summary>Ranks items by a rate, best first.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="rateOf">The rate of an item.</param>
    /// <param name="tieBreak">The order of tied items, for example by unit code.</param>
    /// <param name="basis">Rank by the rate or by its Wilson lower bound.</param>
    /// <returns>The ranked items.</returns>
    public static IReadOnlyList<RankedItem<T>> Competition<T>(IEnumerable<T> items, Func<T, Rate> rateOf, IComparer<T> tieBreak, RankingBasis basis = RankingBasis.Rate)
    {
        Preconditions.CheckNotNull(items, nameof(items));
        Preconditions.CheckNotNull(rateOf, nameof(rateOf));
        Preconditions.CheckNotNull(tieBreak, nameof(tieBreak));
        Comparison<Rate> better = basis == RankingBasis.WilsonLowerBound
            ? (a, b) => Nullable.Compare(WilsonLowerBound(b), WilsonLowerBound(a))
            : (a, b) => Rate.CompareValues(b, a);
        return Rank(items, rateOf, better, tieBreak, (rank, item, rate) => new RankedItem<T>(rank, item, rate));
    }

    /// <summary>Ranks items by a count, largest first (for example ratings or bad ratings per unit).</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="countOf">The count of an item.</param>
    /// <param name="tieBreak">The order of tied items, for example by unit code.</param>
    /// <returns>The ranked items.</returns>
    public static IReadOnlyList<RankedCount<T>> Competition<T>(IEnumerable<T> items, Func<T, long> countOf, IComparer<T> tieBreak)
    {
        Preconditions.CheckNotNull(items, nameof(items));
        Preconditions.CheckNotNull(countOf, nameof(countOf));
        Preconditions.CheckNotNull(tieBreak, nameof(tieBreak));
        return Rank(items, countOf, (a, b) => b.CompareTo(a), tieBreak, (rank, item, count) => new RankedCount<T>(rank, item, count));
    }

    /// <summary>
    /// Ranks items given by position by a rate, best first: the rate at index i is item i's, and tied items are listed by
    /// index. The order and ranks are those of the overload that takes items with the index as the tie-break; made for
    /// millions of items (their rates are sorted as numbers, compared exactly only where those tie).
    /// </summary>
    /// <param name="rates">Each item's rate.</param>
    /// <returns>Each item's rank and index, best first.</returns>
    public static ImmutableArray<RankedIndex> Competition(ReadOnlySpan<Rate> rates) => RankingByIndex.Rank(rates);

    /// <summary>Ranks items given by position by a count, largest first, tied items by index (see <see cref="Competition(ReadOnlySpan{Rate})"/>).</summary>
    /// <param name="counts">Each item's count.</param>
    /// <returns>Each item's rank and index, largest first.</returns>
    public static ImmutableArray<RankedIndex> Competition(ReadOnlySpan<long> counts) => RankingByIndex.Rank(counts);

    /// <summary>Competition ranking: sorted best first, ties broken by <paramref name="tieBreak"/>; equal scores share the rank of the first.</summary>
    private static List<TRanked> Rank<T, TScore, TRanked>(IEnumerable<T> items, Func<T, TScore> scoreOf, Comparison<TScore> better, IComparer<T> tieBreak, Func<int, T, TScore, TRanked> create)
    {
        var scored = items.Select(item => (Item: item, Score: scoreOf(item))).ToList();
        scored.Sort((x, y) =>
        {
            int byScore = better(x.Score, y.Score);
            return byScore != 0 ? byScore : tieBreak.Compare(x.Item, y.Item);
        });
        var ranked = new List<TRanked>(scored.Count);
        int rank = 0;
        for (int i = 0; i < scored.Count; i++)
        {
            rank = i > 0 && better(scored[i - 1].Score, scored[i].Score) == 0 ? rank : i + 1;
            ranked.Add(create(rank, scored[i].Item, scored[i].Score));
        }
        return ranked;
    }

    /// <summary>The lower bound of the 95% Wilson score interval of a rate, or null when not applicable.</summary>
    /// <param name="rate">The rate.</param>
    /// <returns>The bound in [0, 1].</returns>
    public static double? WilsonLowerBound(Rate rate)
    {
        if (!rate.IsApplicable)
        {
            return null;
        }
        double n = rate.Denominator;
        double p = (double)rate.Numerator / n;
        double z2 = Z * Z;
        double centre = p + (z2 / (2 * n));
        double margin = Z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));
        return Math.Max(0, (centre - margin) / (1 + (z2 / n)));
    }
}
