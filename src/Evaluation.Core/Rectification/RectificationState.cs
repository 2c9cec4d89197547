namespace Evaluation.Core.Rectification;

/// <summary>Where the rectification of one rating stands at an as-of instant.</summary>
public enum RectificationState
{
    /// <summary>No rectification is owed: the rating is not bad, or it is void.</summary>
    NotOwed = 0,

    /// <summary>Rectified by its due instant (按期整改).</summary>
    DoneOnTime = 1,

    /// <summary>Rectified after its due instant (逾期整改).</summary>
    DoneLate = 2,

    /// <summary>Not yet rectified and not yet due (整改中).</summary>
    Open = 3,

    /// <summary>Not rectified and past due (超期未整改).</summary>
    Overdue = 4,
}
