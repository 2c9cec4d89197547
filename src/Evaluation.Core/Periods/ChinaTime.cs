using System;
using NodaTime;

namespace Evaluation.Core.Periods;

/// <summary>
/// China Standard Time (Asia/Shanghai): UTC+8, without daylight saving since 15 September 1991. Local dates of instants
/// from then on are computed with integer arithmetic; earlier instants go through NodaTime's time-zone data.
/// </summary>
public static class ChinaTime
{
    private const long OffsetSeconds = 8 * 3600;
    private const long SecondsPerDay = 86400;

    /// <summary>
    /// The Asia/Shanghai time zone from NodaTime's TZDB data, loaded when first read (a few tens of milliseconds in a
    /// fresh process): the integer arithmetic below never needs it for instants from <see cref="FixedOffsetSince"/> on.
    /// </summary>
    public static DateTimeZone Zone => Tzdb.Shanghai;

    /// <summary>
    /// The instant from which the offset is fixed at UTC+8: 1991-09-14 17:00 UTC, when the last daylight-saving period
    /// ended (02:00 daylight time on 15 September became 01:00 standard time).
    /// </summary>
    public static Instant FixedOffsetSince { get; } = Instant.FromUtc(1991, 9, 14, 17, 0);

    /// <summary>From the Unix epoch to <see cref="FixedOffsetSince"/>, in days and a nanosecond of the day.</summary>
    private static readonly Duration FixedOffsetSinceEpoch = FixedOffsetSince - NodaConstants.UnixEpoch;

    /// <summary>
    /// The local date in China Standard Time, as a day number (see <see cref="DayNumberOf(Instant)"/>), of the instant
    /// <paramref name="unixDays"/> days and <paramref name="nanosecondOfDay"/> nanoseconds after the Unix epoch: from
    /// <see cref="FixedOffsetSince"/> on, the day plus one when the eight hours' offset passes midnight, without building
    /// the instant or dividing (for readers that keep instants in those two parts).
    /// </summary>
    internal static int DayNumberOf(int unixDays, long nanosecondOfDay)
    {
        if (unixDays < FixedOffsetSinceEpoch.Days || (unixDays == FixedOffsetSinceEpoch.Days && nanosecondOfDay < FixedOffsetSinceEpoch.NanosecondOfDay))
        {
            return DayNumberOf(NodaConstants.UnixEpoch + Duration.FromDays(unixDays) + Duration.FromNanoseconds(nanosecondOfDay));
        }
        const long offsetNanoseconds = OffsetSeconds * NodaConstants.NanosecondsPerSecond;
        return UnixEpochDayNumber + unixDays + (nanosecondOfDay >= NodaConstants.NanosecondsPerDay - offsetNanoseconds ? 1 : 0);
    }

    /// <summary>The local date of an instant in China Standard Time.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The local date.</returns>
    public static LocalDate DateOf(Instant instant) => DateOfDayNumber(DayNumberOf(instant));

    /// <summary>The local date of a day number (days since 0001-01-01), the inverse of <see cref="DayNumberOf(Instant)"/>.</summary>
    /// <param name="dayNumber">The day number.</param>
    /// <returns>The local date.</returns>
    public static LocalDate DateOfDayNumber(int dayNumber) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(dayNumber));

    /// <summary>
    /// The local date of an instant as a day number (days since 0001-01-01, as <see cref="DateOnly.DayNumber"/>).
    /// Integer arithmetic only for instants from <see cref="FixedOffsetSince"/> on.
    /// </summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The day number.</returns>
    public static int DayNumberOf(Instant instant)
    {
        if (instant >= FixedOffsetSince)
        {
            long local = instant.ToUnixTimeSeconds() + OffsetSeconds;
            return checked((int)(local / SecondsPerDay) + UnixEpochDayNumber);
        }
        return instant.InZone(Zone).Date.ToDateOnly().DayNumber;
    }

    /// <summary>
    /// The first instant of a local date in China Standard Time. Integer arithmetic only for dates from 1991-09-16 on;
    /// earlier dates go through NodaTime's time-zone data.
    /// </summary>
    /// <param name="date">The local date.</param>
    /// <returns>The instant its day begins.</returns>
    public static Instant StartOfDay(LocalDate date)
    {
        if (date >= FixedOffsetDate)
        {
            long days = date.ToDateOnly().DayNumber - (long)UnixEpochDayNumber;
            return Instant.FromUnixTimeSeconds((days * SecondsPerDay) - OffsetSeconds);
        }
        return Zone.AtStartOfDay(date).ToInstant();
    }

    /// <summary>The first local date that begins with the fixed offset UTC+8 (15 September 1991 began in daylight time).</summary>
    private static readonly LocalDate FixedOffsetDate = new(1991, 9, 16);

    /// <summary>The day number of 1970-01-01.</summary>
    internal const int UnixEpochDayNumber = 719162;

    /// <summary>The zone's data, loaded when <see cref="Zone"/> is first read rather than with the rest of the class.</summary>
    private static class Tzdb
    {
        internal static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    }
}
