namespace Evaluation.Core.Rectification;

/// <summary>The steps of a rectification (整改), in the order they must happen.</summary>
public enum RectificationStep
{
    /// <summary>Call back and verify (回访核实).</summary>
    Verification = 1,

    /// <summary>Rectify (整改).</summary>
    Rectification = 2,

    /// <summary>Report back to the rater (反馈).</summary>
    Feedback = 3,
}
