using System.Collections.Generic;
using System.Linq;
using System.Collections.Immutable;
using Evaluation.Core.Metrics;
using Evaluation.Core.Periods;

namespace Evaluation.Core.Aggregation;

/// <summary>The groups of an aggregation already made, each with its tally and coverage.</summary>
/// <param name="result">The aggregation.</param>
internal sealed class ExpandedGroups(AggregationResult result) : RatedGroups
{
    /// <inheritdoc/>
    internal override int Count => result.Rows.Length;

    /// <inheritdoc/>
    internal override IEnumerable<ReportingPeriod> Periods => result.Rows.Select(row => row.Key.Period).OfType<ReportingPeriod>().Distinct();

    /// <inheritdoc/>
    internal override (ImmutableArray<string?> Codes, ReportingPeriod? Period) PartsAt(int index, ref (int Number, ImmutableArray<string?> Codes) last) =>
        (result.Rows[index].Key.Codes, result.Rows[index].Key.Period);

    /// <inheritdoc/>
    internal override (RatingTally Tally, MatterCoverage Coverage) At(int index, TallyRoom room) => (result.Rows[index].Tally, result.Rows[index].Coverage);
}
