namespace Evaluation.Core.Calendars;

/// <summary>Where a step with a deadline stands at an as-of instant.</summary>
public enum DeadlineStatus
{
    /// <summary>Done by the due instant (按期).</summary>
    DoneOnTime = 1,

    /// <summary>Done after the due instant (逾期完成).</summary>
    DoneLate = 2,

    /// <summary>Not done, and not yet due.</summary>
    Open = 3,

    /// <summary>Not done and past due (超期未完成).</summary>
    Overdue = 4,
}
