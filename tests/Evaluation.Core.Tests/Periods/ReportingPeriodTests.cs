using System;
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

    [Theory]
    [InlineData("2023-13")]
    [InlineData("2023-Q5")]
    [InlineData("2023-W54")]
    [InlineData("2023-02-30")]
    [InlineData("23-12")]
    public void Malformed_period_text_is_rejected(string text) =>
        Assert.Throws<FormatException>(() => ReportingPeriod.Parse(text));
}
