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

    [Fact]
    public void Keys_whose_low_half_is_all_zero_sort_by_their_high_half()
    {
        long[] keys = [.. Enumerable.Range(0, 10_000).Select(i => (long)((i * 7919) % 10_000) << 32)];
        RadixSort.Sort(keys);
        Assert.Equal(Enumerable.Range(0, 10_000).Select(i => (long)i << 32), keys);
    }
}
