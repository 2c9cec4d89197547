using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using Evaluation.Core.Utility;

namespace Evaluation.Core.Metrics;

/// <summary>
/// The exact set of distinct matters of one group (评价覆盖事项): the matters that have valid case-linked ratings, and
/// those among them that have a valid active rating. Sets of matter indices of one <c>RatingBatch</c>, held as sorted
/// arrays, so that a group's memory grows with its own matters, not with the batch's.
/// </summary>
/// <remarks>
/// Immutable. <see cref="Merge"/> is set union, associative, commutative and idempotent, with <see cref="Empty"/> as identity.
/// </remarks>
public sealed class MatterCoverage : IEquatable<MatterCoverage>
{
    private readonly int[] present;
    private readonly int[] rated;

    private MatterCoverage(int[] present, int[] rated)
    {
        this.present = present;
        this.rated = rated;
    }

    /// <summary>Makes a coverage from bitsets of matter indices (bit <c>m &amp; 63</c> of word <c>m &gt;&gt; 6</c>).</summary>
    internal MatterCoverage(ReadOnlySpan<ulong> present, ReadOnlySpan<ulong> rated)
        : this(IndicesOf(present), IndicesOf(rated))
    {
    }

    /// <summary>No matters.</summary>
    public static MatterCoverage Empty { get; } = new(Array.Empty<int>(), Array.Empty<int>());

    /// <summary>Distinct matters with valid case-linked ratings, active or default (the denominator).</summary>
    public long MattersWithRatings => present.Length;

    /// <summary>Distinct matters with a valid active rating (the numerator).</summary>
    public long MattersRated => rated.Length;

    /// <summary>The matter coverage rate (评价覆盖事项率).</summary>
    public Rate Rate => new(MattersRated, MattersWithRatings);

    /// <summary>Makes a coverage from matter indices in ascending order, each once.</summary>
    internal static MatterCoverage FromSorted(int[] present, int[] rated) => new(present, rated);

    /// <summary>The union of both groups' matters.</summary>
    /// <param name="other">The other coverage, from the same batch.</param>
    /// <returns>The merged coverage.</returns>
    public MatterCoverage Merge(MatterCoverage other)
    {
        Preconditions.CheckNotNull(other, nameof(other));
        return new MatterCoverage(Union(present, other.present), Union(rated, other.rated));
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
            SetBits(ref present, c.present);
            SetBits(ref rated, c.rated);
        }
        return new MatterCoverage(present, rated);
    }

    /// <summary>Whether the matter with a batch index is covered by a valid active rating.</summary>
    /// <param name="matterIndex">The matter's index in its batch.</param>
    /// <returns>True when rated.</returns>
    public bool IsRated(int matterIndex) => Array.BinarySearch(rated, matterIndex) >= 0;

    /// <inheritdoc />
    public bool Equals(MatterCoverage? other) =>
        other is not null && present.AsSpan().SequenceEqual(other.present) && rated.AsSpan().SequenceEqual(other.rated);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MatterCoverage);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(MattersWithRatings, MattersRated);

    /// <inheritdoc />
    public override string ToString() => $"MatterCoverage {MattersRated}/{MattersWithRatings}";

    private static int[] IndicesOf(ReadOnlySpan<ulong> bits)
    {
        long count = 0;
        foreach (ulong w in bits)
        {
            count += BitOperations.PopCount(w);
        }
        var indices = new int[count];
        int next = 0;
        for (int word = 0; word < bits.Length; word++)
        {
            for (ulong w = bits[word]; w != 0; w &= w - 1)
            {
                indices[next++] = (word << 6) + BitOperations.TrailingZeroCount(w);
            }
        }
        return indices;
    }

    private static void SetBits(ref ulong[] bits, int[] indices)
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

    private static int[] Union(int[] a, int[] b)
    {
        if (b.Length == 0 || a.AsSpan().SequenceEqual(b))
        {
            return a;
        }
        if (a.Length == 0)
        {
            return b;
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
