using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Evaluation.Core.Periods;
using Evaluation.Core.Utility;

namespace Evaluation.Core.Aggregation;

/// <summary>How to group ratings: by zero, one or two dimensions, and by reporting period or not.</summary>
/// <remarks>Immutable; equality is by value.</remarks>
public sealed record Grouping
{
    /// <summary>Creates a grouping.</summary>
    /// <param name="dimensions">Zero, one or two distinct dimensions, in the order keys are reported.</param>
    /// <param name="period">The reporting period, or null to total over all time.</param>
    public Grouping(IEnumerable<GroupingDimension> dimensions, ReportingPeriodKind? period = null)
    {
        Preconditions.CheckNotNull(dimensions, nameof(dimensions));
        Dimensions = [.. dimensions];
        Preconditions.CheckArgument(Dimensions.Length <= 2, nameof(dimensions), "must hold at most two dimensions");
        Preconditions.CheckArgument(Dimensions.Distinct().Count() == Dimensions.Length, nameof(dimensions), "must not repeat a dimension");
        Preconditions.CheckArgument(Dimensions.All(Enum.IsDefined), nameof(dimensions), "must hold defined dimensions");
        Preconditions.CheckArgument(period is null || Enum.IsDefined(period.Value), nameof(period), "must be a defined period kind");
        Period = period;
    }

    /// <summary>Everything in one group.</summary>
    public static Grouping Total { get; } = new([]);

    /// <summary>Groups by one dimension, optionally by period.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="period">The period kind, or null.</param>
    /// <returns>The grouping.</returns>
    public static Grouping By(GroupingDimension dimension, ReportingPeriodKind? period = null) => new([dimension], period);

    /// <summary>The dimensions.</summary>
    public ImmutableArray<GroupingDimension> Dimensions { get; }

    /// <summary>The period kind, or null.</summary>
    public ReportingPeriodKind? Period { get; }

    /// <inheritdoc />
    public bool Equals(Grouping? other) => other is not null && Dimensions.SequenceEqual(other.Dimensions) && Period == other.Period;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Dimensions.Length, Period);
}
