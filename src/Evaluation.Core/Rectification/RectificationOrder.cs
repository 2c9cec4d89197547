using System;
using Evaluation.Core.Ratings;
using Evaluation.Core.Utility;
using NodaTime;

namespace Evaluation.Core.Rectification;

/// <summary>
/// The rectification (整改) owed for one valid bad rating: verification (核实), rectification (整改) and
/// feedback (反馈), each recorded when done.
/// </summary>
/// <remarks>
/// Immutable: every step returns a new order. Steps happen in order and never before one another:
/// verified ≤ rectified ≤ feedback. Each step is recorded once. Equality is by value.
/// Whether a step was on time is decided by the lifecycle rules from the policy's limits and the calendar.
/// </remarks>
public sealed record RectificationOrder
{
    /// <summary>Creates a rectification order with the steps done so far.</summary>
    /// <param name="ratingId">The bad rating being rectified.</param>
    /// <param name="verifiedAt">When the rater was called back and the facts verified, or null.</param>
    /// <param name="rectifiedAt">When the rectification was done, or null.</param>
    /// <param name="feedbackAt">When the rater was told, or null.</param>
    /// <param name="outcome">How it was dealt with.</param>
    /// <param name="extension">An extension of the deadline, or null.</param>
    public RectificationOrder(
        RatingId ratingId,
        Instant? verifiedAt = null,
        Instant? rectifiedAt = null,
        Instant? feedbackAt = null,
        RectificationOutcome outcome = RectificationOutcome.Unspecified,
        RectificationExtension? extension = null)
    {
        Preconditions.CheckArgument(ratingId != default, nameof(ratingId), "must be a parsed rating id");
        Preconditions.CheckArgument(Enum.IsDefined(outcome), nameof(outcome), "must be a defined outcome");
        Preconditions.CheckArgument(rectifiedAt is null || verifiedAt is not null, nameof(rectifiedAt), "requires verifiedAt (a step follows its predecessor)");
        Preconditions.CheckArgument(feedbackAt is null || rectifiedAt is not null, nameof(feedbackAt), "requires rectifiedAt (a step follows its predecessor)");
        Preconditions.CheckArgument(rectifiedAt is null || rectifiedAt.Value >= verifiedAt!.Value, nameof(rectifiedAt), "must not be before verifiedAt");
        Preconditions.CheckArgument(feedbackAt is null || feedbackAt.Value >= rectifiedAt!.Value, nameof(feedbackAt), "must not be before rectifiedAt");
        RatingId = ratingId;
        VerifiedAt = verifiedAt;
        RectifiedAt = rectifiedAt;
        FeedbackAt = feedbackAt;
        Outcome = outcome;
        Extension = extension;
    }

    /// <summary>The bad rating being rectified.</summary>
    public RatingId RatingId { get; }

    /// <summary>When the facts were verified (核实时间), or null.</summary>
    public Instant? VerifiedAt { get; }

    /// <summary>When the rectification was done (整改时间), or null.</summary>
    public Instant? RectifiedAt { get; }

    /// <summary>When the rater was told (反馈时间), or null.</summary>
    public Instant? FeedbackAt { get; }

    /// <summary>How it was dealt with.</summary>
    public RectificationOutcome Outcome { get; }

    /// <summary>An extension of the rectification deadline, or null.</summary>
    public RectificationExtension? Extension { get; }

    /// <summary>Whether the rectification step is done (差评已整改).</summary>
    public bool IsRectified => RectifiedAt is not null;

    /// <summary>The instant a step was done, or null.</summary>
    /// <param name="step">The step.</param>
    /// <returns>The instant, or null while the step is open.</returns>
    public Instant? DoneAt(RectificationStep step) => step switch
    {
        RectificationStep.Verification => VerifiedAt,
        RectificationStep.Rectification => RectifiedAt,
        RectificationStep.Feedback => FeedbackAt,
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Unknown rectification step."),
    };

    /// <summary>Records the verification.</summary>
    /// <param name="at">When the facts were verified.</param>
    /// <returns>A new order.</returns>
    /// <exception cref="InvalidOperationException">Verification was already recorded.</exception>
    public RectificationOrder Verify(Instant at)
    {
        EnsureOpen(RectificationStep.Verification);
        return new RectificationOrder(RatingId, at, null, null, Outcome, Extension);
    }

    /// <summary>Records the rectification and its outcome.</summary>
    /// <param name="at">When it was done; not before the verification.</param>
    /// <param name="outcome">How it was dealt with.</param>
    /// <returns>A new order.</returns>
    /// <exception cref="InvalidOperationException">Not yet verified, or already rectified.</exception>
    public RectificationOrder Rectify(Instant at, RectificationOutcome outcome)
    {
        EnsureOpen(RectificationStep.Rectification);
        EnsureDone(RectificationStep.Verification, RectificationStep.Rectification);
        return new RectificationOrder(RatingId, VerifiedAt, at, null, outcome, Extension);
    }

    /// <summary>Records the feedback to the rater.</summary>
    /// <param name="at">When the rater was told; not before the rectification.</param>
    /// <returns>A new order.</returns>
    /// <exception cref="InvalidOperationException">Not yet rectified, or feedback already recorded.</exception>
    public RectificationOrder GiveFeedback(Instant at)
    {
        EnsureOpen(RectificationStep.Feedback);
        EnsureDone(RectificationStep.Rectification, RectificationStep.Feedback);
        return new RectificationOrder(RatingId, VerifiedAt, RectifiedAt, at, Outcome, Extension);
    }

    /// <summary>Extends the rectification deadline, with a reason.</summary>
    /// <param name="extension">The reason and new due instant.</param>
    /// <returns>A new order.</returns>
    /// <exception cref="InvalidOperationException">Already rectified or already extended.</exception>
    public RectificationOrder Extend(RectificationExtension extension)
    {
        Preconditions.CheckNotNull(extension, nameof(extension));
        EnsureOpen(RectificationStep.Rectification);
        if (Extension is not null)
        {
            throw new InvalidOperationException($"The rectification of rating {RatingId} was already extended to {Extension.NewDue}.");
        }
        return new RectificationOrder(RatingId, VerifiedAt, RectifiedAt, FeedbackAt, Outcome, extension);
    }

    private void EnsureOpen(RectificationStep step)
    {
        if (DoneAt(step) is Instant done)
        {
            throw new InvalidOperationException($"The {step} of rating {RatingId} was already recorded at {done}; each step is recorded once.");
        }
    }

    private void EnsureDone(RectificationStep predecessor, RectificationStep step)
    {
        if (DoneAt(predecessor) is null)
        {
            throw new InvalidOperationException($"The {step} of rating {RatingId} cannot be recorded before its {predecessor}.");
        }
    }
}
