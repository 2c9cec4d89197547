using System;
using System.Globalization;
using Evaluation.Core.Utility;

namespace Evaluation.Core.Calendars;

/// <summary>
/// A time limit (办理时限, 整改时限): so many working days, calendar days, clock hours or minutes, or working hours.
/// </summary>
/// <remarks>
/// An immutable value. Equality is by unit and amount, so 2 hours equals 120 minutes. Limits of different units are
/// not ordered against each other; within one unit, more is longer. <c>default</c> is zero working days.
/// A negative limit cannot be built.
/// </remarks>
public readonly record struct TimeLimit
{
    private TimeLimit(TimeLimitUnit unit, int amount)
    {
        Unit = unit;
        Amount = amount;
    }

    /// <summary>The unit the limit counts in.</summary>
    public TimeLimitUnit Unit { get; }

    /// <summary>The amount: days for day units, minutes for clock and working time.</summary>
    public int Amount { get; }

    /// <summary>A limit of working days (工作日).</summary>
    /// <param name="days">The number of working days, not negative.</param>
    /// <returns>The limit.</returns>
    public static TimeLimit WorkingDays(int days) => new(TimeLimitUnit.WorkingDays, Preconditions.CheckNonNegative(days, nameof(days)));

    /// <summary>A limit of calendar days (自然日); when the last day is not a working day, it runs to the end of the next working day.</summary>
    /// <param name="days">The number of days, not negative.</param>
    /// <returns>The limit.</returns>
    public static TimeLimit CalendarDays(int days) => new(TimeLimitUnit.CalendarDays, Preconditions.CheckNonNegative(days, nameof(days)));

    /// <summary>A limit of clock hours.</summary>
    /// <param name="hours">The number of hours, not negative.</param>
    /// <returns>The limit.</returns>
    public static TimeLimit Hours(int hours) => new(TimeLimitUnit.ClockMinutes, checked(Preconditions.CheckNonNegative(hours, nameof(hours)) * 60));

    /// <summary>A limit of clock minutes, such as the 30 minutes of an immediate matter (即办件).</summary>
    /// <param name="minutes">The number of minutes, not negative.</param>
    /// <returns>The limit.</returns>
    public static TimeLimit Minutes(int minutes) => new(TimeLimitUnit.ClockMinutes, Preconditions.CheckNonNegative(minutes, nameof(minutes)));

    /// <summary>A limit of working hours: only office hours of working days count.</summary>
    /// <param name="hours">The number of working hours, not negative.</param>
    /// <returns>The limit.</returns>
    public static TimeLimit WorkingHours(int hours) => new(TimeLimitUnit.WorkingMinutes, checked(Preconditions.CheckNonNegative(hours, nameof(hours)) * 60));

    /// <summary>A limit of working minutes: only office hours of working days count.</summary>
    /// <param name="minutes">The number of working minutes, not negative.</param>
    /// <returns>The limit.</returns>
    public static TimeLimit WorkingMinutes(int minutes) => new(TimeLimitUnit.WorkingMinutes, Preconditions.CheckNonNegative(minutes, nameof(minutes)));

    /// <summary>Whether the limit counts whole days (working or calendar).</summary>
    public bool IsInDays => Unit is TimeLimitUnit.WorkingDays or TimeLimitUnit.CalendarDays;

    /// <summary>A readable form, for example <c>5 working days</c>, <c>2 hours</c> or <c>30 minutes</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Unit switch
    {
        TimeLimitUnit.WorkingDays => Plural(Amount, "working day"),
        TimeLimitUnit.CalendarDays => Plural(Amount, "calendar day"),
        TimeLimitUnit.ClockMinutes => Amount % 60 == 0 ? Plural(Amount / 60, "hour") : Plural(Amount, "minute"),
        TimeLimitUnit.WorkingMinutes => Amount % 60 == 0 ? Plural(Amount / 60, "working hour") : Plural(Amount, "working minute"),
        _ => throw new InvalidOperationException("Unknown time-limit unit."),
    };

    private static string Plural(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? string.Empty : "s")}");
}
