using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using Evaluation.Core.Utility;

namespace Evaluation.Core.Metrics;

/// <summary>
/// The exact set of distinct matters of one group (评价覆盖事项): the matters that have valid case-linked ratings, and
/// those among them that have a valid active rating. Sets of matter indices of one <c>RatingBatch</c>, held as bitsets
/// (one bit per matter of the batch) or, for a group of few matters among the batch's, as sorted arrays, so that
/// memory follows the groups' own matters; the two forms behave alike.
/// </summary>
/// <remarks>
/// Immutable. <see cref="Merge"/> is set union, associative, commutative and idempotent, with <see cref="Empty"/> as identity.
/// </remarks>
public sealed class MatterCoverage : IEquatable<MatterCoverage>
{
    // The bitset form: the present matters' words, then as many words of rated matters, at bitsStart of bits (a block
    // many groups may share, so that thousands of groups are not thousands of objects for the collector to move).
    /// <summary>The words of a block of bitsets that many coverages share (<see cref="Slab{T}"/>): 1 MiB.</summary>
    internal const int SlabBlockWords = 1 << 17;

    /// <summary>
    /// A slab for the sorted matter lists of the coverages one thread makes: blocks of 64 KiB, under the large-object
    /// threshold, so that they count in the first generation's budget; blocks of 512 KiB put collections off and raised
    /// a report's peak by 0.1 GB (docs/performance.md).
    /// </summary>
    internal static Slab<int> NewListSlab() => new(1 << 14);

    private readonly ulong[]? bits;
    private readonly int bitsStart;
    private readonly int words;
    // The list form: the present matters' indices, ascending, at presentStart of presentList, and the rated ones' at
    // ratedStart of ratedList (runs of blocks many groups may share, or arrays of their own); their lengths are the counts.
    private readonly int[]? presentList;
    private readonly int presentStart;
    private readonly int[]? ratedList;
    private readonly int ratedStart;

    /// <summary>Makes a coverage from bitsets of matter indices (bit <c>m &amp; 63</c> of word <c>m &gt;&gt; 6</c>).</summary>
    internal MatterCoverage(ulong[] present, ulong[] rated)
        : this(Block(present, rated), 0, Math.Max(present.Length, rated.Length))
    {
    }

    /// <summary>Makes a coverage from <paramref name="words"/> words of present matters and as many of rated ones at <paramref name="start"/> of <paramref name="block"/>, which must not change.</summary>
    private MatterCoverage(ulong[] block, int start, int words)
    {
        bits = block;
        bitsStart = start;
        this.words = words;
        MattersWithRatings = PopCount(PresentBits);
        MattersRated = PopCount(RatedBits);
    }

    private MatterCoverage(int[] present, int[] rated)
        : this(present, 0, present.Length, rated, 0, rated.Length)
    {
    }

    private MatterCoverage(int[] present, int presentStart, int presentCount, int[] rated, int ratedStart, int ratedCount)
    {
        presentList = present;
        this.presentStart = presentStart;
        ratedList = rated;
        this.ratedStart = ratedStart;
        MattersWithRatings = presentCount;
        MattersRated = ratedCount;
    }

    /// <summary>No matters.</summary>
    public static MatterCoverage Empty { get; } = new(Array.Empty<int>(), Array.Empty<int>());

    /// <summary>Distinct matters with valid case-linked ratings, active or default (the denominator).</summary>
    public long MattersWithRatings { get; }

    /// <summary>Distinct matters with a valid active rating (the numerator).</summary>
    public long MattersRated { get; }

    /// <summary>The matter coverage rate (评价覆盖事项率).</summary>
    public Rate Rate => new(MattersRated, MattersWithRatings);

    /// <summary>Makes a coverage from matter indices in ascending order, each once.</summary>
    internal static MatterCoverage FromSorted(int[] present, int[] rated) => new(present, rated);

    /// <summary>
    /// Makes a coverage from bitsets a caller reuses (bit <c>m &amp; 63</c> of word <c>m &gt;&gt; 6</c>; every rated matter
    /// also present), in the smaller form: sorted arrays when the group has fewer matters than twice the words, as a
    /// unit's group among a city's matters does, otherwise a copy of the bitsets. Null when no matter is present.
    /// </summary>
    /// <param name="present">The present matters.</param>
    /// <param name="rated">The rated matters, as many words.</param>
    /// <param name="slab">Where a copy of the bitsets is placed; null for arrays of their own.</param>
    internal static MatterCoverage? FromBits(ReadOnlySpan<ulong> present, ReadOnlySpan<ulong> rated, Slab<ulong>? slab = null)
    {
        int first = present.IndexOfAnyExcept(0UL);
        if (first < 0)
        {
            return null;
        }
        int end = present.LastIndexOfAnyExcept(0UL) + 1;
        int count = PopCount(present[first..end]);
        if (count >= 2 * present.Length)
        {
            return CopyOfBits(present, rated, slab);
        }
        return new MatterCoverage(SetIndices(present, first, end, count), SetIndices(rated, first, end, PopCount(rated[first..end])));
    }

    /// <summary>
    /// Makes a coverage from bitsets a caller reuses, as <see cref="FromBits(ReadOnlySpan{ulong}, ReadOnlySpan{ulong}, Slab{ulong}?)"/>
    /// does, given which of their words hold a matter (bit <c>w &amp; 63</c> of word <c>w &gt;&gt; 6</c> of
    /// <paramref name="touched"/> for word <c>w</c>): only those words are read, so a group of a few hundred matters
    /// among tens of thousands costs its matters rather than the whole range between its first and its last.
    /// </summary>
    /// <param name="present">The present matters.</param>
    /// <param name="rated">The rated matters, as many words.</param>
    /// <param name="touched">A bit per word of <paramref name="present"/>, set exactly for the words that are not zero.</param>
    /// <param name="slab">Where a copy of the bitsets is placed; null for arrays of their own.</param>
    /// <param name="listSlab">Where the sorted indices are placed; null for arrays of their own.</param>
    internal static MatterCoverage? FromBits(ReadOnlySpan<ulong> present, ReadOnlySpan<ulong> rated, ReadOnlySpan<ulong> touched, Slab<ulong>? slab, Slab<int>? listSlab = null)
    {
        int count = 0, ratedCount = 0;
        foreach (int w in new SetBits(touched))
        {
            count += BitOperations.PopCount(present[w]);
            ratedCount += BitOperations.PopCount(rated[w]);
        }
        if (count == 0)
        {
            return null;
        }
        if (count >= 2 * present.Length)
        {
            return CopyOfBits(present, rated, slab);
        }
        // Both lists in one run: present matters first, rated ones after them.
        (int[] lists, int start) = listSlab?.Take(count + ratedCount) ?? (new int[count + ratedCount], 0);
        int p = start, r = start + count;
        foreach (int w in new SetBits(touched))
        {
            for (ulong bits = present[w]; bits != 0; bits &= bits - 1)
            {
                lists[p++] = (w << 6) + BitOperations.TrailingZeroCount(bits);
            }
            for (ulong bits = rated[w]; bits != 0; bits &= bits - 1)
            {
                lists[r++] = (w << 6) + BitOperations.TrailingZeroCount(bits);
            }
        }
        return new MatterCoverage(lists, start, count, lists, start + count, ratedCount);
    }

    /// <summary>A coverage holding a copy of both bitsets, placed in <paramref name="slab"/> (or arrays of its own when null).</summary>
    private static MatterCoverage CopyOfBits(ReadOnlySpan<ulong> present, ReadOnlySpan<ulong> rated, Slab<ulong>? slab)
    {
        (ulong[] block, int start) = slab?.Take(2 * present.Length) ?? (new ulong[2 * present.Length], 0);
        present.CopyTo(block.AsSpan(start));
        rated.CopyTo(block.AsSpan(start + present.Length));
        return new MatterCoverage(block, start, present.Length);
    }

    /// <summary>The indices of the set bits of words <paramref name="first"/> to <paramref name="end"/>, ascending.</summary>
    private static int[] SetIndices(ReadOnlySpan<ulong> bits, int first, int end, int count)
    {
        int[] indices = new int[count];
        int k = 0;
        foreach (int m in new SetBits(bits[first..end], first))
        {
            indices[k++] = m;
        }
        return indices;
    }

    /// <summary>The union of both groups' matters.</summary>
    /// <param name="other">The other coverage, from the same batch.</param>
    /// <returns>The merged coverage.</returns>
    public MatterCoverage Merge(MatterCoverage other)
    {
        Preconditions.CheckNotNull(other, nameof(other));
        if (presentList is null || other.presentList is null)
        {
            return Union([this, other]);
        }
        return other.MattersWithRatings == 0 ? this
            : MattersWithRatings == 0 ? other
            : new MatterCoverage(Union(PresentList, other.PresentList), Union(RatedList, other.RatedList));
    }

    /// <summary>The union of many groups' matters, computed in one pass.</summary>
    /// <param name="coverages">Coverages from the same batch.</param>
    /// <returns>The union.</returns>
    public static MatterCoverage Union(IEnumerable<MatterCoverage> coverages)
    {
        Preconditions.CheckNotNull(coverages, nameof(coverages));
        ulong[] present = [];
        ulong[] rated = [];
        foreach (MatterCoverage c in coverages)
        {
            c.AddTo(ref present, ref rated);
        }
        return new MatterCoverage(present, rated);
    }

    /// <summary>The indices of the matters with valid case-linked ratings, ascending.</summary>
    internal int[] PresentIndices() => presentList is not null ? PresentList.ToArray() : AllSet(PresentBits);

    /// <summary>The indices of the matters with a valid active rating, ascending.</summary>
    internal int[] RatedIndices() => ratedList is not null ? RatedList.ToArray() : AllSet(RatedBits);

    private static int[] AllSet(ReadOnlySpan<ulong> bits) => SetIndices(bits, 0, bits.Length, PopCount(bits));

    /// <summary>Whether the matter with a batch index is covered by a valid active rating.</summary>
    /// <param name="matterIndex">The matter's index in its batch.</param>
    /// <returns>True when rated.</returns>
    public bool IsRated(int matterIndex) => ratedList is not null ? RatedList.BinarySearch(matterIndex) >= 0 : Has(RatedBits, matterIndex);

    /// <inheritdoc />
    public bool Equals(MatterCoverage? other)
    {
        if (other is null || other.MattersWithRatings != MattersWithRatings || other.MattersRated != MattersRated)
        {
            return false;
        }
        if (presentList is not null && other.presentList is not null)
        {
            return PresentList.SequenceEqual(other.PresentList) && RatedList.SequenceEqual(other.RatedList);
        }
        ulong[] present = [], rated = [], otherPresent = [], otherRated = [];
        AddTo(ref present, ref rated);
        other.AddTo(ref otherPresent, ref otherRated);
        return SameSet(present, otherPresent) && SameSet(rated, otherRated);
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MatterCoverage);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(MattersWithRatings, MattersRated);

    /// <inheritdoc />
    public override string ToString() => $"MatterCoverage {MattersRated}/{MattersWithRatings}";

    /// <summary>Sets this coverage's matters in bitsets, growing them as needed.</summary>
    private void AddTo(ref ulong[] present, ref ulong[] rated)
    {
        if (presentList is not null)
        {
            SetBits(ref present, PresentList);
            SetBits(ref rated, RatedList);
            return;
        }
        OrInto(ref present, PresentBits);
        OrInto(ref rated, RatedBits);
    }

    /// <summary>Both bitsets in one block, the shorter padded with zero words.</summary>
    private static ulong[] Block(ulong[] present, ulong[] rated)
    {
        int words = Math.Max(present.Length, rated.Length);
        ulong[] block = new ulong[2 * words];
        present.CopyTo(block, 0);
        rated.CopyTo(block, words);
        return block;
    }

    private ReadOnlySpan<ulong> PresentBits => bits.AsSpan(bitsStart, words);

    private ReadOnlySpan<int> PresentList => presentList.AsSpan(presentStart, (int)MattersWithRatings);

    private ReadOnlySpan<int> RatedList => ratedList.AsSpan(ratedStart, (int)MattersRated);

    private ReadOnlySpan<ulong> RatedBits => bits.AsSpan(bitsStart + words, words);

    private static void OrInto(ref ulong[] into, ReadOnlySpan<ulong> from)
    {
        if (from.Length > into.Length)
        {
            Array.Resize(ref into, from.Length);
        }
        for (int i = 0; i < from.Length; i++)
        {
            into[i] |= from[i];
        }
    }

    private static void SetBits(ref ulong[] bits, ReadOnlySpan<int> indices)
    {
        if (indices.Length > 0 && (indices[^1] >> 6) >= bits.Length)
        {
            Array.Resize(ref bits, (indices[^1] >> 6) + 1);
        }
        foreach (int m in indices)
        {
            bits[m >> 6] |= 1UL << (m & 63);
        }
    }

    private static bool Has(ReadOnlySpan<ulong> bits, int index) => index >= 0 && (index >> 6) < bits.Length && (bits[index >> 6] & (1UL << (index & 63))) != 0;

    private static int PopCount(ReadOnlySpan<ulong> bits)
    {
        int n = 0;
        foreach (ulong w in bits)
        {
            n += BitOperations.PopCount(w);
        }
        return n;
    }

    private static bool SameSet(ulong[] a, ulong[] b)
    {
        for (int i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            if ((i < a.Length ? a[i] : 0) != (i < b.Length ? b[i] : 0))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The union of two ascending runs of distinct indices.</summary>
    private static int[] Union(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        if (b.IsEmpty || a.SequenceEqual(b))
        {
            return a.ToArray();
        }
        if (a.IsEmpty)
        {
            return b.ToArray();
        }
        var union = new List<int>(a.Length + b.Length);
        int i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            int next = j == b.Length || (i < a.Length && a[i] <= b[j]) ? a[i] : b[j];
            union.Add(next);
            i += i < a.Length && a[i] == next ? 1 : 0;
            j += j < b.Length && b[j] == next ? 1 : 0;
        }
        return [.. union];
    }
}
