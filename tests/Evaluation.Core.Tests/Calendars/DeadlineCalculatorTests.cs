using System;
using Evaluation.Core.Calendars;
using NodaTime;
using Xunit;
using static Evaluation.Core.Tests.Support.Samples;

namespace Evaluation.Core.Tests.Calendars;

public class DeadlineCalculatorTests
{
    private static readonly DeadlineCalculator Calculator = DeadlineCalculator.China;

    [Fact]
    public void A_working_day_limit_is_due_at_the_end_of_its_last_working_day()
    {
        Deadline deadline = Calculator.Compute(At("2023-09-28T15:00:00+08:00"), TimeLimit.WorkingDays(3));
        Assert.Equal(At("2023-10-09T23:59:59.999999999+08:00"), deadline.Due);
        Assert.True(deadline.IsOnTime(At("2023-10-09T23:59:59+08:00")));
        Assert.False(deadline.IsOnTime(At("2023-10-10T00:00:00+08:00")));
    }

    [Fact]
    public void Bad_rating_rectification_within_five_working_days_crosses_the_Spring_Festival() =>
        // Rated Friday 2023-01-20; 01-21..27 off; 01-28 and 01-29 make-up days; then 01-30, 01-31, 02-01.
        Assert.Equal(At("2023-02-01T23:59:59.999999999+08:00"), Calculator.Compute(At("2023-01-20T10:00:00+08:00"), TimeLimit.WorkingDays(5)).Due);

    [Fact]
    public void A_calendar_day_limit_ending_on_a_day_off_runs_to_the_next_working_day() =>
        // 7 days from 2023-09-25 is 2023-10-02, a day off; the next working day is 2023-10-07 (make-up Saturday).
        Assert.Equal(At("2023-10-07T23:59:59.999999999+08:00"), Calculator.Compute(At("2023-09-25T09:00:00+08:00"), TimeLimit.CalendarDays(7)).Due);

    [Fact]
    public void A_follow_up_is_due_two_clock_hours_after_the_case() =>
        Assert.Equal(At("2023-12-05T12:31:00+08:00"), Calculator.Compute(At("2023-12-05T10:31:00+08:00"), TimeLimit.Hours(2)).Due);

    [Fact]
    public void An_immediate_matter_is_due_thirty_minutes_after_acceptance() =>
        Assert.Equal(At("2023-12-05T10:30:00+08:00"), Calculator.Compute(At("2023-12-05T10:00:00+08:00"), TimeLimit.Minutes(30)).Due);

    [Fact]
    public void Working_hours_skip_the_lunch_break_nights_and_days_off()
    {
        // Friday 2023-09-28 16:00 (Thursday): 1 hour left that day, then the holiday; resumes Saturday 2023-10-07 (make-up day).
        Assert.Equal(At("2023-10-07T10:00:00+08:00"), Calculator.Compute(At("2023-09-28T16:00:00+08:00"), TimeLimit.WorkingHours(2)).Due);
        // 11:30 + 1 hour: 30 minutes before lunch, 30 after.
        Assert.Equal(At("2023-12-05T13:30:00+08:00"), Calculator.Compute(At("2023-12-05T11:30:00+08:00"), TimeLimit.WorkingHours(1)).Due);
        // Before opening, the clock starts at 09:00.
        Assert.Equal(At("2023-12-05T10:00:00+08:00"), Calculator.Compute(At("2023-12-05T07:00:00+08:00"), TimeLimit.WorkingHours(1)).Due);
    }

    [Fact]
    public void Suspended_working_days_extend_the_deadline()
    {
        // 5 working days from Monday 2023-1204 → Monday 2023-12-11; suspended Tue 12-05 to Thu 12-07 (2 working days) → Wed 12-13.
        var suspension = new Interval(At("2023-12-05T10:00:00+08:00"), At("2023-12-07T10:00:00+08:00"));
        Assert.Equal(At("2023-12-13T23:59:59.999999999+08:00"), Calculator.Compute(At("2023-12-04T09:00:00+08:00"), TimeLimit.WorkingDays(5), [suspension]).Due);
    }

    [Fact]
    public void Suspended_clock_time_extends_the_deadline_and_overlaps_are_merged()
    {
        Interval a = new(At("2023-12-05T10:30:00+08:00"), At("2023-12-05T11:00:00+08:00"));
        Interval b = new(At("2023-12-05T10:45:00+08:00"), At("2023-12-05T11:15:00+08:00"));
        Assert.Equal(At("2023-12-05T12:45:00+08:00"), Calculator.Compute(At("2023-12-05T10:00:00+08:00"), TimeLimit.Hours(2), [a, b]).Due);
    }

    [Fact]
    public void A_suspension_after_the_due_instant_changes_nothing()
    {
        Interval later = new(At("2023-12-20T10:00:00+08:00"), At("2023-12-22T10:00:00+08:00"));
        Assert.Equal(Calculator.Compute(At("2023-12-04T09:00:00+08:00"), TimeLimit.WorkingDays(5)).Due,
            Calculator.Compute(At("2023-12-04T09:00:00+08:00"), TimeLimit.WorkingDays(5), [later]).Due);
    }

    [Theory]
    [InlineData("2023-12-11T20:00:00+08:00", "2023-12-11T23:00:00+08:00", DeadlineStatus.DoneOnTime)]
    [InlineData("2023-12-12T08:00:00+08:00", "2023-12-13T00:00:00+08:00", DeadlineStatus.DoneLate)]
    [InlineData(null, "2023-12-11T12:00:00+08:00", DeadlineStatus.Open)]
    [InlineData(null, "2023-12-12T00:00:00+08:00", DeadlineStatus.Overdue)]
    [InlineData("2023-12-11T20:00:00+08:00", "2023-12-11T12:00:00+08:00", DeadlineStatus.Open)]
    public void A_step_is_on_time_late_open_or_overdue_at_an_instant(string? doneAt, string asOf, DeadlineStatus expected)
    {
        Deadline deadline = Calculator.Compute(At("2023-12-04T09:00:00+08:00"), TimeLimit.WorkingDays(5));
        Assert.Equal(expected, deadline.StatusAt(doneAt is null ? null : At(doneAt), At(asOf)));
    }

    [Fact]
    public void Negative_limits_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TimeLimit.WorkingDays(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => TimeLimit.CalendarDays(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => TimeLimit.Hours(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => TimeLimit.WorkingMinutes(-1));
    }

    [Fact]
    public void Office_hours_whose_sessions_overlap_are_rejected()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => new OfficeHours([
            new OfficeSession(new LocalTime(9, 0), new LocalTime(12, 0)),
            new OfficeSession(new LocalTime(11, 30), new LocalTime(17, 0)),
        ]));
        Assert.Contains("overlap", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new OfficeHours([new OfficeSession(new LocalTime(12, 0), new LocalTime(9, 0))]));
    }

    [Fact]
    public void Limits_print_readably_and_compare_by_unit_and_amount()
    {
        Assert.Equal("5 working days", TimeLimit.WorkingDays(5).ToString());
        Assert.Equal("2 hours", TimeLimit.Hours(2).ToString());
        Assert.Equal("30 minutes", TimeLimit.Minutes(30).ToString());
        Assert.Equal(TimeLimit.Hours(2), TimeLimit.Minutes(120));
        Assert.Equal(TimeLimit.WorkingDays(0), default);
    }
}
