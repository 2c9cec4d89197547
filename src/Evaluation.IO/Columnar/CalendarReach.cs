using System;
using System.Linq;
using Evaluation.Core.Calendars;
using Evaluation.Core.Catalog;
using Evaluation.Core.Periods;
using Evaluation.Core.Validation;
using NodaTime;

namespace Evaluation.IO.Columnar;

/// <summary>
/// The instants from which a case's deadlines can all be placed, found once per matter: a later start never needs fewer
/// days, so the dates whose last instant passes form one range, found by bisection. A case inside its matter's range needs no look-up; one outside is checked by
/// <see cref="RecordSetValidator.CaseCalendarProblem"/> itself, which gives the same answer and the problem.
/// </summary>
internal sealed class CalendarReach
{
    // Packed, so that a row's instants are compared without being unpacked.
    private readonly PackedInstant first;
    private readonly PackedInstant[] acceptedUntil;
    private readonly PackedInstant completedUntil;

    private CalendarReach(Instant first, Instant[] acceptedUntil, Instant completedUntil)
    {
        this.first = PackedInstant.From(first);
        this.acceptedUntil = [.. acceptedUntil.Select(PackedInstant.From)];
        this.completedUntil = PackedInstant.From(completedUntil);
    }

    internal static CalendarReach Of(RecordSetValidator validator, DeadlineCalculator deadlines, Matter?[] matterOf)
    {
        WorkingCalendar calendar = deadlines.Calendar;
        LocalDate low = Max(calendar.FirstCoveredDate, ChinaTime.DateOf(SupportedYears.Start).PlusDays(1));
        Instant At(LocalDate date) => deadlines.Zone.AtStartOfDay(date).ToInstant();
        // A date passes when its last instant does: a later start never needs fewer days (limits in working time look at the hour).
        Instant End(LocalDate date) => At(date.PlusDays(1)) - Duration.Epsilon;
        var byMatter = new System.Collections.Generic.Dictionary<(int?, bool), Instant>();
        Instant[] accepted = new Instant[matterOf.Length];
        for (int m = 0; m < matterOf.Length; m++)
        {
            Matter? matter = matterOf[m];
            var key = (matter?.PromisedWorkingDays, matter?.IsImmediate == true);
            if (!byMatter.TryGetValue(key, out Instant until))
            {
                until = byMatter[key] = Until(low, calendar.LastCoveredDate, date => validator.CaseCalendarProblem(End(date), null, matter) is null, At);
            }
            accepted[m] = until;
        }
        Instant completed = Until(low, calendar.LastCoveredDate, date => validator.CaseCalendarProblem(End(date), End(date), null) is null, At);
        return new CalendarReach(At(low), accepted, completed);
    }

    /// <summary>Whether a case's deadlines surely can be placed (false: it must be checked).</summary>
    internal bool Places(ref CaseRow c) =>
        !first.IsAfter(c.PackedAcceptedAt) && acceptedUntil[c.Matter].IsAfter(c.PackedAcceptedAt)
        && (!c.IsCompleted || (!first.IsAfter(c.PackedCompletedAt) && completedUntil.IsAfter(c.PackedCompletedAt)));

    /// <summary>The start of the day after the last date from <paramref name="low"/> on that passes, or <paramref name="low"/>'s start when none does.</summary>
    private static Instant Until(LocalDate low, LocalDate high, Func<LocalDate, bool> passes, Func<LocalDate, Instant> at)
    {
        if (!passes(low))
        {
            return at(low);
        }
        int lo = 0, hi = Period.DaysBetween(low, high); // low + lo passes; every date after low + hi + 1 fails
        while (lo < hi)
        {
            int mid = lo + ((hi - lo + 1) / 2);
            if (passes(low.PlusDays(mid)))
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return at(low.PlusDays(lo + 1));
    }

    private static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;
}
