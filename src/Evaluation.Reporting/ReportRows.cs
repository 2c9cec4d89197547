using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Metrics;
using Evaluation.Core.Periods;
using Evaluation.Core.Policies;
using Evaluation.IO.Json;
using Evaluation.Reporting.Cases;

namespace Evaluation.Reporting;

/// <summary>
/// Makes a report's rows: each group's rating tally and coverage joined with its completed cases' counts, and every count
/// and rate of the JSON contract taken from them. The one place where a metric's definition (and the policy's basis for
/// the active rating rate and the matter coverage rate) is applied to a report.
/// </summary>
internal static class ReportRows
{
    internal static ReportDocument Document(PreparedReport report, Grouping grouping, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grouping);
        // The cases' groups are counted and put in key order on another thread while the ratings' are aggregated on this
        // one (each reads the tables and changes neither), so that a grouping too large to count is refused as it is
        // thrown.
        Task<CaseCounter.GroupsInKeyOrder> counting = Task.Run(() => report.Counter.ByGroupInKeyOrder(report, grouping), cancellationToken);
        // Each group's tally is made as its row is written, not kept for every group until then.
        RatedGroups ratings = RatingAggregator.AggregateOnDemand(report.Batch, grouping);
        cancellationToken.ThrowIfCancellationRequested();
        CaseCounter.GroupsInKeyOrder caseGroups = counting.GetAwaiter().GetResult();
        // Rows are made on several threads as the JSON is written; each period's text is made once, before.
        var periodText = new PeriodTexts(ratings.Periods.Concat(caseGroups.Periods));
        Group[] groups = Merge(ratings, caseGroups);
        string[] dimensionNames = [.. grouping.Dimensions.Select(DimensionName)];
        // Each thread that writes rows reads each group's tally into counters of its own, read before its next row, and
        // keeps the codes and names of its last row, which the next shares when it differs only by its period: kept with
        // the thread's buffer of fields.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        void Fill(int index, RowFields fields)
        {
            if (fields.SourceScratch is not RowScratch scratch)
            {
                fields.SourceScratch = scratch = new RowScratch(grouping.Dimensions.Length);
            }
            int rated = groups[index].Ratings;
            (ImmutableArray<string?> codes, ReportingPeriod? period) = rated >= 0 ? ratings.PartsAt(rated, ref scratch.LastCodes) : caseGroups.PartsAt(groups[index].Cases, ref scratch.LastCaseCodes);
            if (codes != scratch.NamedCodes)
            {
                for (int d = 0; d < codes.Length; d++)
                {
                    scratch.Names[d] = codes[d] is string code ? report.NameOf(grouping.Dimensions[d], code) : null;
                }
                scratch.NamedCodes = codes;
            }
            for (int d = 0; d < fields.Codes.Length; d++)
            {
                fields.Codes[d] = codes[d];
                fields.DisplayNames[d] = scratch.Names[d];
            }
            fields.Period = period is ReportingPeriod p ? periodText[p] : null;
            (RatingTally tally, MatterCoverage coverage) = rated >= 0 ? ratings.At(rated, scratch.Room) : (RatingTally.Empty, MatterCoverage.Empty);
            int cases = groups[index].Cases;
            Values(
                report.Policy, tally, coverage.MattersWithRatings, coverage.MattersRated,
                cases >= 0 ? caseGroups.FiguresAt(cases) : default, fields.Counts, fields.Rates);
        }

        return new ReportDocument(
            dimensionNames, grouping.Period?.ToString().ToLowerInvariant(), report.Policy.Name,
            report.AsOf, report.Read, report.AcceptedCount, report.RejectedCount, new ReportRowsOnDemand(groups.Length, dimensionNames, Fill))
        {
            DisplayDecimals = report.Policy.DisplayDecimals,
            ProvisionalYears = report.ProvisionalYears,
            ActiveRatingRateBasis = report.Policy.ActiveRatingRateBasis,
            MatterCoverageBasis = report.Policy.MatterCoverageBasis,
        };
    }

    /// <summary>A row of the JSON contract from a group's rating tally and coverage and its completed cases' counts.</summary>
    internal static ReportRow RowOf(PreparedReport report, IReadOnlyList<ReportDimension> dimensions, string? period, RatingTally t, MatterCoverage coverage, CaseCounts c) =>
        RowOf(report.Policy, dimensions, period, t, coverage.MattersWithRatings, coverage.MattersRated, c);

    /// <summary>A row of the JSON contract from a group's rating tally, its ratings' distinct matters and its completed cases' counts.</summary>
    internal static ReportRow RowOf(
        EvaluationPolicy policy, IReadOnlyList<ReportDimension> dimensions, string? period, RatingTally t, long mattersWithRatings, long mattersRatedByRatings, CaseCounts c)
    {
        Span<long> counts = stackalloc long[CountNames.Length];
        Span<Rate> rates = stackalloc Rate[RateNames.Length];
        Values(policy, t, mattersWithRatings, mattersRatedByRatings, CaseFigures.Of(c), counts, rates);
        return RowOf(dimensions, period, counts, rates);
    }

    /// <summary>A row of dimensions, a period, and counts and rates in the order of <see cref="CountNames"/> and <see cref="RateNames"/>.</summary>
    internal static ReportRow RowOf(IReadOnlyList<ReportDimension> dimensions, string? period, ReadOnlySpan<long> counts, ReadOnlySpan<Rate> rates)
    {
        var namedCounts = new KeyValuePair<string, long>[counts.Length];
        for (int i = 0; i < counts.Length; i++)
        {
            namedCounts[i] = new(CountNames[i], counts[i]);
        }
        var namedRates = new KeyValuePair<string, Rate>[rates.Length];
        for (int i = 0; i < rates.Length; i++)
        {
            namedRates[i] = new(RateNames[i], rates[i]);
        }
        // Immutable arrays, which the JSON writer reads as spans.
        return new ReportRow(dimensions, period, ImmutableCollectionsMarshal.AsImmutableArray(namedCounts), ImmutableCollectionsMarshal.AsImmutableArray(namedRates));
    }

    /// <summary>The names of a report row's counts, in the order <see cref="Values"/> gives them.</summary>
    internal static ImmutableArray<string> CountNames { get; } =
    [
        "cases", "casesActivelyRated", "ratings", "activeRatings", "defaultRatings", "caseLinkedRatings", "good", "neutral", "bad",
        "caseLinkedBad", "excludedByAppeal", "badToRectify", "badRectified", "badRectifiedOnTime", "badOverdue", "mattersWithCases",
        "mattersRated", "mattersWithCaseLinkedRatings", "mattersRatedByRatings", "onSiteRatings", "staticQrRatings", "staticQrGood",
        "staticQrBad", "followUps", "followUpsDissatisfied",
    ];

    /// <summary>The names of a report row's rates, in the order <see cref="Values"/> gives them.</summary>
    internal static ImmutableArray<string> RateNames { get; } =
    [
        "activeRatingRate", "goodRate", "badRate", "rectificationRate", "onTimeRectificationRate", "matterCoverageRate", "followUpRate",
    ];

    /// <summary>
    /// A report row's counts and rates, in the order of <see cref="CountNames"/> and <see cref="RateNames"/>, from a group's
    /// rating tally, the matters its ratings name and rate, and its case counts.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Values(
        EvaluationPolicy policy, RatingTally t, long mattersWithRatings, long mattersRatedByRatings, in CaseFigures c, Span<long> counts, Span<Rate> rates)
    {
        ReadOnlySpan<long> values =
        [
            c.Completed, c.ActivelyRated,
            t.Ratings, t.ActiveRatings, t.DefaultRatings, t[TallyCounter.CaseRatings],
            t.Good, t.Neutral, t.Bad, t[TallyCounter.CaseBad],
            t.ExcludedByAppeal,
            t.Bad, t[TallyCounter.BadRectified], t[TallyCounter.BadRectifiedOnTime],
            t[TallyCounter.BadOverdue],
            c.Matters, c.MattersRated,
            mattersWithRatings, mattersRatedByRatings,
            t[TallyCounter.OnSiteRatings], t[TallyCounter.StaticQrRatings],
            t[TallyCounter.StaticQrGood], t[TallyCounter.StaticQrBad],
            c.FollowedUp, c.Dissatisfied,
        ];
        values.CopyTo(counts);
        rates[0] = CaseMetrics.ActiveRatingRate(c.ActivelyRated, c.Completed, t, policy);
        rates[1] = t.GoodRate();
        rates[2] = t.BadRate();
        rates[3] = t.RectificationRate();
        rates[4] = t.OnTimeRectificationRate();
        rates[5] = CaseMetrics.MatterCoverageRate(c.Matters, c.MattersRated, new Rate(mattersRatedByRatings, mattersWithRatings), policy);
        rates[6] = CaseMetrics.FollowUpRate(c.FollowedUp, c.Completed);
    }

    /// <summary>A dimension's name in the JSON contract.</summary>
    internal static string DimensionName(GroupingDimension d) => d switch
    {
        GroupingDimension.Unit => "unit",
        GroupingDimension.Department => "department",
        GroupingDimension.Matter => "matter",
        GroupingDimension.Window => "window",
        _ => "channel",
    };

    /// <summary>A row's value of a dimension: its code and the catalogue's name for it.</summary>
    internal static ReportDimension Dimension(PreparedReport report, GroupingDimension d, string? code) => new(DimensionName(d), code, code is null ? null : report.NameOf(d, code));

    /// <summary>The fewest groups with ratings whose join with the cases' groups is cut in two, a half on each of two processors.</summary>
    private const int MergedInHalvesFrom = 1 << 16;

    /// <summary>
    /// The groups with ratings and those with cases, each in key order, joined into one list in key order, compared by
    /// their keys' parts without making a key per group. A long join is cut at the middle group
    /// with ratings and the first group with cases not before it, and its halves are joined at once.
    /// </summary>
    private static Group[] Merge(RatedGroups ratings, CaseCounter.GroupsInKeyOrder cases)
    {
        if (ratings.Count < MergedInHalvesFrom || Environment.ProcessorCount == 1)
        {
            return [.. Merge(ratings, 0, ratings.Count, cases, 0, cases.Count)];
        }
        int ratingsCut = ratings.Count / 2;
        (int, ImmutableArray<string?>) lastCodes = default;
        (ImmutableArray<string?> codes, ReportingPeriod? cutPeriod) = ratings.PartsAt(ratingsCut, ref lastCodes);
        int low = 0, high = cases.Count;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (cases.Compare(codes, cutPeriod, middle) > 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        List<Group> first = [], second = [];
        Parallel.Invoke(
            () => first = Merge(ratings, 0, ratingsCut, cases, 0, low),
            () => second = Merge(ratings, ratingsCut, ratings.Count, cases, low, cases.Count));
        Group[] joined = new Group[first.Count + second.Count];
        first.CopyTo(joined);
        second.CopyTo(joined, first.Count);
        return joined;
    }

    /// <summary>The join of the groups with ratings from <paramref name="r"/> to <paramref name="ratingsEnd"/> and those with cases from <paramref name="c"/> to <paramref name="casesEnd"/>.</summary>
    private static List<Group> Merge(RatedGroups ratings, int r, int ratingsEnd, CaseCounter.GroupsInKeyOrder cases, int c, int casesEnd)
    {
        var groups = new List<Group>(Math.Max(ratingsEnd - r, casesEnd - c));
        (int, ImmutableArray<string?>) lastCodes = default;
        while (r < ratingsEnd || c < casesEnd)
        {
            int order = 1;
            if (r < ratingsEnd)
            {
                (ImmutableArray<string?> codes, ReportingPeriod? period) = ratings.PartsAt(r, ref lastCodes);
                order = c == casesEnd ? -1 : cases.Compare(codes, period, c);
            }
            groups.Add(new Group(order <= 0 ? r : -1, order >= 0 ? c : -1));
            r += order <= 0 ? 1 : 0;
            c += order >= 0 ? 1 : 0;
        }
        return groups;
    }

    /// <summary>
    /// What a thread that makes rows reuses from row to row: room for a group's tally, and the codes of its last row
    /// with their names, which the next row shares when it differs only by its period (a month's grouping by matter
    /// then names each matter once per thread, not twelve times).
    /// </summary>
    private sealed class RowScratch(int dimensions)
    {
        internal readonly TallyRoom Room = new();
        internal readonly string?[] Names = new string?[dimensions];
        internal (int Number, ImmutableArray<string?> Codes) LastCodes;
        internal (long Codes, ImmutableArray<string?> Texts) LastCaseCodes;
        internal ImmutableArray<string?> NamedCodes;
    }

    /// <summary>
    /// A group of a report: its place among the groups with ratings in key order if it has ratings, and the place of its
    /// cases' counts among the cases' groups in key order if it has completed cases (else -1 for either). Its key is
    /// read from either when its row is made.
    /// </summary>
    private readonly record struct Group(int Ratings, int Cases);
}
