namespace Evaluation.Core.Aggregation;

/// <summary>How to run an aggregation.</summary>
/// <param name="DegreeOfParallelism">The number of partitions aggregated in parallel; 0 for one per processor.</param>
/// <param name="IncludeCoverage">Whether to compute each group's distinct matters (评价覆盖事项).</param>
public sealed record AggregationOptions(int DegreeOfParallelism = 0, bool IncludeCoverage = true)
{
    /// <summary>One partition per processor, with coverage.</summary>
    public static AggregationOptions Default { get; } = new();
}
