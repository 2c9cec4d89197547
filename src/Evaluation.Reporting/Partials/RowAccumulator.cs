using System;
using System.Collections.Generic;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Metrics;

namespace Evaluation.Reporting.Partials;

/// <summary>Rows of a part added into one: tallies added, matter sets united (each code kept once, however many rows hold it).</summary>
internal sealed class RowAccumulator
{
    private readonly HashSet<string> mattersWithRatings = new(StringComparer.Ordinal);
    private readonly HashSet<string> mattersRatedByRatings = new(StringComparer.Ordinal);
    private readonly HashSet<string> mattersWithCases = new(StringComparer.Ordinal);
    private readonly HashSet<string> mattersRatedByCases = new(StringComparer.Ordinal);
    private RatingTally ratings = RatingTally.Empty;
    private CaseTally cases = CaseTally.Empty;

    internal void Add(PartialRow row)
    {
        ratings = ratings.Merge(row.Ratings);
        cases = cases.Merge(row.Cases);
        mattersWithRatings.UnionWith(row.MattersWithRatings);
        mattersRatedByRatings.UnionWith(row.MattersRatedByRatings);
        mattersWithCases.UnionWith(row.MattersWithCases);
        mattersRatedByCases.UnionWith(row.MattersRatedByCases);
    }

    /// <summary>The added rows as one row of a group.</summary>
    internal PartialRow ToRow(GroupKey key) => new(
        key, ratings, cases,
        PartialRow.SetOf(mattersWithRatings), PartialRow.SetOf(mattersRatedByRatings), PartialRow.SetOf(mattersWithCases), PartialRow.SetOf(mattersRatedByCases));
}
