using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using Evaluation.Core.Utility;
using NodaTime;

namespace Evaluation.Core.Calendars;

/// <summary>
/// China's working days (工作日): Monday to Friday, minus the official days off, plus the weekend days that
/// become working days (调休上班), as each year's State Council notice sets them, with optional local overlays.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe. The calendar covers whole years, from 1 January of its first national
/// schedule's year to 31 December of its last; a date outside throws <see cref="CalendarCoverageException"/>.
/// It never guesses from weekdays.</para>
/// <para>Counting follows Chinese administrative practice for "within N working days of D": the day D is not
/// counted. <see cref="AddWorkingDays"/> and <see cref="CountWorkingDays"/> answer in constant time from a
/// precomputed index of working days.</para>
/// <para>Dates must be in the ISO calendar.</para>
/// </remarks>
public sealed class WorkingCalendar
{
    private readonly int firstDayNumber;
    private readonly int[] workingDaysThrough; // working days in [first, first + i]
    private readonly int[] workingDayOffsets;  // offsets from first of each working day, ascending
    private readonly bool[] provisional;       // whether each covered year's schedule is provisional

    private WorkingCalendar(ImmutableArray<HolidaySchedule> schedules, string? dataVersion)
    {
        Schedules = schedules;
        DataVersion = dataVersion;
        ImmutableArray<HolidaySchedule> national = [.. schedules.Where(s => s.Kind == HolidayScheduleKind.National).OrderBy(s => s.Year)];
        if (national.IsEmpty)
        {
            throw new ArgumentException("A working calendar needs at least one national holiday schedule.", nameof(schedules));
        }
        for (int i = 1; i < national.Length; i++)
        {
            if (national[i].Year == national[i - 1].Year)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Two national holiday schedules are given for {national[i].Year}: \"{national[i - 1].Source}\" and \"{national[i].Source}\"; give one per year."), nameof(schedules));
            }
            if (national[i].Year != national[i - 1].Year + 1)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"National holiday schedules must cover consecutive years; {national[i - 1].Year + 1} is missing between {national[i - 1].Year} and {national[i].Year}."), nameof(schedules));
            }
        }
        ProvisionalYears = [.. national.Where(s => s.IsProvisional).Select(s => s.Year)];
        provisional = new bool[national[^1].Year - national[0].Year + 1];
        foreach (int year in ProvisionalYears)
        {
            provisional[year - national[0].Year] = true;
        }
        FirstCoveredDate = new LocalDate(national[0].Year, 1, 1);
        LastCoveredDate = new LocalDate(national[^1].Year, 12, 31);
        foreach (HolidaySchedule local in schedules.Where(s => s.Kind == HolidayScheduleKind.Local))
        {
            if (local.Year < national[0].Year || local.Year > national[^1].Year)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The local schedule \"{local.Source}\" is for {local.Year}, outside the national schedules' years {national[0].Year} to {national[^1].Year}."), nameof(schedules));
            }
        }

        firstDayNumber = DayNumber(FirstCoveredDate);
        int dayCount = DayNumber(LastCoveredDate) - firstDayNumber + 1;
        var working = new bool[dayCount];
        for (int i = 0; i < dayCount; i++)
        {
            DayOfWeek weekday = DateOnly.FromDayNumber(firstDayNumber + i).DayOfWeek;
            working[i] = weekday is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
        }
        foreach (HolidaySchedule schedule in national.Concat(schedules.Where(s => s.Kind == HolidayScheduleKind.Local)))
        {
            Apply(schedule.DaysOff, false);
            Apply(schedule.MakeUpWorkingDays, true);
        }

        workingDaysThrough = new int[dayCount];
        var offsets = new List<int>(dayCount);
        int count = 0;
        for (int i = 0; i < dayCount; i++)
        {
            if (working[i])
            {
                count++;
                offsets.Add(i);
            }
            workingDaysThrough[i] = count;
        }
        workingDayOffsets = [.. offsets];

        void Apply(IEnumerable<LocalDate> days, bool isWorking)
        {
            foreach (LocalDate day in days)
            {
                int offset = DayNumber(day) - firstDayNumber;
                if (unchecked((uint)offset) < (uint)working.Length)
                {
                    working[offset] = isWorking;
                }
            }
        }
    }

    /// <summary>
    /// The official national calendar, built from the State Council's notices for 2019 to 2026
    /// (see <see cref="Schedules"/> for each notice). Its <see cref="DataVersion"/> names the data release.
    /// </summary>
    public static WorkingCalendar China { get; } = new(ChinaHolidaySchedules.All, ChinaHolidaySchedules.DataVersion);

    /// <summary>Builds a calendar from national schedules for consecutive years and any local overlays.</summary>
    /// <param name="schedules">At least one national schedule; national years consecutive and unique; overlays within those years.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentException">Two national schedules for one year, a missing year, or an overlay outside the years.</exception>
    public static WorkingCalendar Create(IEnumerable<HolidaySchedule> schedules)
    {
        Preconditions.CheckNotNull(schedules, nameof(schedules));
        ImmutableArray<HolidaySchedule> all = [.. schedules];
        Preconditions.CheckArgument(!all.Contains(null!), nameof(schedules), "must not contain null");
        return new WorkingCalendar(all, null);
    }

    /// <summary>
    /// Returns a calendar with one more schedule: next year's national notice before a release of this library
    /// carries it, or a local overlay of days off or working days.
    /// </summary>
    /// <param name="schedule">The schedule to add.</param>
    /// <returns>A new calendar; this one is unchanged.</returns>
    public WorkingCalendar WithSchedule(HolidaySchedule schedule)
    {
        Preconditions.CheckNotNull(schedule, nameof(schedule));
        return new WorkingCalendar(Schedules.Add(schedule), null);
    }

    /// <summary>
    /// Returns a calendar whose national schedule for the schedule's year is this one: it replaces the year's schedule
    /// (a notice read from a file overrides the built-in one) or adds the year, which must then follow or precede the
    /// years covered.
    /// </summary>
    /// <param name="schedule">A national schedule.</param>
    /// <returns>A new calendar; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">The schedule is a local overlay, or its year leaves a gap in the years covered.</exception>
    public WorkingCalendar WithNationalSchedule(HolidaySchedule schedule)
    {
        Preconditions.CheckNotNull(schedule, nameof(schedule));
        Preconditions.CheckArgument(schedule.Kind == HolidayScheduleKind.National, nameof(schedule), "must be a national schedule");
        return new WorkingCalendar([.. Schedules.Where(s => s.Kind != HolidayScheduleKind.National || s.Year != schedule.Year), schedule], null);
    }

    /// <summary>
    /// Returns a calendar covering <paramref name="firstYear"/> to <paramref name="lastYear"/> as well, each year it has
    /// no national schedule for given a provisional one (<see cref="StatutoryHolidays.ProvisionalSchedule"/>). Only when
    /// asked for: figures counted over those years are marked provisional.
    /// </summary>
    /// <param name="firstYear">The first year to cover.</param>
    /// <param name="lastYear">The last year to cover, not before <paramref name="firstYear"/>.</param>
    /// <returns>A new calendar, or this one when it covers the years already.</returns>
    public WorkingCalendar WithProvisionalYears(int firstYear, int lastYear)
    {
        Preconditions.CheckRange(firstYear, nameof(firstYear), Periods.SupportedYears.First, Periods.SupportedYears.Last);
        Preconditions.CheckRange(lastYear, nameof(lastYear), firstYear, Periods.SupportedYears.Last);
        int first = Math.Min(firstYear, FirstCoveredDate.Year), last = Math.Max(lastYear, LastCoveredDate.Year);
        var covered = Schedules.Where(s => s.Kind == HolidayScheduleKind.National).Select(s => s.Year).ToHashSet();
        HolidaySchedule[] added = [.. Enumerable.Range(first, last - first + 1).Where(y => !covered.Contains(y)).Select(StatutoryHolidays.ProvisionalSchedule)];
        return added.Length == 0 ? this : new WorkingCalendar(Schedules.AddRange(added), null);
    }

    /// <summary>
    /// Returns a calendar whose national schedule for each year given is the one given (a notice read from a file
    /// overrides the built-in one; <see cref="WithNationalSchedule"/>), applied in year order. With
    /// <paramref name="provisionalYears"/>, every supported year left without a schedule gets a provisional one
    /// (<see cref="WithProvisionalYears"/>), so a year given need not follow the years covered.
    /// </summary>
    /// <param name="schedules">National schedules, one per year.</param>
    /// <param name="provisionalYears">Whether to give every other supported year a provisional schedule.</param>
    /// <returns>A new calendar, or this one when nothing is given or asked for.</returns>
    /// <exception cref="ArgumentException">A schedule is a local overlay, two are for one year, or (without provisional years) a year leaves a gap.</exception>
    public WorkingCalendar WithNationalSchedules(IEnumerable<HolidaySchedule> schedules, bool provisionalYears)
    {
        Preconditions.CheckNotNull(schedules, nameof(schedules));
        HolidaySchedule[] given = [.. schedules.OrderBy(s => s.Year)];
        WorkingCalendar calendar = this;
        for (int i = 0; i < given.Length; i++)
        {
            Preconditions.CheckArgument(i == 0 || given[i].Year != given[i - 1].Year, nameof(schedules), "must give one schedule per year");
            if (provisionalYears)
            {
                calendar = calendar.WithProvisionalYears(Math.Min(given[i].Year, calendar.FirstCoveredDate.Year), Math.Max(given[i].Year, calendar.LastCoveredDate.Year));
            }
            calendar = calendar.WithNationalSchedule(given[i]);
        }
        return provisionalYears ? calendar.WithProvisionalYears(Periods.SupportedYears.First, Periods.SupportedYears.Last) : calendar;
    }

    /// <summary>The years whose national schedule is provisional, in order; empty for a calendar of notices only.</summary>
    public ImmutableArray<int> ProvisionalYears { get; }

    /// <summary>Whether any year from <paramref name="firstYear"/> to <paramref name="lastYear"/> has a provisional schedule.</summary>
    /// <param name="firstYear">The first year.</param>
    /// <param name="lastYear">The last year.</param>
    /// <returns>True when one of them is in <see cref="ProvisionalYears"/>.</returns>
    public bool AnyProvisional(int firstYear, int lastYear)
    {
        int first = FirstCoveredDate.Year;
        for (int year = Math.Max(firstYear, first); year <= lastYear && year - first < provisional.Length; year++)
        {
            if (provisional[year - first])
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The schedules the calendar was built from: national notices and local overlays.</summary>
    public ImmutableArray<HolidaySchedule> Schedules { get; }

    /// <summary>The version of the built-in data (for example <c>2026.1</c>), or null for a calendar built or changed by the user.</summary>
    public string? DataVersion { get; }

    /// <summary>The first date the calendar covers: 1 January of its first national schedule's year.</summary>
    public LocalDate FirstCoveredDate { get; }

    /// <summary>The last date the calendar covers: 31 December of its last national schedule's year.</summary>
    public LocalDate LastCoveredDate { get; }

    /// <summary>Whether the calendar covers a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True within the covered range.</returns>
    public bool Covers(LocalDate date) => date >= FirstCoveredDate && date <= LastCoveredDate;

    /// <summary>Whether a date is a working day (工作日).</summary>
    /// <param name="date">A covered date.</param>
    /// <returns>True on working days, including make-up working days.</returns>
    /// <exception cref="CalendarCoverageException">The date is not covered.</exception>
    public bool IsWorkingDay(LocalDate date)
    {
        int offset = Offset(date);
        return workingDaysThrough[offset] != (offset == 0 ? 0 : workingDaysThrough[offset - 1]);
    }

    /// <summary>
    /// The <paramref name="workingDays"/>-th working day after <paramref name="start"/>; the start day is not
    /// counted, and 0 returns <paramref name="start"/> itself.
    /// </summary>
    /// <param name="start">A covered date.</param>
    /// <param name="workingDays">The number of working days, not negative.</param>
    /// <returns>The date.</returns>
    /// <exception cref="CalendarCoverageException">The start or the result is not covered.</exception>
    public LocalDate AddWorkingDays(LocalDate start, int workingDays)
    {
        Preconditions.CheckNonNegative(workingDays, nameof(workingDays));
        int offset = Offset(start);
        if (workingDays == 0)
        {
            return start;
        }
        long ordinal = (long)workingDaysThrough[offset] + workingDays;
        if (ordinal > workingDayOffsets.Length)
        {
            throw new CalendarCoverageException(
                string.Create(CultureInfo.InvariantCulture, $"{workingDays} working days after {start:uuuu-MM-dd} fall after {LastCoveredDate:uuuu-MM-dd}, the last date the working calendar covers. Add the next year's holiday schedule (HolidaySchedule) to compute with it."));
        }
        return FromOffset(workingDayOffsets[ordinal - 1]);
    }

    /// <summary>
    /// The number of working days in (<paramref name="startExclusive"/>, <paramref name="endInclusive"/>], so that
    /// <c>CountWorkingDays(a, AddWorkingDays(a, n)) == n</c>. When the end precedes the start the count is negative:
    /// minus the working days in (end, start]; so counts add over adjacent intervals in any order.
    /// </summary>
    /// <param name="startExclusive">A covered date, not counted.</param>
    /// <param name="endInclusive">A covered date, counted.</param>
    /// <returns>The number of working days.</returns>
    /// <exception cref="CalendarCoverageException">A date is not covered.</exception>
    public int CountWorkingDays(LocalDate startExclusive, LocalDate endInclusive) =>
        workingDaysThrough[Offset(endInclusive)] - workingDaysThrough[Offset(startExclusive)];

    /// <summary>The first working day on or after a date.</summary>
    /// <param name="date">A covered date.</param>
    /// <returns>The date itself when it is a working day, otherwise the next working day.</returns>
    /// <exception cref="CalendarCoverageException">The date or the result is not covered.</exception>
    public LocalDate NextWorkingDayOnOrAfter(LocalDate date) =>
        IsWorkingDay(date) ? date : AddWorkingDays(date, 1);

    /// <summary>The number of working days in a covered year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The count; 249 for 2023 in <see cref="China"/>.</returns>
    public int WorkingDaysInYear(int year)
    {
        var first = new LocalDate(year, 1, 1);
        return CountWorkingDays(first, new LocalDate(year, 12, 31)) + (IsWorkingDay(first) ? 1 : 0);
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"WorkingCalendar {FirstCoveredDate:uuuu-MM-dd} to {LastCoveredDate:uuuu-MM-dd}{(DataVersion is null ? string.Empty : " (data " + DataVersion + ")")}, {Schedules.Length} schedules");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Offset(LocalDate date)
    {
        int offset = DayNumber(date) - firstDayNumber;
        if (unchecked((uint)offset) >= (uint)workingDaysThrough.Length)
        {
            ThrowNotCovered(date);
        }
        return offset;
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void ThrowNotCovered(LocalDate date) => throw new CalendarCoverageException(date, FirstCoveredDate, LastCoveredDate);

    private LocalDate FromOffset(int offset) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(firstDayNumber + offset));

    private static int DayNumber(LocalDate date) => date.ToDateOnly().DayNumber;
}
