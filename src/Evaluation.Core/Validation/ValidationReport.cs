using System.Collections.Immutable;

namespace Evaluation.Core.Validation;

/// <summary>
/// The outcome of validating a batch: the accepted records and every rejected one with its reasons.
/// Nothing read is lost: <see cref="AcceptedCount"/> + <see cref="RejectedCount"/> = <see cref="Read"/>.
/// </summary>
/// <param name="Accepted">The records that passed, in their input order.</param>
/// <param name="Rejected">The records that did not, with the rules they broke.</param>
/// <param name="Read">The number of records read.</param>
public sealed record ValidationReport(RecordSet Accepted, ImmutableArray<RejectedRecord> Rejected, long Read)
{
    /// <summary>The number of accepted records.</summary>
    public long AcceptedCount => Accepted.Count;

    /// <summary>The number of rejected records.</summary>
    public long RejectedCount => Rejected.Length;

    /// <summary>Whether every record passed.</summary>
    public bool IsClean => Rejected.IsEmpty;
}
