using NodaTime;

namespace Evaluation.Core.Periods;

/// <summary>
/// The years whose instants the library places: 1950 to 2099 in China Standard Time. A rating batch spans at most
/// 65,535 days (about 179 years), so the range is fixed once rather than taken from whatever a file holds; readers
/// reject an instant outside it with its own error instead of letting one mistyped year stop a whole report.
/// </summary>
public static class SupportedYears
{
    /// <summary>The first supported year.</summary>
    public const int First = 1950;

    /// <summary>The last supported year.</summary>
    public const int Last = 2099;

    /// <summary>
    /// The first supported instant: 1950-01-01T00:00 China Standard Time, when Asia/Shanghai kept UTC+8 (no daylight
    /// saving in winter), so fixed without loading the time-zone data (a test holds it to the zone's own answer).
    /// </summary>
    public static Instant Start { get; } = NewYearInChina(First);

    /// <summary>The instant after the last supported one: 2100-01-01T00:00 China Standard Time.</summary>
    public static Instant End { get; } = NewYearInChina(Last + 1);

    /// <summary>Whether an instant falls in the supported years.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>True from <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive).</returns>
    public static bool Contains(Instant instant) => instant >= Start && instant < End;

    /// <summary>The start of 1 January of a year at UTC+8.</summary>
    private static Instant NewYearInChina(int year) => Instant.FromUtc(year, 1, 1, 0, 0) - Duration.FromHours(8);
}
