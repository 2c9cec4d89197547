namespace Evaluation.Core.Policies;

/// <summary>How many active ratings a case may receive.</summary>
public enum RatingsPerCase
{
    /// <summary>One active rating per case (一事一评): the default.</summary>
    One = 1,

    /// <summary>One active rating per stage of the case (acceptance and completion), as some provinces allow.</summary>
    OnePerStage = 2,
}
