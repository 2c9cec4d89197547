using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Evaluation.Cli.Pipeline;
using Evaluation.Cli.Rendering;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Metrics;
using Evaluation.IO.Json;

namespace Evaluation.Cli.Tables;

/// <summary>The report of any grouping: a table of the main metrics, and the JSON contract's rows.</summary>
internal static class MetricsReport
{
    internal static Table Build(ReportContext context, Grouping grouping, Language language, string? sort)
    {
        AggregationResult result = context.Aggregate(grouping);
        (string Number, GroupRow Row)[] numbered = [.. Ordering.Apply(result.Rows, r => r, sort)];
        int decimals = context.Policy.DisplayDecimals;
        // The cells of a group's row are made as the row is written; the total comes last, labelled in the first
        // dimension's column (without dimensions there is none, and no label).
        string[] CellsOf(int index)
        {
            if (index == numbered.Length)
            {
                return [string.Empty, .. grouping.Dimensions.Select((_, i) => i == 0 ? language.Pick("合计", "Total") : string.Empty), .. Period(grouping, null), .. Values(result.Total, result.TotalCoverage, decimals)];
            }
            (string number, GroupRow row) = numbered[index];
            return [number, .. Names(context, grouping, row.Key), .. Period(grouping, row.Key), .. Values(row.Tally, row.Coverage, decimals)];
        }

        var rows = new RowsOnDemand<string[]>(numbered.Length + 1, CellsOf);
        return new Table(
            language.Pick("\u201c好差评\u201d指标", "Rating metrics") + " (" + string.Join(" x ", grouping.Dimensions.Select(d => DimensionHeading(d, language))) + (grouping.Period is null ? string.Empty : ", " + grouping.Period) + ")",
            [
                language.Pick("序号", "No."), .. grouping.Dimensions.Select(d => DimensionHeading(d, language)),
                .. grouping.Period is null ? Array.Empty<string>() : [language.Pick("统计周期", "Period")],
                language.Pick("评价数量", "Ratings"), language.Pick("主动评价数", "Active"), language.Pick("好评率", "Good rate"), language.Pick("差评", "Bad"),
                language.Pick("差评整改率", "Rectification rate"), language.Pick("评价覆盖事项率", "Matter coverage rate"), language.Pick("主动评价率", "Active rating rate"),
            ],
            rows);
    }

    internal static ReportDocument Document(ReportContext context, Grouping grouping)
    {
        // The cases' groups are counted and put in key order on another thread while the ratings' are aggregated on this
        // one (each reads the records and tables and changes neither), so that a grouping too large to count is refused
        // as it is thrown. The ordering calls two keys the same only when they are equal, so an unstable sort gives the one order.
        Task<KeyValuePair<GroupKey, CaseCounts>[]> counting = Task.Run(() =>
        {
            KeyValuePair<GroupKey, CaseCounts>[] counted = [.. context.CaseCounter.ByGroup(context, grouping)];
            Array.Sort(counted, (a, b) => GroupKey.Ordering.Compare(a.Key, b.Key));
            return counted;
        });
        AggregationResult result = context.Aggregate(grouping);
        Group[] groups = Merge(result.Rows, counting.GetAwaiter().GetResult());
        // Each row is made as it is written.
        ReportRow RowOf(int index)
        {
            GroupKey key = groups[index].Key;
            GroupRow row = groups[index].Ratings ?? new GroupRow(key, RatingTally.Empty, MatterCoverage.Empty);
            CaseCounts c = groups[index].Cases ?? CaseCounts.None;
            RatingTally t = row.Tally;
            return new ReportRow(
                [.. grouping.Dimensions.Select((d, i) => new ReportDimension(DimensionName(d), key.Codes[i], DisplayName(context, d, key.Codes[i])))],
                key.Period?.ToString(),
                [
                    new("cases", c.Tally.Completed), new("ratings", t.Ratings), new("activeRatings", t.ActiveRatings), new("defaultRatings", t.DefaultRatings),
                    new("good", t.Good), new("neutral", t.Neutral), new("bad", t.Bad), new("excludedByAppeal", t.ExcludedByAppeal),
                    new("badToRectify", t.Bad), new("badRectified", t[TallyCounter.BadRectified]), new("badRectifiedOnTime", t[TallyCounter.BadRectifiedOnTime]),
                    new("badOverdue", t[TallyCounter.BadOverdue]), new("mattersWithCases", c.Matters), new("mattersRated", row.Coverage.MattersRated),
                    new("onSiteRatings", t[TallyCounter.OnSiteRatings]), new("staticQrRatings", t[TallyCounter.StaticQrRatings]),
                    new("staticQrGood", t[TallyCounter.StaticQrGood]), new("staticQrBad", t[TallyCounter.StaticQrBad]),
                    new("followUps", c.Tally.FollowedUp), new("followUpsDissatisfied", c.Tally.Dissatisfied),
                ],
                [
                    new("activeRatingRate", c.Tally.ActiveRatingRate(t, context.Policy)), new("goodRate", t.GoodRate()), new("badRate", t.BadRate()),
                    new("rectificationRate", t.RectificationRate()), new("onTimeRectificationRate", t.OnTimeRectificationRate()),
                    new("matterCoverageRate", row.Coverage.Rate), new("followUpRate", c.Tally.FollowUpRate()),
                ]);
        }

        var rows = new RowsOnDemand<ReportRow>(groups.Length, RowOf);
        return new ReportDocument([.. grouping.Dimensions.Select(DimensionName)], grouping.Period?.ToString().ToLowerInvariant(), context.Policy.Name,
            context.AsOf, context.Read, context.AcceptedCount, context.RejectedCount, rows) { DisplayDecimals = context.Policy.DisplayDecimals, ProvisionalYears = context.ProvisionalYears };
    }

    /// <summary>The groups with ratings and those with cases, each in key order, joined into one list in key order.</summary>
    private static Group[] Merge(ImmutableArray<GroupRow> ratings, KeyValuePair<GroupKey, CaseCounts>[] cases)
    {
        var groups = new List<Group>(Math.Max(ratings.Length, cases.Length));
        int r = 0, c = 0;
        while (r < ratings.Length || c < cases.Length)
        {
            int order = r == ratings.Length ? 1 : c == cases.Length ? -1 : GroupKey.Ordering.Compare(ratings[r].Key, cases[c].Key);
            GroupRow? row = order <= 0 ? ratings[r] : null;
            CaseCounts? counts = order >= 0 ? cases[c].Value : null;
            groups.Add(new Group(row?.Key ?? cases[c].Key, row, counts));
            r += order <= 0 ? 1 : 0;
            c += order >= 0 ? 1 : 0;
        }
        return [.. groups];
    }

    /// <summary>A group of a report: its key, its ratings' row if it has ratings, its cases' counts if it has completed cases.</summary>
    private readonly record struct Group(GroupKey Key, GroupRow? Ratings, CaseCounts? Cases);

    internal static string DimensionName(GroupingDimension d) => d switch
    {
        GroupingDimension.Unit => "unit",
        GroupingDimension.Department => "department",
        GroupingDimension.Matter => "matter",
        GroupingDimension.Window => "window",
        _ => "channel",
    };

    private static string DimensionHeading(GroupingDimension d, Language language) => d switch
    {
        GroupingDimension.Unit => language.Pick("单位", "Unit"),
        GroupingDimension.Department => language.Pick("部门", "Department"),
        GroupingDimension.Matter => language.Pick("事项", "Matter"),
        GroupingDimension.Window => language.Pick("窗口", "Window"),
        _ => language.Pick("评价渠道", "Channel"),
    };

    private static string? DisplayName(ReportContext context, GroupingDimension d, string? code) => code is null ? null : d switch
    {
        GroupingDimension.Unit => context.UnitNames.GetValueOrDefault(code),
        GroupingDimension.Department => context.DepartmentNames.GetValueOrDefault(code),
        GroupingDimension.Matter => context.MatterNames.GetValueOrDefault(code),
        GroupingDimension.Window => context.WindowNames.GetValueOrDefault(code),
        _ => code,
    };

    private static IEnumerable<string> Names(ReportContext context, Grouping grouping, GroupKey key) =>
        grouping.Dimensions.Select((d, i) => key.Codes[i] is string code ? DisplayName(context, d, code) ?? code : "-");

    private static IEnumerable<string> Period(Grouping grouping, GroupKey? key) =>
        grouping.Period is null ? [] : [key?.Period?.ToString() ?? string.Empty];

    private static string[] Values(RatingTally t, MatterCoverage coverage, int decimals) =>
    [
        Cells.Count(t.Ratings), Cells.Count(t.ActiveRatings), t.GoodRate().Format(decimals), Cells.Count(t.Bad),
        t.RectificationRate().Format(decimals), coverage.Rate.Format(decimals), t.ActiveRatingRate().Format(decimals),
    ];
}
