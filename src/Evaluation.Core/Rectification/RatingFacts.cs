namespace Evaluation.Core.Rectification;

/// <summary>
/// What the lifecycle rules decided about one rating at an as-of instant: whether an upheld appeal voided it,
/// whether its rater was called back and verified, and where its rectification stands.
/// </summary>
/// <param name="IsVoid">Voided by an upheld appeal (申诉成立); excluded from every count but the audit count.</param>
/// <param name="IsVerified">The bad rating's rater was called back and the facts verified (回访核实).</param>
/// <param name="Rectification">Where the rectification stands.</param>
public readonly record struct RatingFacts(bool IsVoid, bool IsVerified, RectificationState Rectification)
{
    /// <summary>A valid rating that owes nothing: not void, no rectification.</summary>
    public static RatingFacts Valid => default;
}
