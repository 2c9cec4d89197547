namespace Evaluation.Core.Validation;

/// <summary>The kinds of records a batch holds.</summary>
public enum RecordKind
{
    /// <summary>A case (办件).</summary>
    Case = 1,

    /// <summary>A rating (评价).</summary>
    Rating = 2,

    /// <summary>An appeal (申诉).</summary>
    Appeal = 3,

    /// <summary>A rectification (整改).</summary>
    Rectification = 4,

    /// <summary>A follow-up (回访).</summary>
    FollowUp = 5,

    /// <summary>A matter of the catalogue (事项).</summary>
    Matter = 6,

    /// <summary>A service unit (单位).</summary>
    Unit = 7,

    /// <summary>A department (部门).</summary>
    Department = 8,

    /// <summary>A service window (窗口).</summary>
    Window = 9,
}
