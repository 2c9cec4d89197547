using System;
using System.Globalization;
using NodaTime;

namespace Evaluation.Core.Calendars;

/// <summary>
/// Dates of the Chinese lunisolar calendar (农历) in the Gregorian calendar, from .NET's
/// <see cref="ChineseLunisolarCalendar"/> (which covers 1901 to 2100).
/// </summary>
internal static class LunarDates
{
    private static readonly ChineseLunisolarCalendar Calendar = new();

    /// <summary>
    /// The Gregorian date of day <paramref name="day"/> of the ordinary (not leap) lunar month <paramref name="month"/>
    /// of the lunar year that begins in Gregorian <paramref name="year"/>.
    /// </summary>
    internal static LocalDate Of(int year, int month, int day)
    {
        // A leap month takes the index after the month it repeats, so later months move up by one.
        int leap = Calendar.GetLeapMonth(year);
        int index = leap != 0 && month >= leap ? month + 1 : month;
        DateTime date = Calendar.ToDateTime(year, index, day, 0, 0, 0, 0);
        return new LocalDate(date.Year, date.Month, date.Day);
    }

    /// <summary>春节: the first day of the first lunar month.</summary>
    internal static LocalDate SpringFestival(int year) => Of(year, 1, 1);
}
