using Evaluation.Core.Policies;
using Evaluation.Core.Utility;

namespace Evaluation.Core.Metrics;

/// <summary>
/// The named metrics counted over completed cases, each a <see cref="Rate"/> derived from a <see cref="CaseTally"/> and
/// attributed to the period of the case's completion. Rates over several groups come from merged tallies.
/// </summary>
public static class CaseMetrics
{
    /// <summary>
    /// Active rating rate by cases (主动评价率): completed cases with a valid active rating over completed cases.
    /// The definition selected by <see cref="ActiveRatingRateBasis.CompletedCases"/>.
    /// </summary>
    /// <param name="cases">The group's case tally.</param>
    /// <returns>The rate.</returns>
    public static Rate ActiveRatingRate(this CaseTally cases)
    {
        Preconditions.CheckNotNull(cases, nameof(cases));
        return ActiveRatingRate(cases.ActivelyRated, cases.Completed);
    }

    /// <summary>Active rating rate by cases (主动评价率) from the counts alone, for a writer of many rows that keeps no tally object.</summary>
    /// <param name="activelyRated">Completed cases with a valid active rating.</param>
    /// <param name="completed">Completed cases.</param>
    internal static Rate ActiveRatingRate(long activelyRated, long completed) => new(activelyRated, completed);

    /// <summary>
    /// Active rating rate (主动评价率) as the policy defines it: by completed cases (<see cref="ActiveRatingRateBasis.CompletedCases"/>)
    /// or by valid case-linked ratings (<see cref="ActiveRatingRateBasis.CaseLinkedRatings"/>).
    /// </summary>
    /// <param name="cases">The group's case tally.</param>
    /// <param name="ratings">The group's rating tally.</param>
    /// <param name="policy">The policy that selects the definition.</param>
    /// <returns>The rate.</returns>
    public static Rate ActiveRatingRate(this CaseTally cases, RatingTally ratings, EvaluationPolicy policy)
    {
        Preconditions.CheckNotNull(cases, nameof(cases));
        return ActiveRatingRate(cases.ActivelyRated, cases.Completed, ratings, policy);
    }

    /// <summary>Active rating rate (主动评价率) as the policy defines it, the cases given by their counts alone.</summary>
    /// <param name="activelyRated">Completed cases with a valid active rating.</param>
    /// <param name="completed">Completed cases.</param>
    /// <param name="ratings">The group's rating tally.</param>
    /// <param name="policy">The policy that selects the definition.</param>
    internal static Rate ActiveRatingRate(long activelyRated, long completed, RatingTally ratings, EvaluationPolicy policy)
    {
        Preconditions.CheckNotNull(policy, nameof(policy));
        return policy.ActiveRatingRateBasis == ActiveRatingRateBasis.CompletedCases ? ActiveRatingRate(activelyRated, completed) : ratings.ActiveRatingRate();
    }

    /// <summary>
    /// Matter coverage rate (评价覆盖事项率) as the policy defines it: by completed cases
    /// (<see cref="MatterCoverageBasis.CompletedCases"/>: rated matters over matters with a completed case) or by valid
    /// case-linked ratings (<see cref="MatterCoverageBasis.CaseLinkedRatings"/>: <see cref="MatterCoverage.Rate"/>).
    /// </summary>
    /// <param name="mattersWithCases">Distinct matters with a completed case in the group.</param>
    /// <param name="mattersRated">Distinct matters among them with a completed case rated as the policy counts it.</param>
    /// <param name="coverage">The group's matter coverage by ratings.</param>
    /// <param name="policy">The policy that selects the definition.</param>
    /// <returns>The rate.</returns>
    public static Rate MatterCoverageRate(long mattersWithCases, long mattersRated, MatterCoverage coverage, EvaluationPolicy policy)
    {
        Preconditions.CheckNotNull(coverage, nameof(coverage));
        return MatterCoverageRate(mattersWithCases, mattersRated, coverage.Rate, policy);
    }

    /// <summary>
    /// Matter coverage rate (评价覆盖事项率) as the policy defines it, from the counts alone: by completed cases, or the
    /// coverage by valid case-linked ratings given as <paramref name="byRatings"/> (for a group whose matters were
    /// counted elsewhere, as parts of a report merged).
    /// </summary>
    /// <param name="mattersWithCases">Distinct matters with a completed case in the group.</param>
    /// <param name="mattersRated">Distinct matters among them with a completed case rated as the policy counts it.</param>
    /// <param name="byRatings">Distinct matters with a valid active rating over those with valid case-linked ratings.</param>
    /// <param name="policy">The policy that selects the definition.</param>
    /// <returns>The rate.</returns>
    public static Rate MatterCoverageRate(long mattersWithCases, long mattersRated, Rate byRatings, EvaluationPolicy policy)
    {
        Preconditions.CheckNotNull(policy, nameof(policy));
        return policy.MatterCoverageBasis == MatterCoverageBasis.CompletedCases ? new Rate(mattersRated, mattersWithCases) : byRatings;
    }

    /// <summary>Follow-up rate (回访率): completed cases with a follow-up over completed cases.</summary>
    /// <param name="cases">The group's case tally.</param>
    /// <returns>The rate.</returns>
    public static Rate FollowUpRate(this CaseTally cases)
    {
        Preconditions.CheckNotNull(cases, nameof(cases));
        return FollowUpRate(cases.FollowedUp, cases.Completed);
    }

    /// <summary>Follow-up rate (回访率) from the counts alone.</summary>
    /// <param name="followedUp">Completed cases with a follow-up.</param>
    /// <param name="completed">Completed cases.</param>
    internal static Rate FollowUpRate(long followedUp, long completed) => new(followedUp, completed);

    /// <summary>Follow-up dissatisfaction rate (回访不满意率): followed-up cases found dissatisfied over followed-up cases.</summary>
    /// <param name="cases">The group's case tally.</param>
    /// <returns>The rate.</returns>
    public static Rate FollowUpDissatisfactionRate(this CaseTally cases)
    {
        Preconditions.CheckNotNull(cases, nameof(cases));
        return new Rate(cases.Dissatisfied, cases.FollowedUp);
    }

    /// <summary>
    /// On-time completion rate (按时办结率): cases completed within their matter's promised limit (承诺时限) over completed
    /// cases. A case whose matter promises no limit counts as on time, since it broke none.
    /// </summary>
    /// <param name="cases">The group's case tally.</param>
    /// <returns>The rate.</returns>
    public static Rate OnTimeCompletionRate(this CaseTally cases)
    {
        Preconditions.CheckNotNull(cases, nameof(cases));
        return new Rate(cases.CompletedOnTime, cases.Completed);
    }
}
