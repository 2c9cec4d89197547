using System;
using System.Collections.Generic;
using System.Numerics;
using Evaluation.Core.Utility;

namespace Evaluation.Core.Metrics;

/// <summary>
/// The exact set of distinct matters of one group (评价覆盖事项): the matters that have valid case-linked ratings, and
/// those among them that have a valid active rating. Sets of matter indices of one <c>RatingBatch</c>, as bitsets.
/// </summary>
/// <remarks>
/// Immutable. <see cref="Merge"/> is set union, associative, commutative and idempotent, with <see cref="Empty"/> as identity.
/// </remarks>
public sealed class MatterCoverage : IEquatable<MatterCoverage>
{
    private readonly ulong[] present;
    private readonly ulong[] rated;

    internal MatterCoverage(ulong[] present, ulong[] rated)
    {
        this.present = present;
        this.rated = rated;
        MattersWithRatings = PopCount(present);
        MattersRated = PopCount(rated);
    }

    /// <summary>No matters.</summary>
    public static MatterCoverage Empty { get; } = new([], []);

    /// <summary>Distinct matters with valid case-linked ratings, active or default (the denominator).</summary>
    public long MattersWithRatings { get; }

    /// <summary>Distinct matters with a valid active rating (the numerator).</summary>
    public long MattersRated { get; }

    /// <summary>The matter coverage rate (评价覆盖事项率).</summary>
    public Rate Rate => new(MattersRated, MattersWithRatings);

    /// <summary>The union of both groups' matters.</summary>
    /// <param name="other">The other coverage, from the same batch.</param>
    /// <returns>The merged coverage.</returns>
    public MatterCoverage Merge(MatterCoverage other)
    {
        Preconditions.CheckNotNull(other, nameof(other));
        return new MatterCoverage(Or(present, other.present), Or(rated, other.rated));
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
            OrInto(ref present, c.present);
            OrInto(ref rated, c.rated);
        }
        return new MatterCoverage(present, rated);
    }

    private static void OrInto(ref ulong[] into, ulong[] from)
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

    /// <summary>Whether the matter with a batch index is covered by a valid active rating.</summary>
    /// <param name="matterIndex">The matter's index in its batch.</param>
    /// <returns>True when rated.</returns>
    public bool IsRated(int matterIndex) => Has(rated, matterIndex);

    /// <inheritdoc />
    public bool Equals(MatterCoverage? other) =>
        other is not null && SameSet(present, other.present) && SameSet(rated, other.rated);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MatterCoverage);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(MattersWithRatings, MattersRated);

    /// <inheritdoc />
    public override string ToString() => $"MatterCoverage {MattersRated}/{MattersWithRatings}";

    private static bool Has(ulong[] bits, int index) => index >= 0 && (index >> 6) < bits.Length && (bits[index >> 6] & (1UL << (index & 63))) != 0;

    private static long PopCount(ulong[] bits)
    {
        long n = 0;
        foreach (ulong w in bits)
        {
            n += BitOperations.PopCount(w);
        }
        return n;
    }

    private static ulong[] Or(ulong[] a, ulong[] b)
    {
        var result = new ulong[Math.Max(a.Length, b.Length)];
        a.CopyTo(result, 0);
        for (int i = 0; i < b.Length; i++)
        {
            result[i] |= b[i];
        }
        return result;
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
}
