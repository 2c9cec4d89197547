using System.Globalization;
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
        string ofSecond = fraction && utc.NanosecondOfSecond != 0
            ? ("." + utc.NanosecondOfSecond.ToString("D9", CultureInfo.InvariantCulture)).TrimEnd('0')
            : "";
        return string.Create(CultureInfo.InvariantCulture, $"{utc.Year:D4}-{utc.Month:D2}-{utc.Day:D2}T{utc.Hour:D2}:{utc.Minute:D2}:{utc.Second:D2}{ofSecond}Z");
    }
}
