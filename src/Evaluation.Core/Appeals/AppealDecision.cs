namespace Evaluation.Core.Appeals;

/// <summary>The outcome of an appeal's review (复核结果).</summary>
public enum AppealDecision
{
    /// <summary>Not yet decided (待复核); the rating stands meanwhile.</summary>
    Pending = 0,

    /// <summary>Upheld (申诉成立): the rating is void, kept for audit and excluded from every count and rate.</summary>
    Upheld = 1,

    /// <summary>Rejected (申诉不成立): the rating stands and its rectification is still owed.</summary>
    Rejected = 2,
}
