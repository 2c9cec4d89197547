using System;
using System.Linq;
using Evaluation.Core.Utility;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Evaluation.Core.Tests.Utility;

/// <summary>
/// Sorting keys by their bits gives the order a comparison sort gives: for keys of every width (a few low bits, a group
/// in the high half over a matter in the low, the full 63 bits), with digits all alike in some passes, with repeats,
/// negative keys (left to the comparison sort) and arrays on either side of the threshold.
/// </summary>
public class RadixSortProperties
{
    private static readonly Gen<long> Keys = Gen.OneOf(
        Gen.Choose(0, 50).Select(n => (long)n),
        Gen.Choose(0, 600_000).SelectMany(g => Gen.Choose(0, 100_000).Select(m => ((long)g << 32) | ((long)m << 1) | (long)(m & 1))),
        ArbMap.Default.GeneratorFor<long>().Select(k => k & long.MaxValue),
        ArbMap.Default.GeneratorFor<long>());

    [Property(MaxTest = 500)]
    public Property Sorting_by_bits_equals_sorting_by_comparison() =>
        Prop.ForAll(Keys.ArrayOf().ToArbitrary(), Gen.Choose(0, 40).ToArbitrary(), (keys, threshold) =>
        {
            long[] expected = [.. keys.Order()];
            long[] sorted = [.. keys];
            RadixSort.Sort(sorted, threshold);
            return sorted.SequenceEqual(expected);
        });

    [Property(MaxTest = 300)]
    public Property Sorting_items_by_ranks_equals_a_stable_sort_by_rank() =>
        Prop.ForAll(Keys.ArrayOf().ToArbitrary(), Gen.Choose(0, 40).ToArbitrary(), (ranks, threshold) =>
        {
            int[] items = [.. Enumerable.Range(0, ranks.Length).Select(i => (i * 7) + 3)];
            (long Rank, int Item)[] expected = [.. ranks.Zip(items).OrderBy(p => p.First).Select(p => (p.First, p.Second))];
            long[] sortedRanks = [.. ranks];
            int[] sortedItems = [.. items];
            RadixSort.SortBy(sortedRanks, sortedItems, threshold);
            // Items of equal rank may come in either order when the comparison sort is used (negative or wide ranks).
            bool byBits = ranks.Length >= threshold && ranks.All(r => r >= 0);
            return sortedRanks.SequenceEqual(expected.Select(p => p.Rank))
                && (byBits && ranks.DefaultIfEmpty().Max() < (1L << 40)
                    ? sortedItems.SequenceEqual(expected.Select(p => p.Item))
                    : sortedItems.Order().SequenceEqual(items) && sortedRanks.Zip(sortedItems).All(p => ranks[(p.Second - 3) / 7] == p.First));
        });

    [Fact]
    public void Keys_whose_low_half_is_all_zero_sort_by_their_high_half()
    {
        long[] keys = [.. Enumerable.Range(0, 10_000).Select(i => (long)((i * 7919) % 10_000) << 32)];
        RadixSort.Sort(keys);
        Assert.Equal(Enumerable.Range(0, 10_000).Select(i => (long)i << 32), keys);
    }
}
