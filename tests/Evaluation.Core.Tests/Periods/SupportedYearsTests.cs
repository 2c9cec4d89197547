using Evaluation.Core.Periods;
using NodaTime;
using Xunit;

namespace Evaluation.Core.Tests.Periods;

public class SupportedYearsTests
{
    /// <summary>The bounds are fixed at UTC+8 without loading the zone's data; the zone itself must agree.</summary>
    [Fact]
    public void Supported_years_bounds_are_China_midnights_as_the_zone_data_gives_them()
    {
        Assert.Equal(new LocalDate(SupportedYears.First, 1, 1).AtStartOfDayInZone(ChinaTime.Zone).ToInstant(), SupportedYears.Start);
        Assert.Equal(new LocalDate(SupportedYears.Last + 1, 1, 1).AtStartOfDayInZone(ChinaTime.Zone).ToInstant(), SupportedYears.End);
    }

    [Fact]
    public void Supported_years_contain_their_start_and_not_their_end()
    {
        Assert.True(SupportedYears.Contains(SupportedYears.Start));
        Assert.False(SupportedYears.Contains(SupportedYears.Start - Duration.Epsilon));
        Assert.True(SupportedYears.Contains(SupportedYears.End - Duration.Epsilon));
        Assert.False(SupportedYears.Contains(SupportedYears.End));
    }
}
