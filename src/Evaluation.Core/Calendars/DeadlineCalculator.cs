using System;
using System.Collections.Generic;
using System.Linq;
using Evaluation.Core.Utility;
using Evaluation.Core.Periods;
using NodaTime;

namespace Evaluation.Core.Calendars;

/// <summary>
/// Computes due instants from a start instant and a <see cref="TimeLimit"/>, in a time zone (China Standard Time
/// by default), with a <see cref="WorkingCalendar"/> and <see cref="OfficeHours"/>; suspended time (挂起) can be excluded.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe. The rules, in the zone's local time:</para>
/// <list type="bullet">
/// <item>Working days: the start day is not counted; due at the end of the N-th working day after it.</item>
/// <item>Calendar days: due at the end of the N-th day after the start day; if that day is not a working day, at the end of the next working day.</item>
/// <item>Clock time: due exactly that long after the start.</item>
/// <item>Working time: only office-hours sessions of working days run the clock; due when the time is used up.</item>
/// </list>
/// <para>A later start never gives an earlier due instant.</para>
/// </remarks>
public sealed class DeadlineCalculator
{
    /// <summary>Creates a calculator.</summary>
    /// <param name="calendar">The working calendar.</param>
    /// <param name="zone">The time zone local dates are taken in.</param>
    /// <param name="officeHours">The office hours for working-time limits; <see cref="OfficeHours.Standard"/> when null.</param>
    public DeadlineCalculator(WorkingCalendar calendar, DateTimeZone zone, OfficeHours? officeHours = null)
    {
        Calendar = Preconditions.CheckNotNull(calendar, nameof(calendar));
        Zone = Preconditions.CheckNotNull(zone, nameof(zone));
        OfficeHours = officeHours ?? OfficeHours.Standard;
        isChinaTime = zone.Id == ChinaTime.Zone.Id;
    }

    /// <summary>The official China calendar in China Standard Time (Asia/Shanghai) with standard office hours.</summary>
    public static DeadlineCalculator China { get; } = new(WorkingCalendar.China, DateTimeZoneProviders.Tzdb["Asia/Shanghai"]);

    /// <summary>The working calendar.</summary>
    public WorkingCalendar Calendar { get; }

    /// <summary>The time zone local dates are taken in.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The office hours for working-time limits.</summary>
    public OfficeHours OfficeHours { get; }

    /// <summary>Computes the deadline of a limit started at <paramref name="start"/>.</summary>
    /// <param name="start">When the clock started.</param>
    /// <param name="limit">The limit.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="CalendarCoverageException">A day the computation needs is outside the calendar.</exception>
    public Deadline Compute(Instant start, TimeLimit limit) => Provisional(new(start, limit, Advance(start, limit.Unit, limit.Amount)));

    /// <summary>
    /// Computes the deadline of a limit started at <paramref name="start"/>, excluding suspended time (挂起), such as
    /// waiting for the applicant to supply material. Each suspension that begins before the running due instant
    /// extends it by the suspension's length in the limit's unit: for working days, the working days after the
    /// suspension's first day up to and including the day it ends; for calendar days, the days between those dates;
    /// for clock time, its duration; for working time, the office time it covers.
    /// </summary>
    /// <param name="start">When the clock started.</param>
    /// <param name="limit">The limit.</param>
    /// <param name="suspensions">Intervals when the clock stood still; overlapping ones are merged, parts before the start ignored.</param>
    /// <returns>The deadline.</returns>
    public Deadline Compute(Instant start, TimeLimit limit, IEnumerable<Interval> suspensions)
    {
        Preconditions.CheckNotNull(suspensions, nameof(suspensions));
        Instant due = Advance(start, limit.Unit, limit.Amount);
        foreach (Interval suspension in Merge(suspensions, start))
        {
            if (suspension.Start > due)
            {
                break;
            }
            due = Extend(due, limit.Unit, suspension);
        }
        return Provisional(new Deadline(start, limit, due));
    }

    /// <summary>Marks a deadline counted over a provisional year.</summary>
    private Deadline Provisional(Deadline deadline) =>
        Calendar.ProvisionalYears.IsEmpty ? deadline : deadline with { IsProvisional = Calendar.AnyProvisional(LocalDateOf(deadline.Start).Year, LocalDateOf(deadline.Due).Year) };

    /// <summary>
    /// Whether <see cref="Compute(Instant, TimeLimit)"/> can place this deadline: every day it needs is in the calendar.
    /// Answers without throwing, in constant time for limits in days, so that a record whose rules reach past the
    /// calendar's last year can be rejected rather than stop a batch.
    /// </summary>
    /// <param name="start">When the clock would start.</param>
    /// <param name="limit">The limit.</param>
    /// <returns>True when the deadline can be computed.</returns>
    public bool CanCompute(Instant start, TimeLimit limit)
    {
        LocalDate date = LocalDateOf(start);
        LocalDate last = Calendar.LastCoveredDate;
        switch (limit.Unit)
        {
            case TimeLimitUnit.ClockMinutes:
                return true;
            case TimeLimitUnit.WorkingDays:
                return Calendar.Covers(date) && Calendar.CountWorkingDays(date, last) >= limit.Amount;
            case TimeLimitUnit.CalendarDays:
                if (date > last || Period.DaysBetween(date, last) < limit.Amount)
                {
                    return false;
                }
                LocalDate target = date.PlusDays(limit.Amount);
                return Calendar.Covers(target) && (Calendar.IsWorkingDay(target) || Calendar.CountWorkingDays(target, last) >= 1);
            default:
                return TryAddWorkingTime(start, Duration.FromMinutes(limit.Amount), out _, out _);
        }
    }

    private Instant Advance(Instant start, TimeLimitUnit unit, int amount) => unit switch
    {
        TimeLimitUnit.WorkingDays => EndOfDay(Calendar.AddWorkingDays(LocalDateOf(start), amount)),
        TimeLimitUnit.CalendarDays => EndOfDay(Calendar.NextWorkingDayOnOrAfter(LocalDateOf(start).PlusDays(amount))),
        TimeLimitUnit.ClockMinutes => start + Duration.FromMinutes(amount),
        TimeLimitUnit.WorkingMinutes => AddWorkingTime(start, Duration.FromMinutes(amount)),
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown time-limit unit."),
    };

    private Instant Extend(Instant due, TimeLimitUnit unit, Interval suspension)
    {
        switch (unit)
        {
            case TimeLimitUnit.WorkingDays:
                int workingDays = Calendar.CountWorkingDays(LocalDateOf(suspension.Start), LocalDateOf(suspension.End));
                return EndOfDay(Calendar.AddWorkingDays(LocalDateOf(due), workingDays));
            case TimeLimitUnit.CalendarDays:
                int days = Period.DaysBetween(LocalDateOf(suspension.Start), LocalDateOf(suspension.End));
                return EndOfDay(Calendar.NextWorkingDayOnOrAfter(LocalDateOf(due).PlusDays(days)));
            case TimeLimitUnit.ClockMinutes:
                return due + suspension.Duration;
            default:
                return AddWorkingTime(due, WorkingTimeBetween(suspension.Start, suspension.End));
        }
    }

    private static IEnumerable<Interval> Merge(IEnumerable<Interval> suspensions, Instant start)
    {
        Interval? current = null;
        foreach (Interval next in suspensions.Where(s => s.HasStart && s.HasEnd && s.End > start).OrderBy(s => s.Start))
        {
            var clipped = new Interval(Instant.Max(next.Start, start), next.End);
            if (current is Interval c && clipped.Start <= c.End)
            {
                current = new Interval(c.Start, Instant.Max(c.End, clipped.End));
                continue;
            }
            if (current is Interval done)
            {
                yield return done;
            }
            current = clipped;
        }
        if (current is Interval last)
        {
            yield return last;
        }
    }

    private Instant AddWorkingTime(Instant start, Duration remaining) =>
        TryAddWorkingTime(start, remaining, out Instant due, out LocalDate uncovered)
            ? due
            : throw new CalendarCoverageException(uncovered, Calendar.FirstCoveredDate, Calendar.LastCoveredDate);

    /// <summary>Runs the clock over office sessions of working days; false, with the first day it needed, when that day is not covered.</summary>
    private bool TryAddWorkingTime(Instant start, Duration remaining, out Instant due, out LocalDate uncovered)
    {
        due = start;
        uncovered = default;
        if (remaining == Duration.Zero)
        {
            return true;
        }
        LocalDateTime local = start.InZone(Zone).LocalDateTime;
        LocalDate date = local.Date;
        LocalDateTime cursor = local;
        while (true)
        {
            if (!Calendar.Covers(date))
            {
                uncovered = date;
                return false;
            }
            if (Calendar.IsWorkingDay(date))
            {
                foreach (OfficeSession session in OfficeHours.Sessions)
                {
                    LocalDateTime sessionEnd = date + session.End;
                    if (cursor >= sessionEnd)
                    {
                        continue;
                    }
                    LocalDateTime from = LocalDateTime.Max(cursor, date + session.Start);
                    Duration available = (sessionEnd - from).ToDuration();
                    if (remaining <= available)
                    {
                        due = Zone.AtLeniently(from.PlusTicks(remaining.BclCompatibleTicks)).ToInstant();
                        return true;
                    }
                    remaining -= available;
                    cursor = sessionEnd;
                }
            }
            date = date.PlusDays(1);
            cursor = date.AtMidnight();
        }
    }

    private Duration WorkingTimeBetween(Instant from, Instant to)
    {
        Duration total = Duration.Zero;
        LocalDateTime start = from.InZone(Zone).LocalDateTime;
        LocalDateTime end = to.InZone(Zone).LocalDateTime;
        for (LocalDate date = start.Date; date <= end.Date; date = date.PlusDays(1))
        {
            if (!Calendar.IsWorkingDay(date))
            {
                continue;
            }
            foreach (OfficeSession session in OfficeHours.Sessions)
            {
                LocalDateTime a = LocalDateTime.Max(start, date + session.Start);
                LocalDateTime b = LocalDateTime.Min(end, date + session.End);
                if (b > a)
                {
                    total += (b - a).ToDuration();
                }
            }
        }
        return total;
    }

    /// <summary>Whether the zone is China Standard Time, whose dates <see cref="ChinaTime"/> computes by arithmetic.</summary>
    private readonly bool isChinaTime;

    private LocalDate LocalDateOf(Instant instant) => isChinaTime ? ChinaTime.DateOf(instant) : instant.InZone(Zone).Date;

    private Instant EndOfDay(LocalDate date) =>
        (isChinaTime ? ChinaTime.StartOfDay(date.PlusDays(1)) : Zone.AtStartOfDay(date.PlusDays(1)).ToInstant()) - Duration.Epsilon;
}
