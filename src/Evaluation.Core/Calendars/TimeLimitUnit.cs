namespace Evaluation.Core.Calendars;

/// <summary>The unit a <see cref="TimeLimit"/> counts in.</summary>
public enum TimeLimitUnit
{
    /// <summary>Working days (工作日): due at the end of the N-th working day after the start day.</summary>
    WorkingDays = 0,

    /// <summary>Calendar days (自然日): due at the end of the N-th day after the start day, moved to the end of the next working day when that day is not one.</summary>
    CalendarDays = 2,

    /// <summary>Clock time (小时, 分钟): due exactly that long after the start.</summary>
    ClockMinutes = 3,

    /// <summary>Working time within office hours (工作时间): only office-hours sessions of working days count.</summary>
    WorkingMinutes = 4,
}
