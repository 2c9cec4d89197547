namespace Evaluation.Core.Policies;

/// <summary>What the active rating rate (主动评价率) is counted over.</summary>
public enum ActiveRatingRateBasis
{
    /// <summary>
    /// Valid active case-linked ratings over valid case-linked ratings (active and default), attributed to the rating
    /// instant (the default). Once every completed case past its rating window has its one valid rating (the default-rating
    /// rule), this is the share of completed cases rated actively; it needs only the ratings, as a rating platform's export has.
    /// </summary>
    CaseLinkedRatings = 0,

    /// <summary>Completed cases with a valid active rating over completed cases, attributed to the completion instant; needs the cases.</summary>
    CompletedCases = 1,
}
