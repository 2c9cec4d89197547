namespace Evaluation.Core.Aggregation;

/// <summary>How to run an aggregation.</summary>
/// <param name="DegreeOfParallelism">The number of partitions aggregated in parallel; 0 for one per processor.</param>
/// <param name="IncludeCoverage">Whether to compute each group's distinct matters (评价覆盖事项).</param>
public sealed record AggregationOptions(int DegreeOfParallelism = 0, bool IncludeCoverage = true)
{
    /// <summary>One partition per processor, with coverage.</summary>
    public static AggregationOptions Default { get; } = new();

    /// <summary>
    /// The most bitset words coverage may mark in (one bit per matter per possible group); beyond it, each group's
    /// matters are found by sorting the marked rows. 2^22 (32 MiB for each of the present and rated bitsets of each
    /// partition): larger bitsets cost more memory, and more time in cache misses, than sorting the marked rows by their
    /// bits (<see cref="Utility.RadixSort"/>) does. Lowered by tests to take the sorting path.
    /// </summary>
    internal long CoverageBitsetLimit { get; init; } = 1L << 22;

    /// <summary>
    /// The most counters a histogram of every possible group and class may hold; beyond it, the groups met are found by
    /// sorting the rows' (group, class) keys. 2^23 (32 MiB for each partition's histogram), for the same reason. Lowered
    /// by tests to take the sorting path.
    /// </summary>
    internal long CounterLimit { get; init; } = 1L << 23;

    /// <summary>
    /// The most counters a histogram is counted in straight from the rows; beyond it (and up to <see cref="CounterLimit"/>),
    /// the rows' cells are first put in blocks of cells that fit a processor's cache (<see cref="CountingStrategy.HistogramInBlocks"/>).
    /// 2^19 (2 MiB): a histogram larger than the cache costs a wait on memory for nearly every row. Lowered by tests to
    /// take the blocks' path.
    /// </summary>
    internal long CachedCounterLimit { get; init; } = 1L << 19;

    /// <summary>
    /// The most possible groups counted, beyond <see cref="CounterLimit"/>, and whose coverage is found, beyond
    /// <see cref="CoverageBitsetLimit"/>, by putting the rows in buckets by group (a count per group for each partition)
    /// rather than by sorting them: 2^21 (8 MiB of counts for each partition). The buckets take 2 bytes a row for its
    /// class and 4 a marking row for its matter, against 16 for sorted keys and their sorting's buffer. Lowered by tests
    /// to take the sorting paths.
    /// </summary>
    internal long BucketedGroupLimit { get; init; } = 1L << 21;

    /// <summary>A counting strategy to use instead of the planner's choice, where it applies (for tests).</summary>
    internal CountingStrategy? ForceCounting { get; init; }

    /// <summary>A coverage strategy to use instead of the planner's choice, where it applies (for tests).</summary>
    internal CoverageStrategy? ForceCoverage { get; init; }
}
