using System;
using System.Globalization;
using NodaTime;

namespace Evaluation.Npgsql.Reading;

/// <summary>
/// An instant, as microseconds since the Unix epoch, written as the interchange format's text in China Standard Time:
/// <c>2023-12-05T10:31:00+08:00</c>, with six digits of microseconds when it has any. The offset is always +08:00, the
/// text naming the same instant whatever the zone's rules were on its day. A writer keeps the last date it wrote, which
/// the next instant of a copy, in the same column or the next, usually shares: one writer per copy stream.
/// </summary>
internal sealed class ChinaTimeText
{
    /// <summary>The most characters <see cref="Write"/> writes: 33 for a year of four digits and its sign with microseconds and the offset, 20 for a long's digits.</summary>
    internal const int MaxLength = 33;

    private const long MicrosecondsPerSecond = 1_000_000;
    private const long MicrosecondsPerDay = 86_400 * MicrosecondsPerSecond;
    private const long ChinaOffsetMicroseconds = 8 * 3_600 * MicrosecondsPerSecond;

    /// <summary>2100-01-01T00:00:00+08:00: below it, from the Unix epoch's day in China on, the date is worked out in integers.</summary>
    private const long EndOfArithmetic = (47_482 * MicrosecondsPerDay) - ChinaOffsetMicroseconds;

    /// <summary>1970-01-01 counted from 0001-01-01, as <see cref="DateOnly.DayNumber"/> counts.</summary>
    private const int UnixEpochDayNumber = 719_162;

    private static readonly Offset China = Offset.FromHours(8);

    private readonly char[] lastDate = new char[10];
    private long lastDay = -1;

    /// <summary>
    /// Writes the instant; one NodaTime cannot hold (PostgreSQL's infinities, years beyond 9999) as its number, which the
    /// format's rules then refuse as they refuse any malformed instant.
    /// </summary>
    /// <param name="microseconds">Microseconds since 1970-01-01T00:00Z.</param>
    /// <param name="into">Room for at least <see cref="MaxLength"/> characters.</param>
    /// <returns>The characters written.</returns>
    internal int Write(long microseconds, Span<char> into)
    {
        if (microseconds >= -ChinaOffsetMicroseconds && microseconds < EndOfArithmetic)
        {
            return WriteByArithmetic(microseconds + ChinaOffsetMicroseconds, into);
        }
        if (microseconds < Instant.MinValue.ToUnixTimeTicks() / 10 || microseconds > Instant.MaxValue.ToUnixTimeTicks() / 10)
        {
            microseconds.TryFormat(into, out int raw, default, CultureInfo.InvariantCulture);
            return raw;
        }
        return WriteByNodaTime(Instant.FromUnixTimeTicks(microseconds * 10).WithOffset(China), into);
    }

    /// <summary>Writes the instant's text field by field, as NodaTime gives the fields: for years outside the arithmetic's.</summary>
    private static int WriteByNodaTime(OffsetDateTime time, Span<char> into)
    {
        int at = 0;
        at += Digits(time.Year, "D4", into[at..]);
        into[at++] = '-';
        at += Digits(time.Month, "D2", into[at..]);
        into[at++] = '-';
        at += Digits(time.Day, "D2", into[at..]);
        into[at++] = 'T';
        at += Digits(time.Hour, "D2", into[at..]);
        into[at++] = ':';
        at += Digits(time.Minute, "D2", into[at..]);
        into[at++] = ':';
        at += Digits(time.Second, "D2", into[at..]);
        if (time.NanosecondOfSecond != 0)
        {
            into[at++] = '.';
            at += Digits(time.NanosecondOfSecond / 1000, "D6", into[at..]);
        }
        "+08:00".CopyTo(into[at..]);
        return at + 6;
    }

    private static int Digits(int value, string format, Span<char> into)
    {
        value.TryFormat(into, out int written, format, CultureInfo.InvariantCulture);
        return written;
    }

    /// <summary>Writes local microseconds since 1970-01-01T00:00 (not negative) by integer arithmetic, without formatting numbers.</summary>
    private int WriteByArithmetic(long local, Span<char> into)
    {
        long day = Math.DivRem(local, MicrosecondsPerDay, out long ofDay);
        if (day != lastDay)
        {
            DateOnly.FromDayNumber(UnixEpochDayNumber + (int)day).Deconstruct(out int year, out int month, out int dayOfMonth);
            Four(year, lastDate);
            lastDate[4] = '-';
            Two(month, lastDate.AsSpan(5));
            lastDate[7] = '-';
            Two(dayOfMonth, lastDate.AsSpan(8));
            lastDay = day;
        }
        lastDate.CopyTo(into);
        long second = ofDay / MicrosecondsPerSecond;
        int fraction = (int)(ofDay - (second * MicrosecondsPerSecond));
        int s = (int)second;
        into[10] = 'T';
        Two(s / 3_600, into[11..]);
        into[13] = ':';
        Two(s / 60 % 60, into[14..]);
        into[16] = ':';
        Two(s % 60, into[17..]);
        int at = 19;
        if (fraction != 0)
        {
            into[at++] = '.';
            Two(fraction / 10_000, into[at..]);
            Two(fraction / 100 % 100, into[(at + 2)..]);
            Two(fraction % 100, into[(at + 4)..]);
            at += 6;
        }
        "+08:00".CopyTo(into[at..]);
        return at + 6;
    }

    private static void Two(int value, Span<char> into)
    {
        into[0] = (char)('0' + (value / 10));
        into[1] = (char)('0' + (value % 10));
    }

    private static void Four(int value, Span<char> into)
    {
        Two(value / 100, into);
        Two(value % 100, into[2..]);
    }
}
