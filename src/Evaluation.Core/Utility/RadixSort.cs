using System;
using System.Numerics;

namespace Evaluation.Core.Utility;

/// <summary>
/// Sorts 64-bit keys by their bits, 11 bits a pass from the lowest (a least-significant-digit radix sort, 2,048 buckets,
/// whose counts stay in the nearest cache): as many passes as the keys' highest set bit needs, a pass skipped when every
/// key has the same digit in it. The cost grows with the keys times their width, not with n log n comparisons: the
/// (group, matter) keys of millions of ratings sort in a fraction of a comparison sort's time. Negative keys, and
/// arrays too short to be worth a buffer, are left to <see cref="MemoryExtensions.Sort{T}(Span{T})"/>.
/// </summary>
internal static class RadixSort
{
    private const int DigitBits = 11;
    private const ulong Mask = (1 << DigitBits) - 1;

    /// <summary>The fewest keys sorted by their bits rather than compared.</summary>
    internal const int DefaultThreshold = 1 << 12;

    /// <summary>Sorts the keys in ascending order.</summary>
    /// <param name="keys">The keys.</param>
    /// <param name="threshold">The fewest keys sorted by their bits; tests lower it.</param>
    internal static void Sort(Span<long> keys, int threshold = DefaultThreshold)
    {
        ulong bits = 0;
        foreach (long key in keys)
        {
            bits |= unchecked((ulong)key);
        }
        if (keys.Length < threshold || unchecked((long)bits) < 0)
        {
            keys.Sort();
            return;
        }
        int width = 64 - BitOperations.LeadingZeroCount(bits);
        long[] buffer = new long[keys.Length];
        Span<long> from = keys, to = buffer;
        int[] counts = new int[1 << DigitBits];
        for (int shift = 0; shift < width; shift += DigitBits)
        {
            Array.Clear(counts);
            foreach (long key in from)
            {
                counts[(int)((unchecked((ulong)key) >> shift) & Mask)]++;
            }
            if (counts[(int)((unchecked((ulong)from[0]) >> shift) & Mask)] == from.Length)
            {
                continue;
            }
            int at = 0;
            for (int digit = 0; digit < counts.Length; digit++)
            {
                int count = counts[digit];
                counts[digit] = at;
                at += count;
            }
            foreach (long key in from)
            {
                to[counts[(int)((unchecked((ulong)key) >> shift) & Mask)]++] = key;
            }
            Span<long> sorted = to;
            to = from;
            from = sorted;
        }
        if (from != keys)
        {
            from.CopyTo(keys);
        }
    }

    /// <summary>
    /// Sorts items by their ranks, as <see cref="Array.Sort{TKey, TValue}(TKey[], TValue[])"/> does (both arrays put in
    /// the ranks' order), by the ranks' bits when a rank and an item's position fit one key of 63 bits; items of equal
    /// rank then keep their order.
    /// </summary>
    /// <param name="ranks">The ranks, sorted in place.</param>
    /// <param name="items">The items, one per rank, put in the ranks' order.</param>
    /// <param name="threshold">The fewest items sorted by their ranks' bits; tests lower it.</param>
    internal static void SortBy(long[] ranks, int[] items, int threshold = DefaultThreshold)
    {
        Preconditions.CheckArgument(ranks.Length == items.Length, nameof(items), "must hold one item per rank");
        long highest = 0, lowest = 0;
        foreach (long rank in ranks)
        {
            highest = Math.Max(highest, rank);
            lowest = Math.Min(lowest, rank);
        }
        int positionBits = 64 - BitOperations.LeadingZeroCount((ulong)Math.Max(ranks.Length - 1, 1));
        if (ranks.Length < threshold || lowest < 0 || 64 - BitOperations.LeadingZeroCount((ulong)highest) + positionBits > 63)
        {
            Array.Sort(ranks, items);
            return;
        }
        // Each rank beside its place in one key, in the ranks' own array.
        for (int i = 0; i < ranks.Length; i++)
        {
            ranks[i] = (ranks[i] << positionBits) | (long)i;
        }
        Sort(ranks, threshold);
        int[] moved = new int[items.Length];
        long position = (1L << positionBits) - 1;
        for (int i = 0; i < ranks.Length; i++)
        {
            moved[i] = items[(int)(ranks[i] & position)];
            ranks[i] >>= positionBits;
        }
        moved.CopyTo(items, 0);
    }
}
