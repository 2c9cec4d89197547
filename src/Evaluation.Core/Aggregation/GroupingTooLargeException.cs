using System;

namespace Evaluation.Core.Aggregation;

/// <summary>
/// A grouping has more possible groups than an aggregation can number (the product of its dimensions' distinct values
/// and its periods, above 2^31 - 1): group by fewer or smaller dimensions, or by a longer period.
/// </summary>
public sealed class GroupingTooLargeException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was asked and how large it is.</param>
    public GroupingTooLargeException(string message)
        : base(message)
    {
    }
}
