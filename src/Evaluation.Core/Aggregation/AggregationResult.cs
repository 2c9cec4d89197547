using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Evaluation.Core.Metrics;
using Evaluation.Core.Utility;

namespace Evaluation.Core.Aggregation;

/// <summary>
/// The groups of an aggregation, ordered by key, with the total (the merge of every group: a ratio of sums for every rate).
/// </summary>
/// <remarks>Immutable. <see cref="Merge"/> combines results of the same grouping, for example of two slices of one batch.</remarks>
public sealed class AggregationResult
{
    /// <summary>Creates a result from rows.</summary>
    /// <param name="grouping">The grouping the rows follow.</param>
    /// <param name="rows">The rows; keys must be distinct.</param>
    public AggregationResult(Grouping grouping, IEnumerable<GroupRow> rows)
    {
        Grouping = Preconditions.CheckNotNull(grouping, nameof(grouping));
        Preconditions.CheckNotNull(rows, nameof(rows));
        Rows = [.. rows.OrderBy(r => r.Key, GroupKey.Ordering)];
        Total = RatingTally.Sum(Rows.Select(r => r.Tally));
        totalCoverage = new Lazy<MatterCoverage>(() => MatterCoverage.Union(Rows.Select(r => r.Coverage)));
    }

    /// <summary>Creates a result from rows the caller has already ordered by key.</summary>
    internal AggregationResult(Grouping grouping, ImmutableArray<GroupRow> orderedRows)
    {
        Grouping = grouping;
        Rows = orderedRows;
        Total = RatingTally.Sum(Rows.Select(r => r.Tally));
        totalCoverage = new Lazy<MatterCoverage>(() => MatterCoverage.Union(Rows.Select(r => r.Coverage)));
    }

    private readonly Lazy<MatterCoverage> totalCoverage;

    /// <summary>The grouping.</summary>
    public Grouping Grouping { get; }

    /// <summary>The groups that have at least one rating, ordered by key.</summary>
    public ImmutableArray<GroupRow> Rows { get; }

    /// <summary>The tally of all groups.</summary>
    public RatingTally Total { get; }

    /// <summary>The distinct matters of all groups.</summary>
    public MatterCoverage TotalCoverage => totalCoverage.Value;

    /// <summary>Merges two results of the same grouping: rows with equal keys merge their tallies and coverage.</summary>
    /// <param name="other">The other result.</param>
    /// <returns>The merged result.</returns>
    public AggregationResult Merge(AggregationResult other)
    {
        Preconditions.CheckNotNull(other, nameof(other));
        Preconditions.CheckArgument(other.Grouping.Equals(Grouping), nameof(other), "must have the same grouping");
        var merged = Rows.ToDictionary(r => r.Key);
        foreach (GroupRow row in other.Rows)
        {
            merged[row.Key] = merged.TryGetValue(row.Key, out GroupRow? mine)
                ? new GroupRow(row.Key, mine.Tally.Merge(row.Tally), mine.Coverage.Merge(row.Coverage))
                : row;
        }
        return new AggregationResult(Grouping, merged.Values);
    }
}
