using Evaluation.Core.Calendars;
using Evaluation.Core.Policies;
using Evaluation.Core.Ratings;
using Evaluation.Core.Utility;
using NodaTime;

namespace Evaluation.Core.Appeals;

/// <summary>
/// The appeal rules (申诉复核): an appeal is filed within the filing limit of the bad rating and decided within the
/// decision limit of its filing; an upheld appeal voids the rating.
/// </summary>
public sealed class AppealRules
{
    private readonly EvaluationPolicy policy;
    private readonly DeadlineCalculator deadlines;

    /// <summary>Creates the rules.</summary>
    /// <param name="policy">The policy with the limits.</param>
    /// <param name="deadlines">The calendar and time zone.</param>
    public AppealRules(EvaluationPolicy policy, DeadlineCalculator deadlines)
    {
        this.policy = Preconditions.CheckNotNull(policy, nameof(policy));
        this.deadlines = Preconditions.CheckNotNull(deadlines, nameof(deadlines));
    }

    /// <summary>Assesses an appeal's timing at <paramref name="asOf"/>.</summary>
    /// <param name="appeal">The appeal.</param>
    /// <param name="rating">The contested rating.</param>
    /// <param name="asOf">The instant of the assessment.</param>
    /// <returns>The timing.</returns>
    public AppealTiming Assess(Appeal appeal, Rating rating, Instant asOf)
    {
        Preconditions.CheckNotNull(appeal, nameof(appeal));
        Preconditions.CheckNotNull(rating, nameof(rating));
        Preconditions.CheckArgument(appeal.RatingId == rating.Id, nameof(rating), "must be the appeal's rating");
        Deadline filing = deadlines.Compute(rating.RatedAt, policy.AppealFilingLimit);
        Deadline decision = deadlines.Compute(appeal.FiledAt, policy.AppealDecisionLimit);
        return new AppealTiming(filing.IsOnTime(appeal.FiledAt), filing, decision, decision.StatusAt(appeal.DecidedAt, asOf));
    }
}
