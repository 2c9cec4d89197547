using System;
using Evaluation.Core.Calendars;
using Evaluation.Core.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Evaluation.Core.Tests.Calendars;

[Properties(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 500)]
public class WorkingCalendarProperties
{
    private static readonly WorkingCalendar China = WorkingCalendar.China;

    private static bool Fits(LocalDate start, int n) => start.PlusDays(n * 2 + 30) <= China.LastCoveredDate;

    [Property]
    public Property Counting_inverts_adding(CoveredDate start, WorkingDayCount n) =>
        (!Fits(start.Value, n.Value) || China.CountWorkingDays(start.Value, China.AddWorkingDays(start.Value, n.Value)) == n.Value)
            .Label($"{start.Value} + {n.Value}");

    [Property]
    public Property Adding_is_strictly_increasing_and_lands_on_working_days(CoveredDate start, WorkingDayCount n)
    {
        if (!Fits(start.Value, n.Value + 1))
        {
            return true.ToProperty();
        }
        LocalDate a = China.AddWorkingDays(start.Value, n.Value);
        LocalDate b = China.AddWorkingDays(start.Value, n.Value + 1);
        return (a < b && China.IsWorkingDay(b) && (n.Value == 0 || China.IsWorkingDay(a))).Label($"{start.Value} + {n.Value}: {a}, {b}");
    }

    [Property]
    public bool Counting_is_additive_over_adjacent_intervals(CoveredDate a, CoveredDate b, CoveredDate c) =>
        China.CountWorkingDays(a.Value, b.Value) + China.CountWorkingDays(b.Value, c.Value) == China.CountWorkingDays(a.Value, c.Value);

    [Property]
    public bool Counting_agrees_with_a_day_by_day_loop(CoveredDate a, WorkingDayCount span)
    {
        LocalDate end = a.Value.PlusDays(span.Value);
        if (end > China.LastCoveredDate)
        {
            return true;
        }
        int expected = 0;
        for (LocalDate d = a.Value.PlusDays(1); d <= end; d = d.PlusDays(1))
        {
            expected += China.IsWorkingDay(d) ? 1 : 0;
        }
        return China.CountWorkingDays(a.Value, end) == expected;
    }

    [Property]
    public bool Weekdays_outside_notices_follow_the_week(CoveredDate date)
    {
        LocalDate d = date.Value;
        bool named = false;
        foreach (HolidaySchedule s in China.Schedules)
        {
            named |= s.DaysOff.Contains(d) || s.MakeUpWorkingDays.Contains(d);
        }
        return named || China.IsWorkingDay(d) == (d.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday));
    }

    [Property]
    public Property A_later_start_never_gives_an_earlier_due_instant(CoveredInstant a, CoveredInstant b, WorkingDayCount n)
    {
        Instant early = Instant.Min(a.Value, b.Value);
        Instant late = Instant.Max(a.Value, b.Value);
        int amount = n.Value % 40;
        var limits = new[]
        {
            TimeLimit.WorkingDays(amount), TimeLimit.CalendarDays(amount), TimeLimit.Hours(amount), TimeLimit.WorkingHours(amount),
        };
        foreach (TimeLimit limit in limits)
        {
            Instant dueEarly = DeadlineCalculator.China.Compute(early, limit).Due;
            Instant dueLate = DeadlineCalculator.China.Compute(late, limit).Due;
            if (dueLate < dueEarly || dueEarly < early)
            {
                return false.Label($"{limit}: {early} -> {dueEarly}, {late} -> {dueLate}");
            }
        }
        return true.ToProperty();
    }

    [Property]
    public Property Suspension_never_moves_a_due_instant_earlier(CoveredInstant start, WorkingDayCount n, PositiveInt offsetHours, PositiveInt lengthHours)
    {
        TimeLimit limit = TimeLimit.WorkingDays(n.Value % 30);
        Instant suspendedFrom = start.Value + Duration.FromHours(offsetHours.Get % 200);
        var suspension = new NodaTime.Interval(suspendedFrom, suspendedFrom + Duration.FromHours(lengthHours.Get % 300));
        Instant plain = DeadlineCalculator.China.Compute(start.Value, limit).Due;
        Instant suspended = DeadlineCalculator.China.Compute(start.Value, limit, [suspension]).Due;
        return (suspended >= plain).Label($"{plain} vs {suspended}");
    }
}
