using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Evaluation.Core.Utility;
using NodaTime;

namespace Evaluation.Core.Calendars;

/// <summary>
/// The office hours of working days (办公时间), as ordered, non-overlapping sessions, used by working-hour limits.
/// </summary>
/// <remarks>Immutable. Halls set their own hours (and often summer and winter hours); pass yours.</remarks>
public sealed class OfficeHours
{
    /// <summary>Creates office hours from sessions.</summary>
    /// <param name="sessions">At least one session; each ends after it starts; sessions must not overlap.</param>
    public OfficeHours(IEnumerable<OfficeSession> sessions)
    {
        Preconditions.CheckNotNull(sessions, nameof(sessions));
        Sessions = [.. sessions.OrderBy(s => s.Start)];
        Preconditions.CheckArgument(!Sessions.IsEmpty, nameof(sessions), "must hold at least one session");
        foreach (OfficeSession session in Sessions)
        {
            Preconditions.CheckArgument(session.End > session.Start, nameof(sessions),
                $"must each end after they start; {session.Start:HH:mm}-{session.End:HH:mm} does not");
        }
        for (int i = 1; i < Sessions.Length; i++)
        {
            Preconditions.CheckArgument(Sessions[i].Start >= Sessions[i - 1].End, nameof(sessions),
                $"must not overlap; {Sessions[i - 1].Start:HH:mm}-{Sessions[i - 1].End:HH:mm} overlaps {Sessions[i].Start:HH:mm}-{Sessions[i].End:HH:mm}");
        }
    }

    /// <summary>A common schedule of Chinese service halls: 09:00 to 12:00 and 13:00 to 17:00.</summary>
    public static OfficeHours Standard { get; } = new([
        new OfficeSession(new LocalTime(9, 0), new LocalTime(12, 0)),
        new OfficeSession(new LocalTime(13, 0), new LocalTime(17, 0)),
    ]);

    /// <summary>The sessions, in order.</summary>
    public ImmutableArray<OfficeSession> Sessions { get; }

    /// <inheritdoc />
    public override string ToString() => string.Join(", ", Sessions.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Start:HH:mm}-{s.End:HH:mm}")));
}
