using System;
using System.Collections.Generic;
using System.Numerics;

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

    /// <summary>A case's mark: the group in the high 32 bits, then the matter, then whether the case rates it.</summary>
    internal static long Of(int group, int matter, bool rates) => ((long)group << 32) | ((long)(uint)matter << 1) | (rates ? 1L : 0L);

    /// <summary>Each group's distinct matters and rated matters from the marks (which it may reorder).</summary>
    /// <param name="marks">One mark per case.</param>
    /// <param name="groups">The number of groups.</param>
    /// <param name="matters">A bound on the matter indices (the matter column's count).</param>
    /// <param name="matterCount">Each group's distinct matters.</param>
    /// <param name="ratedCount">Each group's distinct matters with a case that rates them.</param>
    /// <param name="wordLimit">The most bitset words to use; tests lower it to take the sorting path.</param>
    internal static void Count(Span<long> marks, int groups, int matters, out long[] matterCount, out long[] ratedCount, long wordLimit = BitsetWordLimit)
    {
        matterCount = new long[groups];
        ratedCount = new long[groups];
        int words = (matters + 63) >> 6;
        if ((long)groups * words <= wordLimit)
        {
            var present = new ulong[groups * words];
            var rated = new ulong[groups * words];
            foreach (long mark in marks)
            {
                int m = (int)((mark & uint.MaxValue) >> 1);
                int cell = ((int)(mark >> 32) * words) + (m >> 6);
                ulong bit = 1UL << (m & 63);
                present[cell] |= bit;
                rated[cell] |= (mark & 1) != 0 ? bit : 0;
            }
            for (int g = 0; g < groups; g++)
            {
                matterCount[g] = PopCount(present.AsSpan(g * words, words));
                ratedCount[g] = PopCount(rated.AsSpan(g * words, words));
            }
            return;
        }
        marks.Sort();
        for (int i = 0; i < marks.Length;)
        {
            long pair = marks[i] >> 1;
            int g = (int)(marks[i] >> 32);
            bool anyRates = false;
            for (; i < marks.Length && marks[i] >> 1 == pair; i++)
            {
                anyRates |= (marks[i] & 1) != 0;
            }
            matterCount[g]++;
            ratedCount[g] += anyRates ? 1 : 0;
        }
    }

    /// <summary>
    /// Each distinct (group, matter) of the marks, in order of group then matter, with whether any of its cases rates it:
    /// the groups' matter sets themselves rather than their sizes. Sorts the marks.
    /// </summary>
    internal static IEnumerable<(int Group, int Matter, bool Rates)> DistinctPairs(List<long> marks)
    {
        marks.Sort();
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

    private static long PopCount(ReadOnlySpan<ulong> words)
    {
        long count = 0;
        foreach (ulong word in words)
        {
            count += BitOperations.PopCount(word);
        }
        return count;
    }
}
