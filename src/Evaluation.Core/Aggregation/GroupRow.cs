using Evaluation.Core.Metrics;

namespace Evaluation.Core.Aggregation;

/// <summary>One group of an aggregation: its key, its tally and its distinct matters.</summary>
/// <param name="Key">The group's key.</param>
/// <param name="Tally">The group's counts.</param>
/// <param name="Coverage">The group's distinct matters, or <see cref="MatterCoverage.Empty"/> when coverage was not computed.</param>
public sealed record GroupRow(GroupKey Key, RatingTally Tally, MatterCoverage Coverage);
