using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Evaluation.Core.Utility;

namespace Evaluation.Reporting.Cases;

/// <summary>
/// Counts each group's distinct matters, and those among them rated, from one mark per case: the group, the matter and
/// whether the case rates it, packed into a <see cref="long"/>. The marks are first put in buckets by group (a counting
/// sort, in parts on every processor); each group's matters are then marked in a bitset of every matter, which a
/// processor keeps for all its groups and clears after each by walking the group's marks again. The bitset of even
/// 50,000 matters stays in the nearest cache, so that the cost grows with the cases whatever the shape: no hash set of
/// pairs, no bitset of every group's matters, no comparison sort.
/// </summary>
internal static class MatterMarks
{
    /// <summary>The fewest marks worth counting on more than one processor.</summary>
    private const int MarksPerPart = 1 << 16;

    /// <summary>A case's mark: the group in the high 32 bits, then the matter, then whether the case rates it.</summary>
    internal static long Of(int group, int matter, bool rates) => ((long)group << 32) | BucketedOf(matter, rates);

    /// <summary>A case's mark without its group, as a group's bucket holds it: the matter, then whether the case rates it.</summary>
    internal static uint BucketedOf(int matter, bool rates) => ((uint)matter << 1) | (rates ? 1u : 0u);

    /// <summary>The group of a mark.</summary>
    internal static int GroupOf(long mark) => (int)(mark >> 32);

    /// <summary>The same mark for another group.</summary>
    internal static long WithGroup(long mark, int group) => ((long)group << 32) | (mark & uint.MaxValue);

    /// <summary>Each group's distinct matters and rated matters from the marks.</summary>
    /// <param name="marks">One mark per case.</param>
    /// <param name="groups">The number of groups.</param>
    /// <param name="matters">A bound on the matter indices (the matter column's count).</param>
    /// <param name="matterCount">Each group's distinct matters.</param>
    /// <param name="ratedCount">Each group's distinct matters with a case that rates them.</param>
    /// <param name="parts">The number of parts counted at once; by default one per processor (at most eight) when the marks are many. Tests set it.</param>
    internal static void Count(ArraySegment<long> marks, int groups, int matters, out long[] matterCount, out long[] ratedCount, int parts = 0)
    {
        parts = parts > 0 ? parts : marks.Count < MarksPerPart ? 1 : Math.Min(Environment.ProcessorCount, 8);
        uint[] buckets = ByGroup(marks, groups, parts, out int[] starts);
        CountInBuckets(buckets, starts, matters, out matterCount, out ratedCount, parts);
    }

    /// <summary>
    /// Each group's distinct matters and rated matters from the marks' low halves (<see cref="Of"/>'s matter and rating,
    /// without the group) in buckets by group: group <c>g</c>'s from <c>starts[g]</c> to <c>starts[g + 1]</c>.
    /// </summary>
    /// <param name="buckets">The marks' low halves, by group.</param>
    /// <param name="starts">Each group's start in <paramref name="buckets"/>, and after them their number.</param>
    /// <param name="matters">A bound on the matter indices (the matter column's count).</param>
    /// <param name="matterCount">Each group's distinct matters.</param>
    /// <param name="ratedCount">Each group's distinct matters with a case that rates them.</param>
    /// <param name="parts">The number of shares of the groups counted at once; 0 for one per processor (at most eight) when the marks are many.</param>
    internal static void CountInBuckets(uint[] buckets, int[] starts, int matters, out long[] matterCount, out long[] ratedCount, int parts = 0)
    {
        int groups = starts.Length - 1;
        matterCount = new long[groups];
        ratedCount = new long[groups];
        parts = parts > 0 ? parts : buckets.Length < MarksPerPart ? 1 : Math.Min(Environment.ProcessorCount, 8);
        int words = (matters + 63) >> 6;
        long[] counted = matterCount, ratedCounted = ratedCount;
        Parallel.For(0, parts, part =>
        {
            // Present and rated words side by side: a mark touches one cache line.
            ulong[] bits = new ulong[2 * words];
            int first = BucketPlaces.FirstOfShare(starts, part, parts), end = BucketPlaces.FirstOfShare(starts, part + 1, parts);
            for (int g = first; g < end; g++)
            {
                long present = 0, rated = 0;
                ReadOnlySpan<uint> own = buckets.AsSpan(starts[g], starts[g + 1] - starts[g]);
                foreach (uint mark in own)
                {
                    int matter = (int)(mark >> 1);
                    int cell = 2 * (matter >> 6);
                    ulong bit = 1UL << matter;
                    ulong word = bits[cell];
                    present += (word & bit) == 0 ? 1 : 0;
                    bits[cell] = word | bit;
                    ulong rates = (mark & 1) != 0 ? bit : 0;
                    ulong ratedWord = bits[cell + 1];
                    rated += (ratedWord & rates) == 0 && rates != 0 ? 1 : 0;
                    bits[cell + 1] = ratedWord | rates;
                }
                foreach (uint mark in own)
                {
                    int cell = 2 * ((int)(mark >> 1) >> 6);
                    bits[cell] = 0;
                    bits[cell + 1] = 0;
                }
                counted[g] = present;
                ratedCounted[g] = rated;
            }
        });
    }

    /// <summary>
    /// The marks' low halves (matter and rating) in buckets by group, group <c>g</c>'s from <c>starts[g]</c> to
    /// <c>starts[g + 1]</c>: each part of the marks counts its groups, then writes its marks after the earlier groups'
    /// and the earlier parts' marks of the same group.
    /// </summary>
    private static uint[] ByGroup(ArraySegment<long> marks, int groups, int parts, out int[] starts)
    {
        int[][] cursors = new int[parts][];
        Parallel.For(0, parts, part =>
        {
            int[] count = cursors[part] = new int[groups];
            foreach (long mark in PartOf(marks, part, parts))
            {
                count[GroupOf(mark)]++;
            }
        });
        starts = BucketPlaces.Assign(cursors, groups);
        uint[] buckets = new uint[marks.Count];
        Parallel.For(0, parts, part =>
        {
            int[] cursor = cursors[part];
            foreach (long mark in PartOf(marks, part, parts))
            {
                buckets[cursor[GroupOf(mark)]++] = unchecked((uint)mark);
            }
        });
        return buckets;
    }

    /// <summary>The marks of one of <paramref name="parts"/> consecutive parts.</summary>
    private static ReadOnlySpan<long> PartOf(ArraySegment<long> marks, int part, int parts) =>
        marks.AsSpan((int)((long)marks.Count * part / parts), (int)((long)marks.Count * (part + 1) / parts) - (int)((long)marks.Count * part / parts));

    /// <summary>
    /// Each distinct (group, matter) of the marks, in order of group then matter, with whether any of its cases rates it:
    /// the groups' matter sets themselves rather than their sizes. Sorts the marks.
    /// </summary>
    internal static IEnumerable<(int Group, int Matter, bool Rates)> DistinctPairs(ArraySegment<long> marks)
    {
        RadixSort.Sort(marks);
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
}
