using System;
using NodaTime;
using NodaTime.Text;

namespace Evaluation.IO.Json;

/// <summary>
/// An instant's text in the ISO forms NodaTime's patterns give (<c>uuuu-MM-ddTHH:mm:ss</c> in UTC, then <c>Z</c>), written
/// without building a pattern. A report writes one or two instants; a process's first NodaTime pattern costs tens of
/// milliseconds (its parser and formatter compiled for the first time), more than a large report's last rows take. Years
/// outside 1 to 9999 are left to NodaTime's own patterns.
/// </summary>
internal static class InstantText
{
    /// <summary>The longest text written here: a date, a time, a nine-digit fraction and the zone's letter.</summary>
    private const int MaxLength = 30;

    /// <summary>What <see cref="InstantPattern.ExtendedIso"/> writes: the fraction of the second to the nanosecond, its trailing zeros left out (none at all for a whole second).</summary>
    internal static string ExtendedIso(Instant instant) => Format(instant, fraction: true);

    /// <summary>What <see cref="InstantPattern.General"/> writes (and <see cref="Instant.ToString()"/>): whole seconds, the fraction left out.</summary>
    internal static string General(Instant instant) => Format(instant, fraction: false);

    private static string Format(Instant instant, bool fraction)
    {
        LocalDateTime utc = instant.WithOffset(Offset.Zero).LocalDateTime;
        if (utc.Year is < 1 or > 9999)
        {
            return (fraction ? InstantPattern.ExtendedIso : InstantPattern.General).Format(instant);
        }
        Span<char> text = stackalloc char[MaxLength];
        int at = 0;
        Digits(text, ref at, utc.Year, 4);
        text[at++] = '-';
        Digits(text, ref at, utc.Month, 2);
        text[at++] = '-';
        Digits(text, ref at, utc.Day, 2);
        text[at++] = 'T';
        Digits(text, ref at, utc.Hour, 2);
        text[at++] = ':';
        Digits(text, ref at, utc.Minute, 2);
        text[at++] = ':';
        Digits(text, ref at, utc.Second, 2);
        int nanosecond = utc.NanosecondOfSecond;
        if (fraction && nanosecond != 0)
        {
            text[at++] = '.';
            int digits = 9;
            while (nanosecond % 10 == 0)
            {
                nanosecond /= 10;
                digits--;
            }
            Digits(text, ref at, nanosecond, digits);
        }
        text[at++] = 'Z';
        return new string(text[..at]);
    }

    /// <summary>Writes a value of at most <paramref name="count"/> digits as exactly that many, with leading zeros.</summary>
    private static void Digits(Span<char> text, ref int at, int value, int count)
    {
        for (int i = count - 1; i >= 0; i--)
        {
            text[at + i] = (char)('0' + (value % 10));
            value /= 10;
        }
        at += count;
    }
}
