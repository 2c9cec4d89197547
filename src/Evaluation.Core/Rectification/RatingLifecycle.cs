using System.Collections.Generic;
using System.Linq;
using Evaluation.Core.Appeals;
using Evaluation.Core.Calendars;
using Evaluation.Core.Policies;
using Evaluation.Core.Ratings;
using Evaluation.Core.Utility;
using NodaTime;

namespace Evaluation.Core.Rectification;

/// <summary>
/// Decides the facts of ratings at an as-of instant, as pure functions of the records, the policy and the calendar:
/// validity (void when an appeal was upheld by the as-of instant), verification, and rectification state against
/// the policy's limits counted from the rating instant.
/// </summary>
public sealed class RatingLifecycle
{
    private readonly Dictionary<RatingId, Appeal> upheld;
    private readonly Dictionary<RatingId, RectificationOrder> orders;

    /// <summary>Creates the lifecycle rules for a set of records.</summary>
    /// <param name="policy">The policy with the limits.</param>
    /// <param name="deadlines">The calendar and time zone deadlines are counted in.</param>
    /// <param name="appeals">Every appeal; only those upheld by <paramref name="asOf"/> void their rating.</param>
    /// <param name="rectifications">Every rectification order, at most one per rating.</param>
    /// <param name="asOf">The instant of the assessment.</param>
    public RatingLifecycle(EvaluationPolicy policy, DeadlineCalculator deadlines, IEnumerable<Appeal> appeals, IEnumerable<RectificationOrder> rectifications, Instant asOf)
    {
        Policy = Preconditions.CheckNotNull(policy, nameof(policy));
        Deadlines = Preconditions.CheckNotNull(deadlines, nameof(deadlines));
        Preconditions.CheckNotNull(appeals, nameof(appeals));
        Preconditions.CheckNotNull(rectifications, nameof(rectifications));
        AsOf = asOf;
        // The first of each rating's appeals upheld by the instant, and of its orders, stands.
        upheld = [];
        foreach (Appeal appeal in appeals)
        {
            if (appeal.IsUpheld && appeal.DecidedAt <= asOf)
            {
                upheld.TryAdd(appeal.RatingId, appeal);
            }
        }
        orders = [];
        foreach (RectificationOrder order in rectifications)
        {
            orders.TryAdd(order.RatingId, order);
        }
    }

    /// <summary>The policy.</summary>
    public EvaluationPolicy Policy { get; }

    /// <summary>The deadline calculator.</summary>
    public DeadlineCalculator Deadlines { get; }

    /// <summary>The instant of the assessment.</summary>
    public Instant AsOf { get; }

    /// <summary>The deadline of a bad rating's rectification, counted from the rating instant.</summary>
    /// <param name="rating">The rating.</param>
    /// <returns>The deadline.</returns>
    public Deadline RectificationDeadline(Rating rating)
    {
        Preconditions.CheckNotNull(rating, nameof(rating));
        return RectificationDeadline(rating.RatedAt);
    }

    /// <summary>The deadline of the rectification of a bad rating made at <paramref name="ratedAt"/>.</summary>
    private Deadline RectificationDeadline(Instant ratedAt) => Deadlines.Compute(ratedAt, Policy.RectificationLimit);

    /// <summary>
    /// The deadlines and statuses of a bad rating's verification, rectification and feedback at <see cref="AsOf"/>, or
    /// null when no rectification is owed (the rating is not bad, or an upheld appeal voided it).
    /// </summary>
    /// <param name="rating">The rating.</param>
    /// <returns>The progress, or null.</returns>
    public RectificationProgress? Progress(Rating rating)
    {
        Preconditions.CheckNotNull(rating, nameof(rating));
        if (upheld.ContainsKey(rating.Id) || !Policy.IsBad(rating.Level))
        {
            return null;
        }
        orders.TryGetValue(rating.Id, out RectificationOrder? order);
        return Progress(order, rating.RatedAt);
    }

    /// <summary>The facts of one rating at <see cref="AsOf"/>.</summary>
    /// <param name="rating">The rating.</param>
    /// <returns>Its facts.</returns>
    public RatingFacts Assess(Rating rating)
    {
        Preconditions.CheckNotNull(rating, nameof(rating));
        return Assess(rating.Id, rating.Level, rating.RatedAt);
    }

    /// <summary>
    /// The facts of one rating at <see cref="AsOf"/> from what <see cref="Assess(Rating)"/> reads of it: its identifier,
    /// level and instant (a report's ratings are assessed from their tables, without records).
    /// </summary>
    /// <param name="id">The rating's identifier.</param>
    /// <param name="level">Its level.</param>
    /// <param name="ratedAt">Its instant.</param>
    /// <returns>Its facts.</returns>
    internal RatingFacts Assess(RatingId id, RatingLevel level, Instant ratedAt)
    {
        if (upheld.Count > 0 && upheld.ContainsKey(id))
        {
            return new RatingFacts(true, false, RectificationState.NotOwed);
        }
        if (!Policy.IsBad(level))
        {
            return RatingFacts.Valid;
        }
        orders.TryGetValue(id, out RectificationOrder? order);
        return FactsOf(order, ratedAt);
    }

    /// <summary>
    /// The facts of a rating that no appeal and no rectification order names, from its level and instant alone: what
    /// <see cref="Assess(Rating)"/> gives such a rating, without the record (a report's ratings are assessed from their tables).
    /// </summary>
    /// <param name="level">The rating's level.</param>
    /// <param name="ratedAt">The rating instant.</param>
    /// <returns>Its facts.</returns>
    internal RatingFacts AssessUnnamed(RatingLevel level, Instant ratedAt) =>
        Policy.IsBad(level) ? FactsOf(null, ratedAt) : RatingFacts.Valid;

    /// <summary>The progress of a bad rating at <see cref="AsOf"/>, under its rectification order if it has one.</summary>
    private RectificationProgress Progress(RectificationOrder? order, Instant ratedAt)
    {
        Deadline verification = Deadlines.Compute(ratedAt, Policy.VerificationLimit);
        Deadline rectification = RectificationDeadline(ratedAt);
        Deadline feedback = Deadlines.Compute(ratedAt, Policy.FeedbackLimit);
        return new RectificationProgress(
            verification, verification.StatusAt(order?.VerifiedAt, AsOf),
            rectification, Judged(rectification, order).StatusAt(order?.RectifiedAt, AsOf),
            feedback, feedback.StatusAt(order?.FeedbackAt, AsOf));
    }

    /// <summary>The rectification deadline a bad rating's order is judged against: moved to an approved extension's new due when the policy lets one keep the order on time.</summary>
    private Deadline Judged(Deadline rectification, RectificationOrder? order) =>
        Policy.ExtensionKeepsOnTime && order?.Extension is RectificationExtension extension && extension.NewDue > rectification.Due
            ? rectification with { Due = extension.NewDue }
            : rectification;

    /// <summary>
    /// A bad rating's facts at <see cref="AsOf"/>, under its rectification order if it has one: verified when verification
    /// was done by then (<see cref="RectificationProgress.VerificationStatus"/> done on time or late, whatever its
    /// deadline), and the state of its rectification (<see cref="RectificationProgress.RectificationStatus"/>). Only the
    /// rectification's deadline is computed: the facts read no other.
    /// </summary>
    private RatingFacts FactsOf(RectificationOrder? order, Instant ratedAt)
    {
        bool verified = order?.VerifiedAt is Instant verifiedAt && verifiedAt <= AsOf;
        RectificationState state = Judged(RectificationDeadline(ratedAt), order).StatusAt(order?.RectifiedAt, AsOf) switch
        {
            DeadlineStatus.DoneOnTime => RectificationState.DoneOnTime,
            DeadlineStatus.DoneLate => RectificationState.DoneLate,
            DeadlineStatus.Open => RectificationState.Open,
            _ => RectificationState.Overdue,
        };
        return new RatingFacts(false, verified, state);
    }
}
