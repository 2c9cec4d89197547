namespace Evaluation.Core.FollowUps;

/// <summary>Where the follow-up (回访) of a completed case stands.</summary>
public enum FollowUpStatus
{
    /// <summary>Followed up within the limit.</summary>
    OnTime = 1,

    /// <summary>Followed up after the limit.</summary>
    Late = 2,

    /// <summary>Not followed up yet, still within the limit.</summary>
    Open = 3,

    /// <summary>Not followed up and past the limit (应访未访).</summary>
    Missing = 4,
}
