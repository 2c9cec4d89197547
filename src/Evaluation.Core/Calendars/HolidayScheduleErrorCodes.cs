namespace Evaluation.Core.Calendars;

/// <summary>The stable codes of reading a holiday schedule from text (<see cref="HolidayScheduleText"/>), documented in docs/calendar.md.</summary>
public static class HolidayScheduleErrorCodes
{
    /// <summary>The text is neither form, a line or entry cannot be read, or the year is missing or outside 1950 to 2099.</summary>
    public const string Syntax = "holidays.syntax";

    /// <summary>An entry has no name.</summary>
    public const string NameMissing = "holidays.name.missing";

    /// <summary>A date lies outside the schedule's year (only the New Year holiday may reach back into December).</summary>
    public const string DateOutsideYear = "holidays.date.outside-year";

    /// <summary>A day is given both as a day off and as a make-up working day.</summary>
    public const string DayOffAndWorking = "holidays.day.off-and-working";

    /// <summary>A make-up working day (调休上班) is not a Saturday or Sunday.</summary>
    public const string MakeUpWeekday = "holidays.make-up.weekday";

    /// <summary>A statutory holiday of the national measures in force that year (全国年节及纪念日放假办法) is not a day off.</summary>
    public const string StatutoryMissing = "holidays.statutory.missing";
}
