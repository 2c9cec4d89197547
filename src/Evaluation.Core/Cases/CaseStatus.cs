namespace Evaluation.Core.Cases;

/// <summary>Where a case (办件) stands.</summary>
public enum CaseStatus
{
    /// <summary>Accepted (受理) and not yet completed.</summary>
    InProgress = 1,

    /// <summary>Completed (办结).</summary>
    Completed = 2,
}
