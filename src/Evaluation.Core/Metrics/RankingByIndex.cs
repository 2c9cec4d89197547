using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Evaluation.Core.Metrics;

/// <summary>
/// Competition ranking of items given by position (the score at index i is item i's), made for millions of items: the
/// scores are sorted as numbers, and compared exactly only where their numbers tie. The order and ranks are those of
/// <see cref="Ranking.Competition{T}(IEnumerable{T}, Func{T, Rate}, IComparer{T}, RankingBasis)"/> with the index as
/// the tie-break.
/// </summary>
internal static class RankingByIndex
{
    /// <summary>Numerators and denominators up to this are converted to <see cref="double"/> exactly, so their quotients keep the rates' order.</summary>
    private const long ExactInDouble = 1L << 53;

    internal static ImmutableArray<RankedIndex> Rank(ReadOnlySpan<Rate> rates)
    {
        Rate[] scores = rates.ToArray();
        int[] order = Indices(scores.Length);
        double[] keys = new double[scores.Length];
        for (int i = 0; i < scores.Length; i++)
        {
            Rate rate = scores[i];
            if (rate.IsApplicable && (rate.Numerator > ExactInDouble || rate.Denominator > ExactInDouble))
            {
                // A quotient of rounded counts may not keep the order: every rate is compared exactly.
                Array.Sort(order, (a, b) => ByRate(scores, a, b));
                return Ranks(order, (a, b) => Rate.CompareValues(scores[a], scores[b]) == 0);
            }
            // Best first; a rate not applicable last, all such tied.
            keys[i] = rate.IsApplicable ? -((double)rate.Numerator / rate.Denominator) : double.PositiveInfinity;
        }
        Array.Sort(keys, order);
        SortTies(keys, order, (a, b) => ByRate(scores, a, b), (start, end) => AllEqual(scores, order, start, end));
        return Ranks(order, (a, b) => Rate.CompareValues(scores[a], scores[b]) == 0);
    }

    internal static ImmutableArray<RankedIndex> Rank(ReadOnlySpan<long> counts)
    {
        long[] scores = counts.ToArray();
        int[] order = Indices(scores.Length);
        long[] keys = new long[scores.Length];
        for (int i = 0; i < scores.Length; i++)
        {
            // Largest first: the complement reverses the order without overflow.
            keys[i] = ~scores[i];
        }
        Array.Sort(keys, order);
        SortTies(keys, order, (a, b) => a.CompareTo(b), (_, _) => true);
        return Ranks(order, (a, b) => scores[a] == scores[b]);
    }

    /// <summary>
    /// Puts each run of items with equal keys in their exact order, ties by index: by index alone when the run's scores
    /// are all equal (<paramref name="allEqual"/>), as they nearly always are.
    /// </summary>
    private static void SortTies<TKey>(TKey[] keys, int[] order, Comparison<int> exact, Func<int, int, bool> allEqual)
        where TKey : IEquatable<TKey>
    {
        for (int start = 0; start < keys.Length;)
        {
            int end = start + 1;
            while (end < keys.Length && keys[end].Equals(keys[start]))
            {
                end++;
            }
            if (end - start > 1)
            {
                Span<int> run = order.AsSpan(start, end - start);
                if (allEqual(start, end))
                {
                    run.Sort();
                }
                else
                {
                    run.Sort(exact);
                }
            }
            start = end;
        }
    }

    /// <summary>Whether the rates of the items from <paramref name="start"/> to <paramref name="end"/> in order are all equal in value.</summary>
    private static bool AllEqual(Rate[] scores, int[] order, int start, int end)
    {
        for (int i = start + 1; i < end; i++)
        {
            if (Rate.CompareValues(scores[order[i]], scores[order[start]]) != 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Rates best first, exactly; equal ones by index.</summary>
    private static int ByRate(Rate[] scores, int a, int b)
    {
        int byValue = Rate.CompareValues(scores[b], scores[a]);
        return byValue != 0 ? byValue : a.CompareTo(b);
    }

    private static int[] Indices(int count)
    {
        int[] indices = new int[count];
        for (int i = 0; i < count; i++)
        {
            indices[i] = i;
        }
        return indices;
    }

    /// <summary>The ranks of items in order: an item tied with the one before shares its rank.</summary>
    private static ImmutableArray<RankedIndex> Ranks(int[] order, Func<int, int, bool> tied)
    {
        var ranked = new RankedIndex[order.Length];
        int rank = 0;
        for (int i = 0; i < order.Length; i++)
        {
            rank = i > 0 && tied(order[i - 1], order[i]) ? rank : i + 1;
            ranked[i] = new RankedIndex(rank, order[i]);
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(ranked);
    }
}
