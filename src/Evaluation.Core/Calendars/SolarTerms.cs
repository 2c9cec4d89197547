using System;
using Evaluation.Core.Periods;
using NodaTime;

namespace Evaluation.Core.Calendars;

/// <summary>
/// The solar term 清明 (Pure Brightness): the day, in China Standard Time, on which the Sun's apparent ecliptic longitude
/// reaches 15°. The longitude follows the low-precision solar theory of Meeus (Astronomical Algorithms, 2nd ed., ch. 25),
/// good to about 0.01° (some 15 minutes of the Sun's motion), so only a term within minutes of midnight could fall on
/// the other day.
/// </summary>
internal static class SolarTerms
{
    private const double J2000 = 2451545.0;
    private static readonly Instant JulianDayZero = Instant.FromUtc(2000, 1, 1, 12, 0) - Duration.FromDays(J2000);

    /// <summary>The date of 清明 in a year (4 or 5 April in 1950 to 2099).</summary>
    internal static LocalDate Qingming(int year)
    {
        double low = JulianDay(Instant.FromUtc(year, 3, 30, 0, 0));
        double high = JulianDay(Instant.FromUtc(year, 4, 10, 0, 0));
        // The longitude grows by about a degree a day: 40 halvings of 11 days leave well under a second.
        for (int i = 0; i < 40; i++)
        {
            double middle = (low + high) / 2;
            if (ApparentLongitude(middle) < 15.0)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }
        return ChinaTime.DateOf(JulianDayZero + Duration.FromSeconds(Math.Round(high * 86400.0)));
    }

    private static double JulianDay(Instant instant) => (instant - JulianDayZero).TotalDays;

    /// <summary>The Sun's apparent longitude in degrees, in [0, 360), at a Julian day (Universal Time, with ΔT taken as 69 s).</summary>
    private static double ApparentLongitude(double julianDay)
    {
        double t = (julianDay + (69.0 / 86400.0) - J2000) / 36525.0;
        double meanLongitude = 280.46646 + (36000.76983 * t) + (0.0003032 * t * t);
        double meanAnomaly = Radians(357.52911 + (35999.05029 * t) - (0.0001537 * t * t));
        double centre = ((1.914602 - (0.004817 * t) - (0.000014 * t * t)) * Math.Sin(meanAnomaly))
            + ((0.019993 - (0.000101 * t)) * Math.Sin(2 * meanAnomaly)) + (0.000289 * Math.Sin(3 * meanAnomaly));
        double node = Radians(125.04 - (1934.136 * t));
        double apparent = meanLongitude + centre - 0.00569 - (0.00478 * Math.Sin(node));
        return ((apparent % 360.0) + 360.0) % 360.0;
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180.0;
}
