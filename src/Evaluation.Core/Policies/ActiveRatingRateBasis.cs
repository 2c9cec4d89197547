namespace Evaluation.Core.Policies;

/// <summary>What the active rating rate (主动评价率) is counted over.</summary>
/// <remarks>
/// The two agree once every completed case of a period has exactly one valid rating in the same period; they part when a
/// case completed on 30 April is rated on 2 May, when a case is rated twice, or when a case was never rated and not yet
/// given its default rating.
/// </remarks>
public enum ActiveRatingRateBasis
{
    /// <summary>
    /// Completed cases with a valid active rating over completed cases (有主动评价的办结件数 / 办结件数), attributed to the
    /// period of completion: the definition, and the default of every preset. Needs the cases.
    /// </summary>
    CompletedCases = 0,

    /// <summary>
    /// Valid active case-linked ratings over valid case-linked ratings, active and default (有效主动评价数 / 有效关联办件评价数),
    /// attributed to the rating instant (variant). The right one for a rating platform's export without its cases: under
    /// one rating per case and the default-rating rule, it approaches the definition.
    /// </summary>
    CaseLinkedRatings = 1,
}
