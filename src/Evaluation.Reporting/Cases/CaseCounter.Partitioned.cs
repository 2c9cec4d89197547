using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Utility;
using Evaluation.IO.Columnar;

namespace Evaluation.Reporting.Cases;

/// <summary>The cases' counting by a grouping by the matter, in partitions whose sums fit a processor's cache.</summary>
internal sealed partial class CaseCounter
{
    /// <summary>
    /// The fewest (code, code, period) combinations of a grouping by the matter counted in partitions by default: 2^14,
    /// from where one table of every combination's sums no longer fits a core's nearest caches.
    /// </summary>
    internal const long DefaultPartitionedFrom = 1 << 14;

    /// <summary>The most combinations counted in partitions: an entry holds a combination beside a case's five facts in 32 bits.</summary>
    private const long MaxPartitionedCombinations = 1 << (32 - FactBits);

    private const int FactBits = 5;

    /// <summary>
    /// The combinations a kept case may bring to the partitions beyond the dense limit: each partition's table is cleared
    /// and read through once (a few nanoseconds a combination), where a case counted by hashing costs a hundred or more,
    /// so that a grouping by matter and day (tens of millions of combinations) is counted in partitions from a million cases.
    /// </summary>
    internal const long PartitionedCombinationsPerCase = 64;

    /// <summary>The most combinations counted by sorting: an entry holds a combination beside a case's five facts in a non-negative 64-bit key.</summary>
    private const long MaxSortedCombinations = 1L << (63 - FactBits);

    // An entry's facts, below its combination.
    private const uint ActivelyRatedBit = 1, FollowedUpBit = 2, DissatisfiedBit = 4, OnTimeBit = 8, CoverageRatedBit = 16;
    /// <summary>The bits of a partition's range of combinations by default: 4,096 combinations, whose sums take 96 KB.</summary>
    internal const int DefaultPartitionBits = 12;

    private const int SumsPerCombination = 6;
    private const uint OutOfRange = uint.MaxValue;

    /// <summary>
    /// The most combinations of a grouping by the matter counted in partitions, given the kept cases: every combination
    /// the dense limit allows, or more while they are few beside the cases (by default <see cref="PartitionedCombinationsPerCase"/> a case),
    /// and never more than an entry holds.
    /// </summary>
    private long PartitionedLimit(int keptCases) =>
        Math.Min(Math.Max(denseGroupLimit, partitionedPerCase * keptCases), MaxPartitionedCombinations);

    /// <summary>
    /// The groups of the completed cases in the report's range, for a grouping by the matter with too many combinations
    /// for one table of sums to stay in the cache, where each case would cost two misses of it. Three passes: each run
    /// of kept rows counts its cases by partition (a range of 2^<paramref name="partitionBits"/> combinations); each
    /// run writes each case as one entry (its combination beside its five facts, in 32 bits) to its place among its
    /// partition's entries, runs in order; each partition is then summed in a table of its own combinations, which fits
    /// the cache. Each group has one matter, rated when any of its cases rates it. Groups come in the order of their
    /// combinations.
    /// </summary>
    private static (List<(int Code0, int Code1, int Period)> Keys, List<CaseSums> Sums) CountInPartitions(
        Grouping grouping, int[] kept, int runs, CaseFacts facts, int combinations, int cardinality1, int periods, int partitionBits)
    {
        int shift = Math.Min(partitionBits, 32 - BitOperations.LeadingZeroCount((uint)(combinations - 1)));
        int partitions = ((combinations - 1) >> shift) + 1;
        // Every combination is below 2^(32 - FactBits) here, so an entry fits 32 bits.
        uint EntryOf(int i) => facts.EntryOf(kept[i], grouping, cardinality1, periods) is long entry and >= 0 ? (uint)entry : OutOfRange;
        int PartitionOf(uint entry) => (int)(entry >> FactBits) >> shift;

        // Each kept case's entry is found once, kept in order (every one written before read, so not cleared first),
        // and counted by partition; then moved to its place.
        uint[] entryOfKept = GC.AllocateUninitializedArray<uint>(kept.Length);
        int[][] placeOfRun = new int[runs][];
        Parallel.For(0, runs, run =>
        {
            int[] counts = placeOfRun[run] = new int[partitions];
            for (int i = RunStart(kept.Length, runs, run); i < RunStart(kept.Length, runs, run + 1); i++)
            {
                uint entry = entryOfKept[i] = EntryOf(i);
                if (entry != OutOfRange)
                {
                    counts[PartitionOf(entry)]++;
                }
            }
        });
        // Partition by partition, each run's entries follow the runs' before it: counts become places.
        int[] partitionStart = BucketPlaces.Assign(placeOfRun, partitions);
        int placed = partitionStart[partitions];
        uint[] entries = new uint[placed];
        Parallel.For(0, runs, run =>
        {
            int[] places = placeOfRun[run];
            int from = RunStart(kept.Length, runs, run), to = RunStart(kept.Length, runs, run + 1);
            foreach (uint entry in entryOfKept.AsSpan(from, to - from))
            {
                if (entry != OutOfRange)
                {
                    entries[places[PartitionOf(entry)]++] = entry;
                }
            }
        });

        var keysOf = new List<(int, int, int)>[partitions];
        var sumsOf = new List<CaseSums>[partitions];
        Parallel.For(0, partitions, () => new int[(1 << shift) * SumsPerCombination], (p, _, table) =>
        {
            Array.Clear(table);
            int first = p << shift;
            int met = 0; // the partition's combinations with a case, each counted at its first
            foreach (uint entry in entries.AsSpan(partitionStart[p], partitionStart[p + 1] - partitionStart[p]))
            {
                Span<int> sums = table.AsSpan(((int)(entry >> FactBits) - first) * SumsPerCombination, SumsPerCombination);
                met += sums[0] == 0 ? 1 : 0;
                Add(sums, entry);
            }
            int end = Math.Min(1 << shift, combinations - first);
            var keys = keysOf[p] = new(met);
            var groups = sumsOf[p] = new(met);
            for (int local = 0; local < end; local++)
            {
                ReadOnlySpan<int> sums = table.AsSpan(local * SumsPerCombination, SumsPerCombination);
                if (sums[0] > 0)
                {
                    keys.Add(KeyOfCombination(first + local, cardinality1, periods));
                    groups.Add(SumsOf(sums));
                }
            }
            return table;
        }, _ => { });
        var allKeys = new List<(int, int, int)>(keysOf.Sum(keys => keys.Count));
        var allSums = new List<CaseSums>(allKeys.Capacity);
        for (int p = 0; p < partitions; p++)
        {
            allKeys.AddRange(keysOf[p]);
            allSums.AddRange(sumsOf[p]);
        }
        return (allKeys, allSums);
    }

    /// <summary>The (code, code, period) key of a combination's place (<see cref="Combination"/> undone).</summary>
    private static (int Code0, int Code1, int Period) KeyOfCombination(long combination, int cardinality1, int periods)
    {
        long codes = combination / periods;
        return ((int)(codes / cardinality1) - 1, (int)(codes % cardinality1) - 1, (int)(combination % periods));
    }

    /// <summary>
    /// The groups of the completed cases in the report's range, for a grouping by the matter with combinations too many
    /// for partitions (beyond what 32 bits hold, or many beside the cases: a unit and matter by month, say): each case
    /// becomes one 64-bit entry as in partitions (its combination above its five facts), the entries are sorted by their
    /// bits, and each run of one combination is a group. Groups come in the order of their combinations, as partitions
    /// give them; the cost grows with the cases, not the combinations.
    /// </summary>
    private static (List<(int Code0, int Code1, int Period)> Keys, List<CaseSums> Sums) CountBySorting(
        Grouping grouping, int[] kept, int runs, CaseFacts facts, int cardinality1, int periods)
    {
        // Each run writes its cases' entries from its start; the runs' entries then close up.
        long[] entries = GC.AllocateUninitializedArray<long>(kept.Length);
        int[] entriesOfRun = new int[runs];
        Parallel.For(0, runs, run =>
        {
            int at = RunStart(kept.Length, runs, run);
            for (int i = at; i < RunStart(kept.Length, runs, run + 1); i++)
            {
                long entry = facts.EntryOf(kept[i], grouping, cardinality1, periods);
                if (entry >= 0)
                {
                    entries[at++] = entry;
                }
            }
            entriesOfRun[run] = at - RunStart(kept.Length, runs, run);
        });
        int count = entriesOfRun[0];
        for (int run = 1; run < runs; run++)
        {
            Array.Copy(entries, RunStart(kept.Length, runs, run), entries, count, entriesOfRun[run]);
            count += entriesOfRun[run];
        }
        Span<long> sorted = entries.AsSpan(0, count);
        RadixSort.Sort(sorted);
        var keys = new List<(int, int, int)>();
        var groups = new List<CaseSums>();
        Span<int> sums = stackalloc int[SumsPerCombination];
        for (int start = 0; start < sorted.Length;)
        {
            long combination = sorted[start] >> FactBits;
            sums.Clear();
            int end = start;
            for (; end < sorted.Length && sorted[end] >> FactBits == combination; end++)
            {
                Add(sums, sorted[end]);
            }
            keys.Add(KeyOfCombination(combination, cardinality1, periods));
            groups.Add(SumsOf(sums));
            start = end;
        }
        return (keys, groups);
    }

    /// <summary>
    /// Adds a case's entry to its combination's sums (<see cref="SumsPerCombination"/>): the cases; those actively rated,
    /// followed up, dissatisfied, completed on time; and whether any rates the matter.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(Span<int> sums, long entry)
    {
        sums[0]++;
        sums[1] += (entry & ActivelyRatedBit) != 0 ? 1 : 0;
        sums[2] += (entry & FollowedUpBit) != 0 ? 1 : 0;
        sums[3] += (entry & DissatisfiedBit) != 0 ? 1 : 0;
        sums[4] += (entry & OnTimeBit) != 0 ? 1 : 0;
        sums[5] |= (entry & CoverageRatedBit) != 0 ? 1 : 0;
    }

    /// <summary>A combination's sums as its group's, the group having one matter.</summary>
    private static CaseSums SumsOf(ReadOnlySpan<int> sums) => new(sums[0], sums[1], sums[2], sums[3], sums[4], Matters: 1, MattersRated: sums[5]);

    /// <summary>What a kept case row contributes to the counting: its group's codes and completion period, and its facts.</summary>
    private readonly record struct CaseFacts(
        CaseRow[] Rows, bool[] Rated, bool[] CoverageRated, byte[] FollowUps, bool[] OnTime, int FirstDay, int[] PeriodOfDay)
    {
        /// <summary>
        /// A case row as one entry: its combination (<see cref="Combination"/>) above five bits (actively rated, followed
        /// up, dissatisfied, completed on time, rating its matter for coverage); -1 when it was not
        /// completed within the report's range.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal long EntryOf(int row, Grouping grouping, int cardinality1, int periods)
        {
            ref CaseRow c = ref Rows[row];
            int period = c.IsCompleted ? PeriodOfDay[c.PackedCompletedAt.ChinaDayNumber - FirstDay] : -1;
            if (period < 0)
            {
                return -1;
            }
            long combination = Combination((Code(grouping, 0, ref c), Code(grouping, 1, ref c), period), cardinality1, periods);
            byte followUp = FollowUps[row];
            return (combination << FactBits) | (Rated[row] ? ActivelyRatedBit : 0) | (followUp != 0 ? FollowedUpBit : 0)
                | (followUp == Dissatisfied ? DissatisfiedBit : 0) | (OnTime[row] ? OnTimeBit : 0) | (CoverageRated[row] ? CoverageRatedBit : 0);
        }
    }
}
