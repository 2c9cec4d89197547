using System;
using System.Globalization;
using System.Linq;
using Evaluation.Core.Calendars;
using Evaluation.Core.Periods;
using Evaluation.Core.Ratings;
using Evaluation.Reporting;
using NodaTime;
using NodaTime.Text;

namespace Evaluation.Npgsql.Reading;

/// <summary>
/// The part of the cases and ratings a report of a date range needs, as conditions the server applies (the range pushed
/// down): the ratings of the range, the cases completed in it or early enough for their default rating's window to close
/// in it, and, so that every rule sees what it needs, every case those ratings and the smaller tables name and every
/// rating of those cases. Validating that part accepts and rejects each of its records as validating all would.
/// </summary>
/// <remarks>
/// The smaller tables (catalogue, appeals, rectifications, follow-ups) are read whole. The upper end is pushed only with
/// an as-of instant given: otherwise the as-of instant is the latest accepted instant of all the records, so every record
/// from the lower end on is read. What the part cannot settle alone (no accepted record from the lower end on; a
/// provisional year before its earliest record) <see cref="IsExact"/> tells, and the caller then reads everything.
/// </remarks>
internal sealed class DateSlice
{
    /// <summary>How far back, in days, a case's completion is looked for before a rating window that closes in the range.</summary>
    private const int LongestWindowDays = 366;

    private readonly Instant? from;
    private readonly Instant? until;
    private readonly Instant? casesFrom;

    private DateSlice(Instant? from, Instant? until, Instant? casesFrom)
    {
        this.from = from;
        this.until = until;
        this.casesFrom = casesFrom;
    }

    /// <summary>The part a report under some options needs, or null when nothing can be pushed down (no range, or an upper end only without an as-of instant).</summary>
    internal static DateSlice? For(ReportOptions options)
    {
        Instant? from = options.From is LocalDate first ? ChinaTime.StartOfDay(first) : null;
        Instant? until = options.To is LocalDate last && options.AsOf is not null ? ChinaTime.StartOfDay(last.PlusDays(1)) : null;
        if (from is null && until is null)
        {
            return null;
        }
        return new DateSlice(from, until, from is Instant start ? EarliestCompletionClosingFrom(start, options) : null);
    }

    /// <summary>The rows of <c>cases</c> the part holds: a query over the table's <paramref name="columns"/>.</summary>
    /// <remarks>One semi-join, which the server hashes however many numbers there are.</remarks>
    internal string Cases(string columns) =>
        $"SELECT {columns} FROM cases WHERE case_no IN ({CaseNumbers})";

    /// <summary>The rows of <c>ratings</c> the part holds: a query over the table's <paramref name="columns"/>.</summary>
    /// <remarks>
    /// Three disjoint pieces, each a plain filter or a semi-join the server hashes (an <c>OR</c> of subqueries would be
    /// checked row by row against a list once the numbers outgrow the server's working memory): the ratings of the range;
    /// the others naming a case of the part; the others naming no case that an appeal or rectification names (a rating
    /// naming a case is in the second piece, since the part holds the cases of those ratings).
    /// </remarks>
    internal string Ratings(string columns)
    {
        string range = Within("rated_at", from, until);
        return $"SELECT {columns} FROM ratings WHERE {range}"
            + $" UNION ALL SELECT {columns} FROM ratings WHERE NOT ({range}) AND case_no IN ({CaseNumbers})"
            + $" UNION ALL SELECT {columns} FROM ratings WHERE NOT ({range}) AND case_no IS NULL AND rating_id IN (SELECT rating_id FROM appeals UNION SELECT rating_id FROM rectifications)";
    }

    /// <summary>A description for progress lines.</summary>
    internal string Description =>
        $"ratings {Text(from) ?? "..."} to {Text(until) ?? "..."}, cases completed from {Text(casesFrom) ?? "..."}";

    /// <summary>
    /// Whether a report prepared from the part is the report of all the records: its as-of instant, when it was taken from
    /// the records, is that of all of them, and no provisional year lies before its earliest accepted record.
    /// </summary>
    internal bool IsExact(PreparedReport report, ReportOptions options)
    {
        if (options.AsOf is null && (from is not Instant start || report.AsOf < start || report.AsOf == LatestInstant.NoInstant))
        {
            return false;
        }
        var provisional = options.Deadlines.Calendar.ProvisionalYears;
        // With no accepted case or rating in the part, those outside it could begin the years looked for anywhere.
        int first = report.FirstKeptYear ?? ChinaTime.DateOf(report.AsOf).Year + 2;
        return !provisional.Any(year => year < first);
    }

    /// <summary>
    /// The case numbers the part holds: cases completed in the range (from <see cref="casesFrom"/>), cases accepted in it
    /// (counted at their windows; open ones may hold the latest instant), and every case a rating of the range, an
    /// appeal's or rectification's rating, or a follow-up names.
    /// </summary>
    private string CaseNumbers =>
        $"SELECT case_no FROM cases WHERE {Within("completed_at", casesFrom, until)}"
        + $" UNION SELECT case_no FROM cases WHERE {Within("accepted_at", from, until)}"
        + $" UNION SELECT case_no FROM ratings WHERE case_no IS NOT NULL AND ({Within("rated_at", from, until)})"
        + " UNION SELECT r.case_no FROM ratings r JOIN (SELECT rating_id FROM appeals UNION SELECT rating_id FROM rectifications) n ON n.rating_id = r.rating_id WHERE r.case_no IS NOT NULL"
        + " UNION SELECT case_no FROM follow_ups";

    private static string Within(string column, Instant? from, Instant? until) =>
        (from, until) switch
        {
            (Instant f, Instant u) => $"{column} >= {Literal(f)} AND {column} < {Literal(u)}",
            (Instant f, null) => $"{column} >= {Literal(f)}",
            (null, Instant u) => $"{column} < {Literal(u)}",
            _ => "true",
        };

    private static string Literal(Instant instant) => $"'{InstantPattern.ExtendedIso.Format(instant)}'::timestamptz";

    private static string? Text(Instant? instant) => instant is Instant i ? ChinaTime.DateOf(i).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// The start of the earliest day a case may be completed on for its rating window to close at or after
    /// <paramref name="start"/> (windows close later for later completions), or null to read cases from the beginning
    /// (no default rating, or a window the calendar cannot place or longer than a year).
    /// </summary>
    private static Instant? EarliestCompletionClosingFrom(Instant start, ReportOptions options)
    {
        if (options.Policy.DefaultLevel is null)
        {
            return start;
        }
        var rule = new DefaultRatingRule(options.Policy, options.Deadlines);
        LocalDate day = ChinaTime.DateOf(start);
        for (int back = 1; back <= LongestWindowDays; back++)
        {
            Instant dayStart = ChinaTime.StartOfDay(day.PlusDays(-back));
            Instant lastOfDay = ChinaTime.StartOfDay(day.PlusDays(1 - back)) - Duration.Epsilon;
            if (!options.Deadlines.CanCompute(dayStart, options.Policy.RatingWindow) || !options.Deadlines.CanCompute(lastOfDay, options.Policy.RatingWindow))
            {
                return null;
            }
            if (rule.WindowClosesAt(lastOfDay) < start)
            {
                return ChinaTime.StartOfDay(day.PlusDays(1 - back));
            }
        }
        return null;
    }
}
