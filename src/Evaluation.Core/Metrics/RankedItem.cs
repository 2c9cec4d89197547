namespace Evaluation.Core.Metrics;

/// <summary>An item with its rank (名次) and the rate it was ranked by.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Rank">The competition rank: 1 for the best; tied items share a rank and the next rank skips (1, 2, 2, 4).</param>
/// <param name="Item">The item.</param>
/// <param name="Rate">The rate it was ranked by, shown with its counts.</param>
public sealed record RankedItem<T>(int Rank, T Item, Rate Rate);
