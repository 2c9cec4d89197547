using Evaluation.Core.Calendars;

namespace Evaluation.Core.Cases;

/// <summary>Whether a case met its matter's promised limit, at an as-of instant.</summary>
/// <param name="Status">Completed on time or late, open, or open past the limit; null when the matter publishes no limit.</param>
/// <param name="Deadline">The promised deadline, or null when the matter publishes no limit.</param>
/// <param name="ImmediateFlagged">An immediate matter (即办件) not completed within the immediate-matter limit: flagged for supervision.</param>
public sealed record CaseTiming(DeadlineStatus? Status, Deadline? Deadline, bool ImmediateFlagged);
