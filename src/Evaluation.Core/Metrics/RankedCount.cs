namespace Evaluation.Core.Metrics;

/// <summary>An item with its competition rank (排名) by a count.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Rank">The rank, 1 for the largest count; tied items share the rank of the first (1-2-2-4).</param>
/// <param name="Item">The item.</param>
/// <param name="Count">The count it was ranked by.</param>
public sealed record RankedCount<T>(int Rank, T Item, long Count);
