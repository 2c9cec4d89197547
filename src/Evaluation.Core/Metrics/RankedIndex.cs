namespace Evaluation.Core.Metrics;

/// <summary>An item's competition rank (名次) and its index among the scores it was ranked by.</summary>
/// <param name="Rank">The rank, from 1; tied items share the rank of the first of them.</param>
/// <param name="Index">The item's index among the scores given.</param>
public readonly record struct RankedIndex(int Rank, int Index);
