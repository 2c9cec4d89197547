using System;
using System.Globalization;
using Evaluation.Core.Utility;
using NodaTime;
using NodaTime.Calendars;

namespace Evaluation.Core.Periods;

/// <summary>
/// A reporting period in China Standard Time: a day, ISO week, month, quarter or year, identified by its kind and first day.
/// </summary>
/// <remarks>
/// An immutable value. Equality is by kind and first day. Periods of one kind are ordered by time; ordering
/// across kinds compares the kind first. The text forms are stable: <c>2023-12-05</c>, <c>2023-W49</c>,
/// <c>2023-12</c>, <c>2023-Q4</c>, <c>2023</c>, and <see cref="Parse"/> reads them back.
/// <c>default</c> is not a valid period.
/// </remarks>
public readonly struct ReportingPeriod : IEquatable<ReportingPeriod>, IComparable<ReportingPeriod>
{
    private ReportingPeriod(ReportingPeriodKind kind, LocalDate start)
    {
        Kind = kind;
        Start = start;
    }

    /// <summary>The period's length.</summary>
    public ReportingPeriodKind Kind { get; }

    /// <summary>The first day of the period.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day of the period.</summary>
    public LocalDate End => Next().Start.PlusDays(-1);

    /// <summary>The period of a kind that contains a date.</summary>
    /// <param name="kind">The period's length.</param>
    /// <param name="date">A date in the period.</param>
    /// <returns>The period.</returns>
    public static ReportingPeriod Containing(ReportingPeriodKind kind, LocalDate date) => kind switch
    {
        ReportingPeriodKind.Day => new(kind, date),
        ReportingPeriodKind.Week => new(kind, date.PlusDays(1 - (int)date.DayOfWeek)),
        ReportingPeriodKind.Month => new(kind, new LocalDate(date.Year, date.Month, 1)),
        ReportingPeriodKind.Quarter => new(kind, new LocalDate(date.Year, ((date.Month - 1) / 3 * 3) + 1, 1)),
        ReportingPeriodKind.Year => new(kind, new LocalDate(date.Year, 1, 1)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown reporting period kind."),
    };

    /// <summary>The period of a kind that contains an instant, in China Standard Time.</summary>
    /// <param name="kind">The period's length.</param>
    /// <param name="instant">An instant in the period.</param>
    /// <returns>The period.</returns>
    public static ReportingPeriod Containing(ReportingPeriodKind kind, Instant instant) => Containing(kind, ChinaTime.DateOf(instant));

    /// <summary>Whether a date falls in the period.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when the date is between <see cref="Start"/> and <see cref="End"/>.</returns>
    public bool Contains(LocalDate date) => Containing(Kind, date).Equals(this);

    /// <summary>The period of the same kind that follows this one.</summary>
    /// <returns>The next period.</returns>
    public ReportingPeriod Next() => Kind switch
    {
        ReportingPeriodKind.Day => new(Kind, Start.PlusDays(1)),
        ReportingPeriodKind.Week => new(Kind, Start.PlusWeeks(1)),
        ReportingPeriodKind.Month => new(Kind, Start.PlusMonths(1)),
        ReportingPeriodKind.Quarter => new(Kind, Start.PlusMonths(3)),
        ReportingPeriodKind.Year => new(Kind, Start.PlusYears(1)),
        _ => throw new InvalidOperationException("default(ReportingPeriod) is not a valid period."),
    };

    /// <summary>The period of the same kind that precedes this one (for month-on-month 环比 comparisons).</summary>
    /// <returns>The previous period.</returns>
    public ReportingPeriod Previous() => Containing(Kind, Start.PlusDays(-1));

    /// <summary>The same period one year earlier (for year-on-year 同比 comparisons); for weeks, the ISO week of the same number where it exists.</summary>
    /// <returns>The period a year before.</returns>
    public ReportingPeriod YearBefore() => Containing(Kind, Start.PlusYears(-1).PlusDays(Kind == ReportingPeriodKind.Week ? 3 : 0));

    /// <summary>Parses one of the stable text forms.</summary>
    /// <param name="text">For example <c>2023-12</c> or <c>2023-W49</c>.</param>
    /// <returns>The period.</returns>
    /// <exception cref="FormatException">The text is not a period.</exception>
    public static ReportingPeriod Parse(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        return TryParse(text, out ReportingPeriod period)
            ? period
            : throw new FormatException($"'{text}' is not a reporting period; expected 2023-12-05, 2023-W49, 2023-12, 2023-Q4 or 2023.");
    }

    /// <summary>Parses one of the stable text forms without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="period">The period when the text is valid.</param>
    /// <returns>Whether the text is a period.</returns>
    public static bool TryParse(string? text, out ReportingPeriod period)
    {
        period = default;
        if (text is null || text.Length < 4 || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year) || year < 1)
        {
            return false;
        }
        ReadOnlySpan<char> rest = text.AsSpan(4);
        if (rest.IsEmpty)
        {
            period = new(ReportingPeriodKind.Year, new LocalDate(year, 1, 1));
            return true;
        }
        if (rest.Length == 3 && rest.StartsWith("-Q") && rest[2] is >= '1' and <= '4')
        {
            period = new(ReportingPeriodKind.Quarter, new LocalDate(year, ((rest[2] - '1') * 3) + 1, 1));
            return true;
        }
        if (rest.Length == 4 && rest.StartsWith("-W") && int.TryParse(rest[2..], NumberStyles.None, CultureInfo.InvariantCulture, out int week)
            && week >= 1 && week <= WeekYearRules.Iso.GetWeeksInWeekYear(year))
        {
            period = new(ReportingPeriodKind.Week, WeekYearRules.Iso.GetLocalDate(year, week, IsoDayOfWeek.Monday));
            return true;
        }
        if (rest.Length == 3 && rest[0] == '-' && int.TryParse(rest[1..], NumberStyles.None, CultureInfo.InvariantCulture, out int month) && month is >= 1 and <= 12)
        {
            period = new(ReportingPeriodKind.Month, new LocalDate(year, month, 1));
            return true;
        }
        if (rest.Length == 6 && rest[0] == '-' && rest[3] == '-'
            && int.TryParse(rest.Slice(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int m) && m is >= 1 and <= 12
            && int.TryParse(rest.Slice(4, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int d) && d >= 1 && d <= CalendarSystem.Iso.GetDaysInMonth(year, m))
        {
            period = new(ReportingPeriodKind.Day, new LocalDate(year, m, d));
            return true;
        }
        return false;
    }

    /// <summary>The stable text form.</summary>
    /// <returns>For example <c>2023-12</c>.</returns>
    /// <remarks>
    /// Days and months are written digit by digit, as NodaTime's <c>uuuu-MM-dd</c> and <c>uuuu-MM</c> patterns write them:
    /// a report writes one period a row, and a pattern is built, then looked up, at each call.
    /// </remarks>
    public override string ToString() => Kind switch
    {
        ReportingPeriodKind.Day => string.Create(CultureInfo.InvariantCulture, $"{Start.Year:D4}-{Start.Month:D2}-{Start.Day:D2}"),
        ReportingPeriodKind.Week => string.Create(CultureInfo.InvariantCulture, $"{WeekYearRules.Iso.GetWeekYear(Start):D4}-W{WeekYearRules.Iso.GetWeekOfWeekYear(Start):D2}"),
        ReportingPeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"{Start.Year:D4}-{Start.Month:D2}"),
        ReportingPeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Start.Year:D4}-Q{((Start.Month - 1) / 3) + 1}"),
        ReportingPeriodKind.Year => Start.Year.ToString("D4", CultureInfo.InvariantCulture),
        _ => string.Empty,
    };

    /// <inheritdoc />
    public bool Equals(ReportingPeriod other) => Kind == other.Kind && Start == other.Start;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReportingPeriod other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Start);

    /// <inheritdoc />
    public int CompareTo(ReportingPeriod other) => Kind != other.Kind ? Kind.CompareTo(other.Kind) : Start.CompareTo(other.Start);

    /// <summary>Equality of kind and first day.</summary>
    public static bool operator ==(ReportingPeriod left, ReportingPeriod right) => left.Equals(right);

    /// <summary>Inequality of kind or first day.</summary>
    public static bool operator !=(ReportingPeriod left, ReportingPeriod right) => !left.Equals(right);

    /// <summary>Ordering by kind, then time.</summary>
    public static bool operator <(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) < 0;

    /// <summary>Ordering by kind, then time.</summary>
    public static bool operator <=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering by kind, then time.</summary>
    public static bool operator >(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) > 0;

    /// <summary>Ordering by kind, then time.</summary>
    public static bool operator >=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) >= 0;
}
