using System.Linq;
using Evaluation.Core.Calendars;
using NodaTime;
using Xunit;
using Xunit.Abstractions;

namespace Evaluation.Core.Tests.Calendars;

/// <summary>The statutory holidays and the provisional calendar a year without a notice is given, only when asked for.</summary>
public class ProvisionalCalendarTests(ITestOutputHelper output)
{
    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void Every_statutory_day_of_2019_to_2026_is_a_day_off_of_that_years_notice_and_the_difference_in_working_days_is_reported()
    {
        WorkingCalendar official = WorkingCalendar.China;
        foreach (HolidaySchedule notice in official.Schedules)
        {
            int year = notice.Year;
            Assert.All(StatutoryHolidays.Of(year).SelectMany(h => h.DaysOff), day => Assert.Contains(day, notice.DaysOff));

            WorkingCalendar provisional = WorkingCalendar.Create([StatutoryHolidays.ProvisionalSchedule(year)]);
            LocalDate[] differing = [.. new DateInterval(D(year, 1, 1), D(year, 12, 31)).Where(d => official.IsWorkingDay(d) != provisional.IsWorkingDay(d))];
            output.WriteLine($"{year}: {official.WorkingDaysInYear(year)} working days by the notice, {provisional.WorkingDaysInYear(year)} provisional; {differing.Length} days differ");
            // Every day that differs is one a notice moves: a weekend day worked in exchange, or a weekday off to bridge a break.
            Assert.All(differing, d => Assert.True(notice.MakeUpWorkingDays.Contains(d) || notice.DaysOff.Contains(d), $"{d} differs"));
        }
    }

    [Theory]
    [InlineData(2019, 4, 5)]
    [InlineData(2020, 4, 4)]
    [InlineData(2021, 4, 4)]
    [InlineData(2022, 4, 5)]
    [InlineData(2023, 4, 5)]
    [InlineData(2024, 4, 4)]
    [InlineData(2025, 4, 4)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 4, 5)]
    [InlineData(2008, 4, 4)]
    public void Qingming_falls_on_the_day_of_its_solar_term(int year, int month, int day) =>
        Assert.Equal(D(year, month, day), StatutoryHolidays.Of(year).Single(h => h.Name.StartsWith("清明", System.StringComparison.Ordinal)).DaysOff.Start);

    [Fact]
    public void The_2024_measures_give_four_days_from_new_years_eve_and_two_for_labour_day_from_2025()
    {
        Holiday spring2024 = StatutoryHolidays.Of(2024).Single(h => h.Name.StartsWith("春节", System.StringComparison.Ordinal));
        Holiday spring2027 = StatutoryHolidays.Of(2027).Single(h => h.Name.StartsWith("春节", System.StringComparison.Ordinal));
        Holiday labour2027 = StatutoryHolidays.Of(2027).Single(h => h.Name.StartsWith("劳动节", System.StringComparison.Ordinal));

        Assert.Equal(new DateInterval(D(2024, 2, 10), D(2024, 2, 12)), spring2024.DaysOff);
        Assert.Equal(new DateInterval(D(2027, 2, 5), D(2027, 2, 8)), spring2027.DaysOff);
        Assert.Equal(new DateInterval(D(2027, 5, 1), D(2027, 5, 2)), labour2027.DaysOff);
    }

    [Fact]
    public void A_holiday_on_a_weekend_is_given_back_on_the_following_weekdays()
    {
        // 2027: 国庆节 is Friday 1 to Sunday 3 October, so Monday 4 and Tuesday 5 are given back.
        HolidaySchedule schedule = StatutoryHolidays.ProvisionalSchedule(2027);

        Assert.Contains(D(2027, 10, 4), schedule.DaysOff);
        Assert.Contains(D(2027, 10, 5), schedule.DaysOff);
        Assert.DoesNotContain(D(2027, 10, 6), schedule.DaysOff);
        Assert.Empty(schedule.MakeUpWorkingDays);
        Assert.True(schedule.IsProvisional);
    }

    [Fact]
    public void A_deadline_into_a_year_without_a_notice_is_refused_unless_a_provisional_calendar_is_asked_for()
    {
        Instant start = Instant.FromUtc(2026, 12, 20, 2, 0);
        var provisional = new DeadlineCalculator(WorkingCalendar.China.WithProvisionalYears(2027, 2027), DateTimeZoneProviders.Tzdb["Asia/Shanghai"]);

        Assert.Throws<CalendarCoverageException>(() => DeadlineCalculator.China.Compute(start, TimeLimit.WorkingDays(15)));
        Deadline deadline = provisional.Compute(start, TimeLimit.WorkingDays(15));

        // 21 to 31 December give 9 working days; 1 January 2027 is off; 4 to 8 and 11 January give the other 6.
        Assert.Equal(D(2027, 1, 11), deadline.Due.InZone(provisional.Zone).Date);
        Assert.True(deadline.IsProvisional);
        Assert.False(provisional.Compute(start, TimeLimit.WorkingDays(5)).IsProvisional);
        Assert.Equal([2027], provisional.Calendar.ProvisionalYears.ToArray());
    }

    [Fact]
    public void A_notice_replaces_the_year_it_names_and_leaves_no_year_provisional()
    {
        HolidaySchedule notice = HolidayScheduleText.Read(HolidayScheduleText.ToPlainText(StatutoryHolidays.ProvisionalSchedule(2027)).Replace("provisional", "notice", System.StringComparison.Ordinal), "2027.txt").Schedule!;
        WorkingCalendar calendar = WorkingCalendar.China.WithProvisionalYears(2027, 2027).WithNationalSchedule(notice);

        Assert.Empty(calendar.ProvisionalYears);
        Assert.Equal(D(2027, 12, 31), calendar.LastCoveredDate);
        Assert.Same(notice, calendar.Schedules.Single(s => s.Year == 2027));
    }
}
