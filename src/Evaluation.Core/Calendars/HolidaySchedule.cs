using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Evaluation.Core.Utility;
using NodaTime;

namespace Evaluation.Core.Calendars;

/// <summary>
/// One year's holiday arrangement as data: the national notice of the State Council for that year, or a
/// local overlay on it. A notice may govern late December of the previous year (the 2023 notice made
/// 2022-12-31 a day off), so a schedule for year Y may hold dates from 1 December of Y-1 to 31 December of Y.
/// </summary>
/// <remarks>
/// Immutable. A schedule that marks the same day both off and working is refused when built.
/// </remarks>
public sealed class HolidaySchedule
{
    /// <summary>Creates a schedule.</summary>
    /// <param name="year">The year the notice is for.</param>
    /// <param name="source">The source, for example the notice's title and number (国办发明电〔2022〕16号).</param>
    /// <param name="holidays">The blocks of days off and their make-up working days.</param>
    /// <param name="kind">National notice or local overlay.</param>
    public HolidaySchedule(int year, string source, IEnumerable<Holiday> holidays, HolidayScheduleKind kind = HolidayScheduleKind.National)
        : this(year, source, holidays, kind, isProvisional: false)
    {
    }

    /// <summary>Creates a schedule, provisional when computed from the law rather than entered from a notice.</summary>
    internal HolidaySchedule(int year, string source, IEnumerable<Holiday> holidays, HolidayScheduleKind kind, bool isProvisional)
    {
        IsProvisional = isProvisional;
        Preconditions.CheckRange(year, nameof(year), 1950, 9998);
        Preconditions.CheckArgument(Enum.IsDefined(kind), nameof(kind), "must be National or Local");
        Preconditions.CheckNotNull(holidays, nameof(holidays));
        Year = year;
        Source = Preconditions.CheckNotBlank(source, nameof(source));
        Kind = kind;
        Holidays = [.. holidays.OrderBy(h => h.DaysOff.Start)];
        Preconditions.CheckArgument(!Holidays.Contains(null!), nameof(holidays), "must not contain null");

        var first = new LocalDate(year - 1, 12, 1);
        var last = new LocalDate(year, 12, 31);
        var off = new HashSet<LocalDate>();
        var working = new HashSet<LocalDate>();
        foreach (Holiday holiday in Holidays)
        {
            off.UnionWith(holiday.DaysOff);
            working.UnionWith(holiday.MakeUpWorkingDays);
        }
        foreach (LocalDate day in off.Concat(working))
        {
            Preconditions.CheckArgument(day >= first && day <= last, nameof(holidays),
                $"must only hold dates from {first:uuuu-MM-dd} to {last:uuuu-MM-dd} for the {year} schedule; got {day:uuuu-MM-dd}");
        }
        LocalDate? both = off.Intersect(working).Order().Cast<LocalDate?>().FirstOrDefault();
        Preconditions.CheckArgument(both is null, nameof(holidays), $"must not mark {both:uuuu-MM-dd} both as a day off and as a working day");
        DaysOff = off.ToFrozenSet();
        MakeUpWorkingDays = working.ToFrozenSet();
    }

    /// <summary>The year the schedule is for.</summary>
    public int Year { get; }

    /// <summary>The source the data was entered from.</summary>
    public string Source { get; }

    /// <summary>National notice or local overlay.</summary>
    public HolidayScheduleKind Kind { get; }

    /// <summary>
    /// Whether the schedule was computed from the statutory holidays (<see cref="StatutoryHolidays.ProvisionalSchedule"/>)
    /// because the year's notice was not given: it has no make-up working days, and figures that use it are provisional.
    /// </summary>
    public bool IsProvisional { get; }

    /// <summary>The holiday blocks, in date order.</summary>
    public ImmutableArray<Holiday> Holidays { get; }

    /// <summary>Every day off the schedule names (including weekend days inside a block).</summary>
    public IReadOnlySet<LocalDate> DaysOff { get; }

    /// <summary>Every make-up working day (调休上班) the schedule names.</summary>
    public IReadOnlySet<LocalDate> MakeUpWorkingDays { get; }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{(IsProvisional ? "Provisional " : string.Empty)}{Kind} holiday schedule {Year} ({Source})");
}
