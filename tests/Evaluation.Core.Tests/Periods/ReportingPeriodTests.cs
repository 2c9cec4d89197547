using System;
using System.Globalization;
using Evaluation.Core.Periods;
using Evaluation.Core.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;
using static Evaluation.Core.Tests.Support.Samples;

namespace Evaluation.Core.Tests.Periods;

[Properties(Arbitrary = new[] { typeof(Arbitraries) })]
public class ReportingPeriodTests
{
    [Theory]
    [InlineData(ReportingPeriodKind.Day, "2023-12-05")]
    [InlineData(ReportingPeriodKind.Week, "2023-W49")]
    [InlineData(ReportingPeriodKind.Month, "2023-12")]
    [InlineData(ReportingPeriodKind.Quarter, "2023-Q4")]
    [InlineData(ReportingPeriodKind.Year, "2023")]
    public void Periods_have_stable_text_forms(ReportingPeriodKind kind, string text)
    {
        ReportingPeriod period = ReportingPeriod.Containing(kind, new LocalDate(2023, 12, 5));
        Assert.Equal(text, period.ToString());
        Assert.Equal(period, ReportingPeriod.Parse(text));
    }

    [Fact]
    public void An_instant_late_on_new_years_eve_UTC_is_already_next_year_in_China()
    {
        Instant instant = At("2023-12-31T17:30:00+00:00");
        Assert.Equal("2024-01", ReportingPeriod.Containing(ReportingPeriodKind.Month, instant).ToString());
    }

    [Fact]
    public void Instants_before_1991_use_the_time_zone_data_with_daylight_saving() =>
        // 1988-07-01 00:30 CDT (UTC+9) is 1988-06-30 15:30 UTC: still 1 July locally.
        Assert.Equal(new LocalDate(1988, 7, 1), ChinaTime.DateOf(Instant.FromUtc(1988, 6, 30, 15, 30)));

    [Property(MaxTest = 300)]
    public bool Integer_arithmetic_agrees_with_the_time_zone_machinery(CoveredInstant instant) =>
        ChinaTime.DateOf(instant.Value) == instant.Value.InZone(ChinaTime.Zone).Date;

    [Property(MaxTest = 300)]
    public bool The_start_of_a_day_by_arithmetic_agrees_with_the_time_zone_machinery(CoveredDate date) =>
        ChinaTime.StartOfDay(date.Value) == ChinaTime.Zone.AtStartOfDay(date.Value).ToInstant()
        && ChinaTime.DateOf(ChinaTime.StartOfDay(date.Value)) == date.Value
        && ChinaTime.DateOfDayNumber(ChinaTime.DayNumberOf(ChinaTime.StartOfDay(date.Value))) == date.Value;

    [Fact]
    public void The_last_daylight_saving_period_ended_at_02_00_on_15_September_1991()
    {
        // 1991-09-15 00:30 CDT (UTC+9) is 1991-09-14 15:30 UTC: already 15 September locally, though UTC+8 would say 14.
        Assert.Equal(new LocalDate(1991, 9, 15), ChinaTime.DateOf(Instant.FromUtc(1991, 9, 14, 15, 30)));
        Assert.Equal(Instant.FromUtc(1991, 9, 14, 15, 0), ChinaTime.StartOfDay(new LocalDate(1991, 9, 15)));
        Assert.Equal(Instant.FromUtc(1991, 9, 15, 16, 0), ChinaTime.StartOfDay(new LocalDate(1991, 9, 16)));
    }

    [Property(MaxTest = 500)]
    public bool Arithmetic_agrees_with_the_time_zone_data_across_the_1980s_and_1990s(uint seconds)
    {
        Instant instant = Instant.FromUtc(1985, 1, 1, 0, 0) + Duration.FromSeconds(seconds % (12L * 365 * 86400));
        LocalDate date = instant.InZone(ChinaTime.Zone).Date;
        return ChinaTime.DateOf(instant) == date && ChinaTime.StartOfDay(date) == ChinaTime.Zone.AtStartOfDay(date).ToInstant();
    }

    [Fact]
    public void Days_before_1991_09_15_start_by_the_time_zone_data() =>
        // 1988-07-01 began at 00:00 CDT (UTC+9): 1988-06-30 15:00 UTC.
        Assert.Equal(Instant.FromUtc(1988, 6, 30, 15, 0), ChinaTime.StartOfDay(new LocalDate(1988, 7, 1)));

    [Property(MaxTest = 300)]
    public bool Text_forms_round_trip_and_periods_contain_their_dates(CoveredDate date)
    {
        foreach (ReportingPeriodKind kind in Enum.GetValues<ReportingPeriodKind>())
        {
            ReportingPeriod p = ReportingPeriod.Containing(kind, date.Value);
            if (ReportingPeriod.Parse(p.ToString()) != p || !p.Contains(date.Value) || p.Next().Previous() != p || p.Start > date.Value || p.End < date.Value)
            {
                return false;
            }
        }
        return true;
    }

    [Property(MaxTest = 500)]
    public bool Day_and_month_texts_are_those_of_NodaTime_patterns(int days)
    {
        // Dates spread over every year NodaTime's ISO calendar holds, -9998 to 9999: the digits, the padding and the sign.
        LocalDate date = new LocalDate(-9998, 1, 1).PlusDays((int)((((long)days * 104_729 % 7_304_000) + 7_304_000) % 7_304_000));
        return ReportingPeriod.Containing(ReportingPeriodKind.Day, date).ToString() == date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)
            && ReportingPeriod.Containing(ReportingPeriodKind.Month, date).ToString() == date.ToString("uuuu-MM", CultureInfo.InvariantCulture);
    }

    [Theory]
    [InlineData("2023-13")]
    [InlineData("2023-Q5")]
    [InlineData("2023-W54")]
    [InlineData("2023-02-30")]
    [InlineData("23-12")]
    public void Malformed_period_text_is_rejected(string text) =>
        Assert.Throws<FormatException>(() => ReportingPeriod.Parse(text));
}
