using System;
using System.Collections.Generic;
using System.Numerics;
using System.Threading.Tasks;

namespace Evaluation.Reporting.Cases;

/// <summary>
/// Counts each group's distinct matters, and those among them rated, from one mark per case: the group, the matter and
/// whether the case rates it, packed into a <see cref="long"/>. While a bitset of every group's matters fits (at most
/// 2^24 words, 128 MiB) each mark sets its bits and the counts are bit counts; beyond that the marks are sorted and each
/// group's runs are counted. Either way the cost grows with the cases, whatever the shape: no hash set of pairs, whose
/// probes miss the cache once per case.
/// </summary>
internal static class MatterMarks
{
    /// <summary>The most bitset words the counting marks in before it sorts instead.</summary>
    internal const long BitsetWordLimit = 1L << 24;

    /// <summary>The fewest marks worth counting on more than one processor.</summary>
    private const int MarksPerShare = 1 << 16;

    /// <summary>The most processors sharing the bitsets: each reads every mark, so more would mostly add reading.</summary>
    private const int MostShares = 8;

    /// <summary>A case's mark: the group in the high 32 bits, then the matter, then whether the case rates it.</summary>
    internal static long Of(int group, int matter, bool rates) => ((long)group << 32) | ((long)(uint)matter << 1) | (rates ? 1L : 0L);

    /// <summary>The group of a mark.</summary>
    internal static int GroupOf(long mark) => (int)(mark >> 32);

    /// <summary>The same mark for another group.</summary>
    internal static long WithGroup(long mark, int group) => ((long)group << 32) | (mark & uint.MaxValue);

    /// <summary>Each group's distinct matters and rated matters from the marks (which it may reorder).</summary>
    /// <param name="marks">One mark per case.</param>
    /// <param name="groups">The number of groups.</param>
    /// <param name="matters">A bound on the matter indices (the matter column's count).</param>
    /// <param name="matterCount">Each group's distinct matters.</param>
    /// <param name="ratedCount">Each group's distinct matters with a case that rates them.</param>
    /// <param name="wordLimit">The most bitset words to use; tests lower it to take the sorting path.</param>
    /// <param name="marksPerShare">The fewest marks worth counting on more than one processor; tests lower it.</param>
    internal static void Count(
        ArraySegment<long> marks, int groups, int matters, out long[] matterCount, out long[] ratedCount, long wordLimit = BitsetWordLimit, int marksPerShare = MarksPerShare)
    {
        matterCount = new long[groups];
        ratedCount = new long[groups];
        int words = (matters + 63) >> 6;
        if ((long)groups * words <= wordLimit)
        {
            // A group's word of matters present and its word of matters rated lie side by side, so that a mark touches one
            // cache line; each processor reads every mark and sets the bits of its own share of the groups, so that no word
            // has two writers.
            var bits = new ulong[2L * groups * words];
            long[] counted = matterCount, ratedCounted = ratedCount;
            int shares = marks.Count < marksPerShare ? 1 : Math.Min(Math.Min(Environment.ProcessorCount, MostShares), groups);
            Parallel.For(0, shares, share =>
            {
                int first = (int)((long)groups * share / shares), end = (int)((long)groups * (share + 1) / shares);
                foreach (long mark in marks)
                {
                    int group = GroupOf(mark);
                    if (group < first || group >= end)
                    {
                        continue;
                    }
                    int m = (int)((mark & uint.MaxValue) >> 1);
                    long cell = 2 * (((long)group * words) + (m >> 6));
                    ulong bit = 1UL << (m & 63);
                    bits[cell] |= bit;
                    bits[cell + 1] |= (mark & 1) != 0 ? bit : 0;
                }
                for (int g = first; g < end; g++)
                {
                    (counted[g], ratedCounted[g]) = PopCounts(bits.AsSpan(2 * g * words, 2 * words));
                }
            });
            return;
        }
        Span<long> sorted = marks;
        sorted.Sort();
        for (int i = 0; i < sorted.Length;)
        {
            long pair = sorted[i] >> 1;
            int g = GroupOf(sorted[i]);
            bool anyRates = false;
            for (; i < sorted.Length && sorted[i] >> 1 == pair; i++)
            {
                anyRates |= (sorted[i] & 1) != 0;
            }
            matterCount[g]++;
            ratedCount[g] += anyRates ? 1 : 0;
        }
    }

    /// <summary>
    /// Each distinct (group, matter) of the marks, in order of group then matter, with whether any of its cases rates it:
    /// the groups' matter sets themselves rather than their sizes. Sorts the marks.
    /// </summary>
    internal static IEnumerable<(int Group, int Matter, bool Rates)> DistinctPairs(ArraySegment<long> marks)
    {
        marks.AsSpan().Sort();
        for (int i = 0; i < marks.Count;)
        {
            long pair = marks[i] >> 1;
            bool anyRates = false;
            for (; i < marks.Count && marks[i] >> 1 == pair; i++)
            {
                anyRates |= (marks[i] & 1) != 0;
            }
            yield return ((int)(pair >> 31), (int)(pair & int.MaxValue), anyRates);
        }
    }

    /// <summary>The bits set in the even words (matters present) and in the odd words (matters rated).</summary>
    private static (long Present, long Rated) PopCounts(ReadOnlySpan<ulong> words)
    {
        long present = 0, rated = 0;
        for (int i = 0; i < words.Length; i += 2)
        {
            present += BitOperations.PopCount(words[i]);
            rated += BitOperations.PopCount(words[i + 1]);
        }
        return (present, rated);
    }
}
