using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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
        AggregationResult result = report.Aggregate(grouping);
        cancellationToken.ThrowIfCancellationRequested();
        CaseCounter.GroupsInKeyOrder caseGroups = counting.GetAwaiter().GetResult();
        Group[] groups = Merge(result.Rows, caseGroups);
        // Rows are made on several threads as the JSON is written; each period's text is made once, before.
        Dictionary<ReportingPeriod, string> periodText = [];
        foreach (Group group in groups)
        {
            if (group.Key.Period is ReportingPeriod period && !periodText.ContainsKey(period))
            {
                periodText.Add(period, period.ToString());
            }
        }
        ReportRow RowAt(int index)
        {
            GroupKey key = groups[index].Key;
            GroupRow row = groups[index].Ratings ?? new GroupRow(key, RatingTally.Empty, MatterCoverage.Empty);
            var dimensions = new ReportDimension[grouping.Dimensions.Length];
            for (int d = 0; d < dimensions.Length; d++)
            {
                dimensions[d] = Dimension(report, grouping.Dimensions[d], key.Codes[d]);
            }
            string? period = key.Period is ReportingPeriod p ? periodText[p] : null;
            int cases = groups[index].Cases;
            return RowOf(report, dimensions, period, row.Tally, row.Coverage, cases >= 0 ? caseGroups.CountsAt(cases) : CaseCounts.None);
        }

        return new ReportDocument(
            [.. grouping.Dimensions.Select(DimensionName)], grouping.Period?.ToString().ToLowerInvariant(), report.Policy.Name,
            report.AsOf, report.Read, report.AcceptedCount, report.RejectedCount, new RowsOnDemand<ReportRow>(groups.Length, RowAt))
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
        EvaluationPolicy policy, IReadOnlyList<ReportDimension> dimensions, string? period, RatingTally t, long mattersWithRatings, long mattersRatedByRatings, CaseCounts c) => new(
        dimensions,
        period,
        // Immutable arrays, which the JSON writer reads as spans.
        ImmutableCollectionsMarshal.AsImmutableArray(new KeyValuePair<string, long>[]
        {
            new("cases", c.Tally.Completed), new("casesActivelyRated", c.Tally.ActivelyRated),
            new("ratings", t.Ratings), new("activeRatings", t.ActiveRatings), new("defaultRatings", t.DefaultRatings),
            new("caseLinkedRatings", t[TallyCounter.CaseRatings]),
            new("good", t.Good), new("neutral", t.Neutral), new("bad", t.Bad), new("caseLinkedBad", t[TallyCounter.CaseBad]),
            new("excludedByAppeal", t.ExcludedByAppeal),
            new("badToRectify", t.Bad), new("badRectified", t[TallyCounter.BadRectified]), new("badRectifiedOnTime", t[TallyCounter.BadRectifiedOnTime]),
            new("badOverdue", t[TallyCounter.BadOverdue]),
            new("mattersWithCases", c.Matters), new("mattersRated", c.MattersRated),
            new("mattersWithCaseLinkedRatings", mattersWithRatings), new("mattersRatedByRatings", mattersRatedByRatings),
            new("onSiteRatings", t[TallyCounter.OnSiteRatings]), new("staticQrRatings", t[TallyCounter.StaticQrRatings]),
            new("staticQrGood", t[TallyCounter.StaticQrGood]), new("staticQrBad", t[TallyCounter.StaticQrBad]),
            new("followUps", c.Tally.FollowedUp), new("followUpsDissatisfied", c.Tally.Dissatisfied),
        }),
        ImmutableCollectionsMarshal.AsImmutableArray(new KeyValuePair<string, Rate>[]
        {
            new("activeRatingRate", c.Tally.ActiveRatingRate(t, policy)), new("goodRate", t.GoodRate()), new("badRate", t.BadRate()),
            new("rectificationRate", t.RectificationRate()), new("onTimeRectificationRate", t.OnTimeRectificationRate()),
            new("matterCoverageRate", CaseMetrics.MatterCoverageRate(c.Matters, c.MattersRated, new Rate(mattersRatedByRatings, mattersWithRatings), policy)),
            new("followUpRate", c.Tally.FollowUpRate()),
        }));

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
    internal static ReportDimension Dimension(PreparedReport report, GroupingDimension d, string? code) => new(DimensionName(d), code, code is null ? null : NameOf(report, d, code));

    /// <summary>The catalogue's name of a code of a dimension (a channel is its own name), or null.</summary>
    internal static string? NameOf(PreparedReport report, GroupingDimension d, string code) => d switch
    {
        GroupingDimension.Unit => report.UnitNames.GetValueOrDefault(code),
        GroupingDimension.Department => report.DepartmentNames.GetValueOrDefault(code),
        GroupingDimension.Matter => report.MatterNames.GetValueOrDefault(code),
        GroupingDimension.Window => report.WindowNames.GetValueOrDefault(code),
        _ => code,
    };

    /// <summary>The groups with ratings and those with cases, each in key order, joined into one list in key order.</summary>
    private static Group[] Merge(ImmutableArray<GroupRow> ratings, CaseCounter.GroupsInKeyOrder cases)
    {
        var groups = new List<Group>(Math.Max(ratings.Length, cases.Count));
        int r = 0, c = 0;
        while (r < ratings.Length || c < cases.Count)
        {
            int order = r == ratings.Length ? 1 : c == cases.Count ? -1 : cases.Compare(ratings[r].Key, c);
            GroupRow? row = order <= 0 ? ratings[r] : null;
            groups.Add(new Group(row?.Key ?? cases.KeyAt(c), row, order >= 0 ? c : -1));
            r += order <= 0 ? 1 : 0;
            c += order >= 0 ? 1 : 0;
        }
        return [.. groups];
    }

    /// <summary>
    /// A group of a report: its key, its ratings' row if it has ratings, and the place of its cases' counts among the
    /// cases' groups in key order if it has completed cases (else -1).
    /// </summary>
    private readonly record struct Group(GroupKey Key, GroupRow? Ratings, int Cases);
}
