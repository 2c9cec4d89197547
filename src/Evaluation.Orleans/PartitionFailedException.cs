using System;

namespace Evaluation.Orleans;

/// <summary>
/// A partition of a report on a cluster failed on every attempt: the report is not returned, rather than returned
/// without the partition's figures.
/// </summary>
public sealed class PartitionFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="partition">The partition's number, from 1.</param>
    /// <param name="range">The partition's date range.</param>
    /// <param name="attempts">How many times it was tried.</param>
    /// <param name="innerException">The last attempt's failure.</param>
    public PartitionFailedException(int partition, string range, int attempts, Exception innerException)
        : base($"Partition {partition} ({range}) failed on all {attempts} attempts; the last: {innerException?.Message}", innerException)
    {
        Partition = partition;
        Range = range;
        Attempts = attempts;
    }

    /// <summary>The partition's number, from 1.</summary>
    public int Partition { get; }

    /// <summary>The partition's date range.</summary>
    public string Range { get; }

    /// <summary>How many times it was tried.</summary>
    public int Attempts { get; }
}
