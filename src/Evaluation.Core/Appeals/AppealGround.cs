namespace Evaluation.Core.Appeals;

/// <summary>Why a rated unit contests a bad rating (申诉理由).</summary>
public enum AppealGround
{
    /// <summary>Not stated (the interchange format does not carry it).</summary>
    Unspecified = 0,

    /// <summary>The rater chose the wrong level or case (误评).</summary>
    Mistaken = 1,

    /// <summary>A malicious bad rating (恶意差评).</summary>
    Malicious = 2,

    /// <summary>The facts stated are untrue (不属实).</summary>
    Untrue = 3,
}
