using System;
using System.Collections.Immutable;
using System.Linq;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Metrics;
using Evaluation.Core.Policies;
using Evaluation.IO.Json;
using Evaluation.Reporting.Cases;
using System.Collections.Generic;

namespace Evaluation.Reporting.Partials;

/// <summary>
/// One group of a part of a report (部分报表): its ratings' tally, its completed cases' tally, and its distinct matters by
/// code, as sets rather than counts, so that the same group's rows from two parts merge exactly.
/// </summary>
/// <param name="Key">The group: its codes and period.</param>
/// <param name="Ratings">The tally of the group's ratings in the part.</param>
/// <param name="Cases">The tally of the group's completed cases in the part.</param>
/// <param name="MattersWithRatings">Matters with a valid case-linked rating (the ratings' coverage denominator), ascending ordinal.</param>
/// <param name="MattersRatedByRatings">Those with a valid active rating (its numerator), ascending ordinal.</param>
/// <param name="MattersWithCases">Matters with a completed case (有办结件的事项数), ascending ordinal.</param>
/// <param name="MattersRatedByCases">Those with a completed case rated as the policy counts it (有主动评价的事项数), ascending ordinal.</param>
public sealed record PartialRow(
    GroupKey Key,
    RatingTally Ratings,
    CaseTally Cases,
    ImmutableArray<string> MattersWithRatings,
    ImmutableArray<string> MattersRatedByRatings,
    ImmutableArray<string> MattersWithCases,
    ImmutableArray<string> MattersRatedByCases)
{
    /// <summary>The same group's row of both parts: tallies added, matter sets united.</summary>
    /// <param name="other">The other part's row of the same group.</param>
    /// <returns>The merged row.</returns>
    /// <exception cref="ArgumentException">The rows are of different groups.</exception>
    public PartialRow Merge(PartialRow other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!Key.Equals(other.Key))
        {
            throw new ArgumentException($"Rows of different groups ({Key}, {other.Key}) do not merge.", nameof(other));
        }
        return new PartialRow(
            Key, Ratings.Merge(other.Ratings), Cases.Merge(other.Cases),
            Union(MattersWithRatings, other.MattersWithRatings), Union(MattersRatedByRatings, other.MattersRatedByRatings),
            Union(MattersWithCases, other.MattersWithCases), Union(MattersRatedByCases, other.MattersRatedByCases));
    }

    /// <summary>The row of the JSON contract of this group: its counts, and its matter sets' sizes as the distinct matters.</summary>
    internal ReportRow ToReportRow(EvaluationPolicy policy, IReadOnlyList<ReportDimension> dimensions) =>
        ReportRows.RowOf(
            policy, dimensions, Key.Period?.ToString(), Ratings, MattersWithRatings.Length, MattersRatedByRatings.Length,
            new CaseCounts(Cases, MattersWithCases.Length, MattersRatedByCases.Length));

    /// <summary>The union of two ascending sets of codes, ascending.</summary>
    internal static ImmutableArray<string> Union(ImmutableArray<string> a, ImmutableArray<string> b)
    {
        if (b.IsEmpty)
        {
            return a;
        }
        if (a.IsEmpty)
        {
            return b;
        }
        var union = ImmutableArray.CreateBuilder<string>(a.Length + b.Length);
        int i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            int order = i == a.Length ? 1 : j == b.Length ? -1 : string.CompareOrdinal(a[i], b[j]);
            union.Add(order <= 0 ? a[i] : b[j]);
            i += order <= 0 ? 1 : 0;
            j += order >= 0 ? 1 : 0;
        }
        return union.ToImmutable();
    }

    /// <summary>Codes as an ascending ordinal set.</summary>
    internal static ImmutableArray<string> SetOf(System.Collections.Generic.IEnumerable<string> codes) =>
        [.. codes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
