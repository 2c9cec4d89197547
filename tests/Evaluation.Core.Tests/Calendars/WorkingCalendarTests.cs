using System;
using System.Linq;
using Evaluation.Core.Calendars;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace Evaluation.Core.Tests.Calendars;

public class WorkingCalendarTests
{
    private static readonly WorkingCalendar China = WorkingCalendar.China;

    private static LocalDate D(string text) => LocalDatePattern.Iso.Parse(text).GetValueOrThrow();

    [Theory]
    [InlineData(2019, 250)]
    [InlineData(2020, 249)]
    [InlineData(2021, 250)]
    [InlineData(2022, 249)]
    [InlineData(2023, 249)]
    [InlineData(2024, 251)]
    [InlineData(2025, 248)]
    [InlineData(2026, 248)]
    public void Each_year_has_the_official_number_of_working_days(int year, int workingDays) =>
        Assert.Equal(workingDays, China.WorkingDaysInYear(year));

    // Every block of days off of every notice, first and last day, written out from the notices.
    [Theory]
    [InlineData("2019-01-01", "2019-01-01")]
    [InlineData("2019-02-04", "2019-02-10")]
    [InlineData("2019-04-05", "2019-04-07")]
    [InlineData("2019-05-01", "2019-05-04")]
    [InlineData("2019-06-07", "2019-06-09")]
    [InlineData("2019-09-13", "2019-09-15")]
    [InlineData("2019-10-01", "2019-10-07")]
    [InlineData("2020-01-01", "2020-01-01")]
    [InlineData("2020-01-24", "2020-02-02")]
    [InlineData("2020-04-04", "2020-04-06")]
    [InlineData("2020-05-01", "2020-05-05")]
    [InlineData("2020-06-25", "2020-06-27")]
    [InlineData("2020-10-01", "2020-10-08")]
    [InlineData("2021-01-01", "2021-01-03")]
    [InlineData("2021-02-11", "2021-02-17")]
    [InlineData("2021-04-03", "2021-04-05")]
    [InlineData("2021-05-01", "2021-05-05")]
    [InlineData("2021-06-12", "2021-06-14")]
    [InlineData("2021-09-19", "2021-09-21")]
    [InlineData("2021-10-01", "2021-10-07")]
    [InlineData("2022-01-01", "2022-01-03")]
    [InlineData("2022-01-31", "2022-02-06")]
    [InlineData("2022-04-03", "2022-04-05")]
    [InlineData("2022-04-30", "2022-05-04")]
    [InlineData("2022-06-03", "2022-06-05")]
    [InlineData("2022-09-10", "2022-09-12")]
    [InlineData("2022-10-01", "2022-10-07")]
    [InlineData("2022-12-31", "2023-01-02")]
    [InlineData("2023-01-21", "2023-01-27")]
    [InlineData("2023-04-05", "2023-04-05")]
    [InlineData("2023-04-29", "2023-05-03")]
    [InlineData("2023-06-22", "2023-06-24")]
    [InlineData("2023-09-29", "2023-10-06")]
    [InlineData("2024-01-01", "2024-01-01")]
    [InlineData("2024-02-10", "2024-02-17")]
    [InlineData("2024-04-04", "2024-04-06")]
    [InlineData("2024-05-01", "2024-05-05")]
    [InlineData("2024-06-10", "2024-06-10")]
    [InlineData("2024-09-15", "2024-09-17")]
    [InlineData("2024-10-01", "2024-10-07")]
    [InlineData("2025-01-01", "2025-01-01")]
    [InlineData("2025-01-28", "2025-02-04")]
    [InlineData("2025-04-04", "2025-04-06")]
    [InlineData("2025-05-01", "2025-05-05")]
    [InlineData("2025-05-31", "2025-06-02")]
    [InlineData("2025-10-01", "2025-10-08")]
    [InlineData("2026-01-01", "2026-01-03")]
    [InlineData("2026-02-15", "2026-02-23")]
    [InlineData("2026-04-04", "2026-04-06")]
    [InlineData("2026-05-01", "2026-05-05")]
    [InlineData("2026-06-19", "2026-06-21")]
    [InlineData("2026-09-25", "2026-09-27")]
    [InlineData("2026-10-01", "2026-10-07")]
    public void Every_day_of_an_official_holiday_block_is_a_day_off(string first, string last)
    {
        foreach (LocalDate day in new DateInterval(D(first), D(last)))
        {
            Assert.False(China.IsWorkingDay(day), $"{day} should be a day off");
        }
    }

    [Theory]
    [InlineData("2019-02-02")]
    [InlineData("2019-02-03")]
    [InlineData("2019-04-28")]
    [InlineData("2019-05-05")]
    [InlineData("2019-09-29")]
    [InlineData("2019-10-12")]
    [InlineData("2020-01-19")]
    [InlineData("2020-04-26")]
    [InlineData("2020-05-09")]
    [InlineData("2020-06-28")]
    [InlineData("2020-09-27")]
    [InlineData("2020-10-10")]
    [InlineData("2021-02-07")]
    [InlineData("2021-02-20")]
    [InlineData("2021-04-25")]
    [InlineData("2021-05-08")]
    [InlineData("2021-09-18")]
    [InlineData("2021-09-26")]
    [InlineData("2021-10-09")]
    [InlineData("2022-01-29")]
    [InlineData("2022-01-30")]
    [InlineData("2022-04-02")]
    [InlineData("2022-04-24")]
    [InlineData("2022-05-07")]
    [InlineData("2022-10-08")]
    [InlineData("2022-10-09")]
    [InlineData("2023-01-28")]
    [InlineData("2023-01-29")]
    [InlineData("2023-04-23")]
    [InlineData("2023-05-06")]
    [InlineData("2023-06-25")]
    [InlineData("2023-10-07")]
    [InlineData("2023-10-08")]
    [InlineData("2024-02-04")]
    [InlineData("2024-02-18")]
    [InlineData("2024-04-07")]
    [InlineData("2024-04-28")]
    [InlineData("2024-05-11")]
    [InlineData("2024-09-14")]
    [InlineData("2024-09-29")]
    [InlineData("2024-10-12")]
    [InlineData("2025-01-26")]
    [InlineData("2025-02-08")]
    [InlineData("2025-04-27")]
    [InlineData("2025-09-28")]
    [InlineData("2025-10-11")]
    [InlineData("2026-01-04")]
    [InlineData("2026-02-14")]
    [InlineData("2026-02-28")]
    [InlineData("2026-05-09")]
    [InlineData("2026-09-20")]
    [InlineData("2026-10-10")]
    public void Every_official_make_up_day_is_a_working_weekend_day(string text)
    {
        LocalDate day = D(text);
        Assert.True(day.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday, $"{day} is a weekday");
        Assert.True(China.IsWorkingDay(day), $"{day} should be a make-up working day");
    }

    [Fact]
    public void The_2020_Spring_Festival_follows_the_extension_notice()
    {
        Assert.False(China.IsWorkingDay(D("2020-01-31")));
        Assert.False(China.IsWorkingDay(D("2020-02-01")));
        Assert.True(China.IsWorkingDay(D("2020-02-03")));
    }

    [Fact]
    public void Ordinary_weekdays_work_and_ordinary_weekends_rest()
    {
        Assert.True(China.IsWorkingDay(D("2023-12-05")));
        Assert.False(China.IsWorkingDay(D("2023-12-09")));
    }

    [Fact]
    public void Three_working_days_from_2023_09_28_end_on_2023_10_09_because_of_make_up_days() =>
        Assert.Equal(D("2023-10-09"), China.AddWorkingDays(D("2023-09-28"), 3));

    [Fact]
    public void Five_working_days_from_the_eve_of_the_2024_Spring_Festival_cross_the_whole_holiday() =>
        // 2024-02-08 Thu; 02-09 Fri works, 02-10..17 off, 02-18 Sun make-up, 02-19..21.
        Assert.Equal(D("2024-02-21"), China.AddWorkingDays(D("2024-02-08"), 5));

    [Fact]
    public void Zero_working_days_return_the_start_even_on_a_day_off() =>
        Assert.Equal(D("2023-10-01"), China.AddWorkingDays(D("2023-10-01"), 0));

    [Fact]
    public void The_start_day_is_not_counted()
    {
        Assert.Equal(D("2023-12-06"), China.AddWorkingDays(D("2023-12-05"), 1));
        Assert.Equal(1, China.CountWorkingDays(D("2023-12-05"), D("2023-12-06")));
        Assert.Equal(0, China.CountWorkingDays(D("2023-12-05"), D("2023-12-05")));
    }

    [Fact]
    public void A_date_outside_the_covered_years_throws_naming_the_date_and_range()
    {
        CalendarCoverageException error = Assert.Throws<CalendarCoverageException>(() => China.IsWorkingDay(D("2018-12-31")));
        Assert.Equal(D("2018-12-31"), error.Date);
        Assert.Contains("2019-01-01", error.Message, StringComparison.Ordinal);
        Assert.Contains("2026-12-31", error.Message, StringComparison.Ordinal);
        Assert.Throws<CalendarCoverageException>(() => China.IsWorkingDay(D("2027-01-01")));
        Assert.Throws<CalendarCoverageException>(() => China.AddWorkingDays(D("2026-12-30"), 5));
    }

    [Fact]
    public void A_negative_number_of_working_days_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => China.AddWorkingDays(D("2023-12-05"), -1));

    [Fact]
    public void The_built_in_data_says_its_version_years_and_notices()
    {
        Assert.Equal("2026.1", China.DataVersion);
        Assert.Equal(D("2019-01-01"), China.FirstCoveredDate);
        Assert.Equal(D("2026-12-31"), China.LastCoveredDate);
        Assert.Equal(Enumerable.Range(2019, 8), China.Schedules.Select(s => s.Year));
        Assert.Contains("国办发明电〔2022〕16号", China.Schedules.Single(s => s.Year == 2023).Source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_can_add_next_years_notice()
    {
        var y2027 = new HolidaySchedule(2027, "test notice", [new Holiday("元旦", new DateInterval(D("2027-01-01"), D("2027-01-01")))]);
        WorkingCalendar extended = China.WithSchedule(y2027);
        Assert.Equal(D("2027-12-31"), extended.LastCoveredDate);
        Assert.False(extended.IsWorkingDay(D("2027-01-01")));
        Assert.True(extended.IsWorkingDay(D("2027-01-04")));
        Assert.Null(extended.DataVersion);
        Assert.Throws<CalendarCoverageException>(() => China.IsWorkingDay(D("2027-01-04")));
    }

    [Fact]
    public void A_local_overlay_adds_days_off_such_as_Eid_in_a_Hui_district()
    {
        var eid = new HolidaySchedule(2023, "顺河回族区 古尔邦节", [new Holiday("古尔邦节 Eid al-Adha", new DateInterval(D("2023-06-28"), D("2023-06-29")))], HolidayScheduleKind.Local);
        WorkingCalendar local = China.WithSchedule(eid);
        Assert.False(local.IsWorkingDay(D("2023-06-28")));
        Assert.True(China.IsWorkingDay(D("2023-06-28")));
        Assert.Equal(D("2023-06-30"), local.AddWorkingDays(D("2023-06-27"), 1));
        Assert.Equal(D("2023-06-28"), China.AddWorkingDays(D("2023-06-27"), 1));
    }

    [Fact]
    public void Two_national_schedules_for_one_year_are_refused()
    {
        var again = new HolidaySchedule(2023, "duplicate", []);
        ArgumentException error = Assert.Throws<ArgumentException>(() => China.WithSchedule(again));
        Assert.Contains("2023", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gap_between_national_years_is_refused() =>
        Assert.Throws<ArgumentException>(() => WorkingCalendar.Create([new HolidaySchedule(2023, "a", []), new HolidaySchedule(2025, "b", [])]));

    [Fact]
    public void A_schedule_marking_a_day_both_off_and_working_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new Holiday("x", new DateInterval(D("2023-01-21"), D("2023-01-27")), [D("2023-01-22")]));
        Assert.Throws<ArgumentException>(() => new HolidaySchedule(2023, "x",
        [
            new Holiday("a", new DateInterval(D("2023-01-21"), D("2023-01-27"))),
            new Holiday("b", new DateInterval(D("2023-05-01"), D("2023-05-01")), [D("2023-01-22")]),
        ]));
    }

    [Fact]
    public void A_schedule_holding_a_date_of_another_year_is_refused() =>
        Assert.Throws<ArgumentException>(() => new HolidaySchedule(2023, "x", [new Holiday("a", new DateInterval(D("2024-01-01"), D("2024-01-01")))]));
}
