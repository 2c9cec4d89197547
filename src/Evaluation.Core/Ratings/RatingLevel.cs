namespace Evaluation.Core.Ratings;

/// <summary>
/// The five rating levels (评价等级) of GB/T 39734-2020, coded 1 to 5 as in the provincial interfaces.
/// Higher is better; which levels count as good, neutral or bad is the policy's mapping.
/// </summary>
public enum RatingLevel
{
    /// <summary>Very dissatisfied (非常不满意), code 1.</summary>
    VeryDissatisfied = 1,

    /// <summary>Dissatisfied (不满意), code 2.</summary>
    Dissatisfied = 2,

    /// <summary>Fairly satisfied (基本满意), code 3.</summary>
    FairlySatisfied = 3,

    /// <summary>Satisfied (满意), code 4.</summary>
    Satisfied = 4,

    /// <summary>Very satisfied (非常满意), code 5.</summary>
    VerySatisfied = 5,
}
