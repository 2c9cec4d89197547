using System;
using Evaluation.Core.Cases;
using Evaluation.Core.Utility;
using NodaTime;

namespace Evaluation.Core.FollowUps;

/// <summary>
/// A follow-up (回访) of a case: a call, message or questionnaire asking the applicant whether they were satisfied.
/// The county action plan asks for one within 2 hours of the case.
/// </summary>
/// <remarks>Immutable; equality is by value.</remarks>
public sealed record FollowUp
{
    /// <summary>Creates a follow-up.</summary>
    /// <param name="caseNumber">The case followed up.</param>
    /// <param name="visitedAt">When the applicant was reached (回访时间).</param>
    /// <param name="channel">How.</param>
    /// <param name="satisfied">Whether the applicant was satisfied; false counts as 回访不满意.</param>
    public FollowUp(CaseNumber caseNumber, Instant visitedAt, FollowUpChannel channel, bool satisfied)
    {
        Preconditions.CheckArgument(caseNumber != default, nameof(caseNumber), "must be a parsed case number");
        Preconditions.CheckArgument(Enum.IsDefined(channel), nameof(channel), "must be a defined follow-up channel");
        CaseNumber = caseNumber;
        VisitedAt = visitedAt;
        Channel = channel;
        Satisfied = satisfied;
    }

    /// <summary>The case followed up.</summary>
    public CaseNumber CaseNumber { get; }

    /// <summary>When the applicant was reached (回访时间).</summary>
    public Instant VisitedAt { get; }

    /// <summary>How the applicant was reached.</summary>
    public FollowUpChannel Channel { get; }

    /// <summary>Whether the applicant was satisfied.</summary>
    public bool Satisfied { get; }
}
