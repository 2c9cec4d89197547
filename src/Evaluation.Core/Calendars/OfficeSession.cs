using NodaTime;

namespace Evaluation.Core.Calendars;

/// <summary>One session of office hours, such as the morning 09:00 to 12:00; the end is exclusive.</summary>
/// <param name="Start">When the session opens.</param>
/// <param name="End">When it closes; after <paramref name="Start"/>.</param>
public readonly record struct OfficeSession(LocalTime Start, LocalTime End)
{
    /// <summary>The session's length.</summary>
    public Duration Length => (End - Start).ToDuration();
}
