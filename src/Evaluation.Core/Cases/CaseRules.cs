using Evaluation.Core.Calendars;
using Evaluation.Core.Catalog;
using Evaluation.Core.Policies;
using Evaluation.Core.Utility;
using NodaTime;

namespace Evaluation.Core.Cases;

/// <summary>
/// The case rules: a case is completed within its matter's promised limit (承诺时限), counted in working days from
/// acceptance; an immediate matter (即办件, promised 0 days) is due the same day and is flagged for supervision when
/// not completed within the policy's immediate-matter limit (30 minutes in 杞县's practice, 000_5a5bfd7a48f35a95.txt).
/// </summary>
public sealed class CaseRules
{
    private readonly EvaluationPolicy policy;
    private readonly DeadlineCalculator deadlines;

    /// <summary>Creates the rules.</summary>
    /// <param name="policy">The policy with the immediate-matter limit.</param>
    /// <param name="deadlines">The calendar and time zone.</param>
    public CaseRules(EvaluationPolicy policy, DeadlineCalculator deadlines)
    {
        this.policy = Preconditions.CheckNotNull(policy, nameof(policy));
        this.deadlines = Preconditions.CheckNotNull(deadlines, nameof(deadlines));
    }

    /// <summary>Assesses a case against its matter at <paramref name="asOf"/>.</summary>
    /// <param name="case">The case.</param>
    /// <param name="matter">Its matter.</param>
    /// <param name="asOf">The instant of the assessment.</param>
    /// <returns>The timing.</returns>
    public CaseTiming Assess(ServiceCase @case, Matter matter, Instant asOf)
    {
        Preconditions.CheckNotNull(@case, nameof(@case));
        Preconditions.CheckNotNull(matter, nameof(matter));
        Preconditions.CheckArgument(matter.Code == @case.MatterCode, nameof(matter), "must be the case's matter");
        return Assess(@case.AcceptedAt, @case.CompletedAt, matter, asOf);
    }

    /// <summary>Assesses a case of a matter, given by when it was accepted and completed, at <paramref name="asOf"/>.</summary>
    /// <param name="acceptedAt">When the case was accepted (受理).</param>
    /// <param name="completedAt">When it was completed (办结), or null while in progress.</param>
    /// <param name="matter">The case's matter.</param>
    /// <param name="asOf">The instant of the assessment.</param>
    /// <returns>The timing, as for the case itself.</returns>
    public CaseTiming Assess(Instant acceptedAt, Instant? completedAt, Matter matter, Instant asOf)
    {
        Preconditions.CheckNotNull(matter, nameof(matter));
        bool flagged = false;
        if (matter.IsImmediate)
        {
            Deadline immediate = deadlines.Compute(acceptedAt, policy.ImmediateMatterLimit);
            flagged = immediate.StatusAt(completedAt, asOf) is DeadlineStatus.DoneLate or DeadlineStatus.Overdue;
        }
        if (matter.PromisedWorkingDays is not int days)
        {
            return new CaseTiming(null, null, flagged);
        }
        Deadline deadline = deadlines.Compute(acceptedAt, TimeLimit.WorkingDays(days));
        return new CaseTiming(deadline.StatusAt(completedAt, asOf), deadline, flagged);
    }
}
