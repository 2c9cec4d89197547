using System;
using Evaluation.Core.Ratings;
using Evaluation.Core.Utility;
using NodaTime;

namespace Evaluation.Core.Appeals;

/// <summary>
/// An appeal (申诉) by the rated unit against one bad rating, and its review (复核).
/// </summary>
/// <remarks>
/// Immutable: <see cref="Decide"/> returns a new appeal. An appeal is decided at most once; its decision
/// instant is not before its filing instant. Equality is by value over every property.
/// </remarks>
public sealed record Appeal
{
    /// <summary>Creates an appeal.</summary>
    /// <param name="id">The appeal's identifier.</param>
    /// <param name="ratingId">The contested rating.</param>
    /// <param name="filedAt">When the appeal was filed.</param>
    /// <param name="ground">Why the rating is contested.</param>
    /// <param name="decision">The decision; <see cref="AppealDecision.Pending"/> until reviewed.</param>
    /// <param name="decidedAt">When it was decided; required exactly when the decision is not pending.</param>
    public Appeal(
        AppealId id,
        RatingId ratingId,
        Instant filedAt,
        AppealGround ground = AppealGround.Unspecified,
        AppealDecision decision = AppealDecision.Pending,
        Instant? decidedAt = null)
    {
        Preconditions.CheckArgument(id != default, nameof(id), "must be a parsed appeal id");
        Preconditions.CheckArgument(ratingId != default, nameof(ratingId), "must be a parsed rating id");
        Preconditions.CheckArgument(Enum.IsDefined(ground), nameof(ground), "must be a defined appeal ground");
        Preconditions.CheckArgument(Enum.IsDefined(decision), nameof(decision), "must be a defined decision");
        Preconditions.CheckArgument((decision == AppealDecision.Pending) == (decidedAt is null), nameof(decidedAt), "must be given exactly when the decision is not pending");
        Preconditions.CheckArgument(decidedAt is null || decidedAt.Value >= filedAt, nameof(decidedAt), "must not be before filedAt");
        Id = id;
        RatingId = ratingId;
        FiledAt = filedAt;
        Ground = ground;
        Decision = decision;
        DecidedAt = decidedAt;
    }

    /// <summary>The appeal's identifier (申诉编号).</summary>
    public AppealId Id { get; }

    /// <summary>The contested rating.</summary>
    public RatingId RatingId { get; }

    /// <summary>When the appeal was filed (申诉时间).</summary>
    public Instant FiledAt { get; }

    /// <summary>Why the rating is contested.</summary>
    public AppealGround Ground { get; }

    /// <summary>The decision (复核结果).</summary>
    public AppealDecision Decision { get; }

    /// <summary>When it was decided (复核时间), or null while pending.</summary>
    public Instant? DecidedAt { get; }

    /// <summary>Whether the appeal voids its rating.</summary>
    public bool IsUpheld => Decision == AppealDecision.Upheld;

    /// <summary>Returns this appeal decided.</summary>
    /// <param name="decision">Upheld or rejected.</param>
    /// <param name="at">When it was decided; not before <see cref="FiledAt"/>.</param>
    /// <returns>A new, decided appeal.</returns>
    /// <exception cref="InvalidOperationException">The appeal was already decided.</exception>
    /// <exception cref="ArgumentException">The decision is pending or the instant precedes the filing.</exception>
    public Appeal Decide(AppealDecision decision, Instant at)
    {
        if (Decision != AppealDecision.Pending)
        {
            throw new InvalidOperationException($"Appeal {Id} was already decided ({Decision}) at {DecidedAt}; an appeal is decided once.");
        }
        Preconditions.CheckArgument(decision != AppealDecision.Pending, nameof(decision), "must be Upheld or Rejected");
        return new Appeal(Id, RatingId, FiledAt, Ground, decision, at);
    }
}
