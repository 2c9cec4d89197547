using Evaluation.Core.Calendars;

namespace Evaluation.Core.Rectification;

/// <summary>The deadlines of a valid bad rating's three steps and where each stands at the as-of instant.</summary>
/// <param name="Verification">The verification deadline (回访核实).</param>
/// <param name="VerificationStatus">Where verification stands.</param>
/// <param name="Rectification">The rectification deadline (整改), before any extension.</param>
/// <param name="RectificationStatus">Where rectification stands, judged against the original deadline unless the policy lets an extension move it.</param>
/// <param name="Feedback">The feedback deadline (反馈).</param>
/// <param name="FeedbackStatus">Where feedback stands.</param>
public sealed record RectificationProgress(
    Deadline Verification,
    DeadlineStatus VerificationStatus,
    Deadline Rectification,
    DeadlineStatus RectificationStatus,
    Deadline Feedback,
    DeadlineStatus FeedbackStatus);
