using System;
using NodaTime;

namespace Evaluation.Core.Calendars;

/// <summary>
/// Thrown when a date falls outside the years a <see cref="WorkingCalendar"/> has official schedules for.
/// A calendar never guesses working days from weekdays: add the year's <see cref="HolidaySchedule"/> instead.
/// </summary>
public sealed class CalendarCoverageException : Exception
{
    /// <summary>Creates the exception for a date outside a calendar's coverage.</summary>
    /// <param name="date">The date that is not covered.</param>
    /// <param name="firstCovered">The first covered date.</param>
    /// <param name="lastCovered">The last covered date.</param>
    public CalendarCoverageException(LocalDate date, LocalDate firstCovered, LocalDate lastCovered)
        : base($"The working calendar covers {firstCovered:uuuu-MM-dd} to {lastCovered:uuuu-MM-dd}; {date:uuuu-MM-dd} is outside it. Add the year's holiday schedule (HolidaySchedule) to compute with it.")
    {
        Date = date;
        FirstCovered = firstCovered;
        LastCovered = lastCovered;
    }

    /// <summary>Creates the exception with a message.</summary>
    public CalendarCoverageException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public CalendarCoverageException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public CalendarCoverageException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>The date that is not covered.</summary>
    public LocalDate Date { get; }

    /// <summary>The first covered date.</summary>
    public LocalDate FirstCovered { get; }

    /// <summary>The last covered date.</summary>
    public LocalDate LastCovered { get; }
}
