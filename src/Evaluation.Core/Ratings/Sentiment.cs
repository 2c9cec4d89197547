namespace Evaluation.Core.Ratings;

/// <summary>
/// Whether a rating is good (好评), neutral (中评) or bad (差评), as the policy maps levels.
/// The values are ordered from worst to best.
/// </summary>
public enum Sentiment
{
    /// <summary>Bad (差评): by default levels 1 and 2.</summary>
    Bad = 1,

    /// <summary>Neutral (中评): by default level 3.</summary>
    Neutral = 2,

    /// <summary>Good (好评): by default levels 4 and 5.</summary>
    Good = 3,
}
