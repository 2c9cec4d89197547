using System;
using Evaluation.Core.Utility;

namespace Evaluation.Core.Metrics;

/// <summary>
/// The counts of one group of completed cases (办结件数), attributed to the completion instant: the base of the
/// case-based metrics (<see cref="CaseMetrics"/>). Counts only, so tallies merge by addition.
/// </summary>
/// <remarks>
/// Immutable; every count is at most <see cref="Completed"/>. <see cref="Merge"/> is associative and commutative with
/// <see cref="Empty"/> as identity. Build one per case with <see cref="CaseTallies"/>.
/// </remarks>
public sealed record CaseTally
{
    /// <summary>Creates a tally.</summary>
    /// <param name="completed">Completed cases (办结件数).</param>
    /// <param name="actively">Completed cases with a valid active rating (主动评价件数).</param>
    /// <param name="followedUp">Completed cases with at least one follow-up (已回访件数).</param>
    /// <param name="dissatisfied">Followed-up cases where a follow-up found the applicant dissatisfied (回访不满意件数).</param>
    /// <param name="onTime">Completed cases completed within their matter's promised limit (按时办结件数).</param>
    public CaseTally(long completed, long actively, long followedUp, long dissatisfied, long onTime)
    {
        Preconditions.CheckNonNegative(completed, nameof(completed));
        Preconditions.CheckArgument(actively is >= 0 && actively <= completed, nameof(actively), "must lie between 0 and completed");
        Preconditions.CheckArgument(followedUp is >= 0 && followedUp <= completed, nameof(followedUp), "must lie between 0 and completed");
        Preconditions.CheckArgument(dissatisfied is >= 0 && dissatisfied <= followedUp, nameof(dissatisfied), "must lie between 0 and followedUp");
        Preconditions.CheckArgument(onTime is >= 0 && onTime <= completed, nameof(onTime), "must lie between 0 and completed");
        Completed = completed;
        ActivelyRated = actively;
        FollowedUp = followedUp;
        Dissatisfied = dissatisfied;
        CompletedOnTime = onTime;
    }

    /// <summary>The tally of no cases.</summary>
    public static CaseTally Empty { get; } = new(0, 0, 0, 0, 0);

    /// <summary>Completed cases (办结件数).</summary>
    public long Completed { get; }

    /// <summary>Completed cases with a valid active rating (主动评价件数).</summary>
    public long ActivelyRated { get; }

    /// <summary>Completed cases with at least one follow-up (已回访件数).</summary>
    public long FollowedUp { get; }

    /// <summary>Followed-up cases where a follow-up found the applicant dissatisfied (回访不满意件数).</summary>
    public long Dissatisfied { get; }

    /// <summary>Completed cases completed within their matter's promised limit (按时办结件数).</summary>
    public long CompletedOnTime { get; }

    /// <summary>The tally of both groups together: counts added.</summary>
    /// <param name="other">The other tally.</param>
    /// <returns>The merged tally.</returns>
    public CaseTally Merge(CaseTally other)
    {
        Preconditions.CheckNotNull(other, nameof(other));
        return new CaseTally(
            checked(Completed + other.Completed),
            checked(ActivelyRated + other.ActivelyRated),
            checked(FollowedUp + other.FollowedUp),
            checked(Dissatisfied + other.Dissatisfied),
            checked(CompletedOnTime + other.CompletedOnTime));
    }

    /// <inheritdoc />
    public override string ToString() =>
        FormattableString.Invariant($"CaseTally completed {Completed}, actively rated {ActivelyRated}, followed up {FollowedUp} ({Dissatisfied} dissatisfied), on time {CompletedOnTime}");
}
