using System.Collections.Immutable;

namespace Evaluation.Core.Calendars;

/// <summary>What reading a holiday schedule's text gave: the schedule, or every problem found.</summary>
/// <param name="Schedule">The schedule, or null when the text was refused.</param>
/// <param name="Problems">Why it was refused, each naming its line or entry; empty when it was read.</param>
public sealed record HolidayScheduleReading(HolidaySchedule? Schedule, ImmutableArray<HolidayScheduleProblem> Problems);
