using System.Linq;
using Evaluation.Core.Calendars;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Evaluation.Core.Tests.Calendars;

/// <summary>Laws of the provisional calendar, for any year the library supports.</summary>
public class ProvisionalCalendarProperties
{
    private static readonly Gen<int> Years = Gen.Choose(1950, 2099);

    [Property(MaxTest = 150)]
    public Property A_provisional_year_has_every_statutory_day_off_and_no_make_up_day() =>
        Prop.ForAll(Years.ToArbitrary(), year =>
        {
            HolidaySchedule schedule = StatutoryHolidays.ProvisionalSchedule(year);
            return (StatutoryHolidays.Of(year).SelectMany(h => h.DaysOff).All(schedule.DaysOff.Contains)
                && schedule.MakeUpWorkingDays.Count == 0 && schedule.IsProvisional && schedule.DaysOff.All(d => d.Year == year))
                .Label($"{year}");
        });

    [Property(MaxTest = 150)]
    public Property Each_weekend_statutory_day_is_given_back_on_a_weekday() =>
        Prop.ForAll(Years.ToArbitrary(), year =>
        {
            HolidaySchedule schedule = StatutoryHolidays.ProvisionalSchedule(year);
            var statutory = StatutoryHolidays.Of(year).SelectMany(h => h.DaysOff).ToHashSet();
            int weekdaysOff = schedule.DaysOff.Count(d => d.DayOfWeek < IsoDayOfWeek.Saturday);
            // Holidays that share a day (中秋 on 1 October) owe it once each, so at least one weekday per statutory day.
            return (weekdaysOff >= statutory.Count).Label($"{year}: {weekdaysOff} weekdays off for {statutory.Count} statutory days");
        });

    [Property(MaxTest = 150)]
    public Property Deadlines_over_provisional_years_never_move_earlier_for_a_later_start_and_say_they_are_provisional()
    {
        Gen<(int Year, int Day, int Hours, int Days)> cases =
            from year in Years
            from day in Gen.Choose(0, 364)
            from hours in Gen.Choose(0, 48)
            from days in Gen.Choose(0, 30)
            select (year, day, hours, days);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            // The built-in years stay notices; the years around the one drawn are provisional where the notices have none.
            var calculator = new DeadlineCalculator(WorkingCalendar.China.WithProvisionalYears(System.Math.Max(1950, c.Year - 1), System.Math.Min(2099, c.Year + 1)),
                DateTimeZoneProviders.Tzdb["Asia/Shanghai"]);
            Instant start = Instant.FromUtc(c.Year, 1, 1, 0, 0) + Duration.FromDays(c.Day);
            if (!calculator.CanCompute(start + Duration.FromHours(c.Hours), TimeLimit.WorkingDays(c.Days)))
            {
                return true.Label("past the calendar");
            }
            Deadline early = calculator.Compute(start, TimeLimit.WorkingDays(c.Days));
            Deadline late = calculator.Compute(start + Duration.FromHours(c.Hours), TimeLimit.WorkingDays(c.Days));
            bool provisional = calculator.Calendar.AnyProvisional(early.Start.InZone(calculator.Zone).Year, early.Due.InZone(calculator.Zone).Year);
            return (late.Due >= early.Due).Label("monotone").And((early.IsProvisional == provisional).Label("marked provisional"));
        });
    }
}
