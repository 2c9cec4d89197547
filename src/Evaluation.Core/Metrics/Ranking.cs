using System;
using System.Collections.Generic;
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
        var scored = items.Select(item => (Item: item, Rate: rateOf(item))).ToList();
        Comparison<Rate> better = basis == RankingBasis.WilsonLowerBound
            ? (a, b) => Nullable.Compare(WilsonLowerBound(b), WilsonLowerBound(a))
            : (a, b) => Rate.CompareValues(b, a);
        scored.Sort((x, y) =>
        {
            int byRate = better(x.Rate, y.Rate);
            return byRate != 0 ? byRate : tieBreak.Compare(x.Item, y.Item);
        });
        var ranked = new List<RankedItem<T>>(scored.Count);
        for (int i = 0; i < scored.Count; i++)
        {
            int rank = i > 0 && better(scored[i - 1].Rate, scored[i].Rate) == 0 ? ranked[i - 1].Rank : i + 1;
            ranked.Add(new RankedItem<T>(rank, scored[i].Item, scored[i].Rate));
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
