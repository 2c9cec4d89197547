namespace Evaluation.Core.Metrics;

/// <summary>The counts a <see cref="RatingTally"/> keeps, in its storage order.</summary>
public enum TallyCounter
{
    /// <summary>Valid ratings (有效评价数): active and default, not void; unlinked ratings included.</summary>
    Ratings = 0,

    /// <summary>Valid active ratings (主动评价数).</summary>
    ActiveRatings,

    /// <summary>Valid default ratings (默认评价数).</summary>
    DefaultRatings,

    /// <summary>Valid good ratings (好评数).</summary>
    Good,

    /// <summary>Valid neutral ratings (中评数).</summary>
    Neutral,

    /// <summary>Valid bad ratings (差评数).</summary>
    Bad,

    /// <summary>Ratings voided by an upheld appeal (申诉成立), kept for audit and counted nowhere else.</summary>
    ExcludedByAppeal,

    /// <summary>Valid ratings of level 1 (非常不满意).</summary>
    Level1,

    /// <summary>Valid ratings of level 2 (不满意).</summary>
    Level2,

    /// <summary>Valid ratings of level 3 (基本满意).</summary>
    Level3,

    /// <summary>Valid ratings of level 4 (满意).</summary>
    Level4,

    /// <summary>Valid ratings of level 5 (非常满意).</summary>
    Level5,

    /// <summary>The sum of the policy's scores of valid ratings.</summary>
    ScoreSum,

    /// <summary>Valid ratings on on-site channels (现场评价量).</summary>
    OnSiteRatings,

    /// <summary>Valid ratings through the static QR code (静态二维码评价量).</summary>
    StaticQrRatings,

    /// <summary>Valid good ratings through the static QR code (静态二维码好评数量).</summary>
    StaticQrGood,

    /// <summary>Valid bad ratings through the static QR code.</summary>
    StaticQrBad,

    /// <summary>Valid ratings linked to a case.</summary>
    CaseRatings,

    /// <summary>Valid active ratings linked to a case.</summary>
    CaseActiveRatings,

    /// <summary>Valid bad ratings linked to a case.</summary>
    CaseBad,

    /// <summary>Valid real-name bad ratings (实名差评).</summary>
    RealNameBad,

    /// <summary>Valid real-name bad ratings whose rater was called back and the facts verified (已回访核实).</summary>
    RealNameBadVerified,

    /// <summary>Valid bad ratings rectified by the as-of instant (已整改).</summary>
    BadRectified,

    /// <summary>Valid bad ratings rectified by their due instant (按期整改).</summary>
    BadRectifiedOnTime,

    /// <summary>Valid bad ratings not rectified and past due at the as-of instant (超期未整改).</summary>
    BadOverdue,
}
