using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Evaluation.Core.Periods;

namespace Evaluation.Core.Aggregation;

/// <summary>The key of one group: a code per grouping dimension (null for "none", such as a rating with no window) and the period.</summary>
/// <remarks>Immutable; equality is by value; <see cref="Ordering"/> sorts by codes (ordinal, none first), then period.</remarks>
public sealed class GroupKey : IEquatable<GroupKey>
{
    /// <summary>The hash code, computed once: a report of a million groups finds each key in several dictionaries.</summary>
    private readonly int hashCode;

    /// <summary>Creates a key.</summary>
    /// <param name="codes">One code per dimension, null for none.</param>
    /// <param name="period">The period, or null when not grouped by period.</param>
    public GroupKey(ImmutableArray<string?> codes, ReportingPeriod? period)
    {
        Codes = codes.IsDefault ? [] : codes;
        Period = period;
        var hash = new HashCode();
        foreach (string? code in Codes)
        {
            hash.Add(code, StringComparer.Ordinal);
        }
        hash.Add(Period);
        hashCode = hash.ToHashCode();
    }

    /// <summary>The codes, one per dimension.</summary>
    public ImmutableArray<string?> Codes { get; }

    /// <summary>The period, or null.</summary>
    public ReportingPeriod? Period { get; }

    /// <inheritdoc />
    public bool Equals(GroupKey? other) =>
        other is not null && hashCode == other.hashCode && Period == other.Period && Codes.AsSpan().SequenceEqual(other.Codes.AsSpan());

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as GroupKey);

    /// <inheritdoc />
    public override int GetHashCode() => hashCode;

    /// <summary>Orders keys by codes (ordinal, none first), then period.</summary>
    public static IComparer<GroupKey> Ordering { get; } = Comparer<GroupKey>.Create((a, b) => a.CompareTo(b));

    private int CompareTo(GroupKey other)
    {
        for (int i = 0; i < Math.Min(Codes.Length, other.Codes.Length); i++)
        {
            int c = string.CompareOrdinal(Codes[i], other.Codes[i]);
            if (c != 0)
            {
                return c;
            }
        }
        int byLength = Codes.Length.CompareTo(other.Codes.Length);
        return byLength != 0 ? byLength : Nullable.Compare(Period, other.Period);
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(" ", Codes.Select(c => c ?? "-")) + (Period is { } p ? " " + p : string.Empty);
}
