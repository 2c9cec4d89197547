namespace Evaluation.Core.Policies;

/// <summary>What the matter coverage rate (评价覆盖事项率) is counted over.</summary>
/// <remarks>
/// Either way a matter counts as rated by an active rating, or by any valid rating when
/// <see cref="EvaluationPolicy.CoverageCountsDefaultRatings"/> is set.
/// </remarks>
public enum MatterCoverageBasis
{
    /// <summary>
    /// Distinct matters having a completed case with a valid active rating over distinct matters with a completed case
    /// (有主动评价办结件的事项数 / 有办结件的事项数), attributed to the period of completion: the definition, and the default of
    /// every preset. Needs the cases.
    /// </summary>
    CompletedCases = 0,

    /// <summary>
    /// Distinct matters with a valid active case-linked rating over distinct matters with a valid case-linked rating
    /// (有主动评价的事项数 / 有关联办件评价的事项数), attributed to the rating instant (variant): the right one for a rating
    /// platform's export without its cases.
    /// </summary>
    CaseLinkedRatings = 1,
}
