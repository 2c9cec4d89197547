using System.Collections.Immutable;
using Evaluation.Core.Metrics;

namespace Evaluation.Core.Aggregation;

/// <summary>The groups of an aggregation already made, each with its tally and coverage.</summary>
/// <param name="result">The aggregation.</param>
internal sealed class ExpandedGroups(AggregationResult result) : RatedGroups
{
    /// <inheritdoc/>
    internal override int Count => result.Rows.Length;

    /// <inheritdoc/>
    internal override GroupKey KeyAt(int index, ref (int Number, ImmutableArray<string?> Codes) last) => result.Rows[index].Key;

    /// <inheritdoc/>
    internal override (RatingTally Tally, MatterCoverage Coverage) At(int index, long[] counters) => (result.Rows[index].Tally, result.Rows[index].Coverage);
}
