using System.Collections.Generic;

namespace Evaluation.Reporting.Cases;

/// <summary>
/// Equality of (group, matter) pairs packed into a <see cref="long"/> (the group in the high 32 bits), hashed by all 64
/// bits: <see cref="long.GetHashCode"/> folds the halves together with an exclusive or, so 400 groups by 50,000 matters
/// share at most 65,536 hash codes and a set of millions of pairs degrades into long chains.
/// </summary>
internal sealed class PairComparer : IEqualityComparer<long>
{
    /// <summary>The one instance.</summary>
    internal static readonly PairComparer Instance = new();

    /// <inheritdoc/>
    public bool Equals(long x, long y) => x == y;

    /// <inheritdoc/>
    public int GetHashCode(long obj) => unchecked((int)(((ulong)obj * 0x9E3779B97F4A7C15UL) >> 32));
}
