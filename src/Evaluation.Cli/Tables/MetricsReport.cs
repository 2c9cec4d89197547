using System;
using System.Collections.Generic;
using System.Linq;
using Evaluation.Cli.Rendering;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Periods;
using Evaluation.Core.Policies;
using Evaluation.IO.Json;
using Evaluation.Reporting;

using Evaluation.Workbooks.Writing;
using static Evaluation.Workbooks.Writing.ColumnKind;

namespace Evaluation.Cli.Tables;

/// <summary>
/// The printed report of any grouping: the report's rows (<see cref="PreparedReport.Rows"/>, or a cluster's merged part)
/// as a table of the main metrics, with a total.
/// </summary>
internal static class MetricsReport
{
    /// <summary>The metrics an HTML page charts, by their place among the values: ratings, good rate, matter coverage rate, active rating rate.</summary>
    private static readonly int[] ChartedMetrics = [0, 2, 5, 6];

    /// <summary>The table of a grouping's rows, with the total as the last row.</summary>
    /// <param name="rowsOf">The report's rows by a grouping: asked for <paramref name="grouping"/> and for no grouping (the total).</param>
    /// <param name="grouping">The grouping of the table's rows.</param>
    /// <param name="policy">The policy the rows were counted under (display decimals, the formulas' note).</param>
    /// <param name="language">The headings' language.</param>
    /// <param name="sort">The metric to rank the rows by, or null for key order.</param>
    internal static Table Build(Func<Grouping, ReportDocument> rowsOf, Grouping grouping, EvaluationPolicy policy, Language language, string? sort)
    {
        IReadOnlyList<ReportRow> rows = rowsOf(grouping).Rows;
        IReadOnlyList<ReportRow> totals = rowsOf(new Grouping([])).Rows;
        ReportRow? total = totals.Count > 0 ? totals[0] : null;
        (string Number, int Index)[] numbered = [.. Ordering.Apply([.. Enumerable.Range(0, rows.Count)], i => rows[i], sort)];
        int decimals = policy.DisplayDecimals;
        // The cells of a group's row are made as the row is written; the total comes last, labelled in the first
        // dimension's column (without dimensions there is none, and no label).
        string[] CellsOf(int index)
        {
            if (index == numbered.Length)
            {
                return
                [
                    string.Empty, .. grouping.Dimensions.Select((_, i) => i == 0 ? language.Pick("合计", "Total") : string.Empty),
                    .. grouping.Period is null ? Array.Empty<string>() : [string.Empty], .. Values(total, decimals),
                ];
            }
            (string number, int at) = numbered[index];
            ReportRow row = rows[at];
            return [number, .. row.Dimensions.Select(d => d.Code is null ? "-" : d.DisplayName ?? d.Code), .. grouping.Period is null ? Array.Empty<string>() : [row.Period ?? string.Empty], .. Values(row, decimals)];
        }

        return new Table(
            Title(grouping, language),
            [
                language.Pick("序号", "No."), .. grouping.Dimensions.Select(d => DimensionHeading(d, language)),
                .. grouping.Period is null ? Array.Empty<string>() : [language.Pick("统计周期", "Period")],
                language.Pick("评价数量", "Ratings"), language.Pick("主动评价数", "Active"), language.Pick("好评率", "Good rate"), language.Pick("差评", "Bad"),
                language.Pick("差评整改率", "Rectification rate"), language.Pick("评价覆盖事项率", "Matter coverage rate"), language.Pick("主动评价率", "Active rating rate"),
            ],
            new RowsOnDemand<string[]>(numbered.Length + 1, CellsOf),
            Formulas.Note(policy, language))
        {
            Kinds = [Count, .. grouping.Dimensions.Select(_ => Text), .. grouping.Period is null ? Array.Empty<ColumnKind>() : [Text], Count, Count, Rate, Count, Rate, Rate, Rate],
            EndsWithTotal = true,
            PeriodColumn = grouping.Period is null ? null : 1 + grouping.Dimensions.Length,
            // The ratings, the good rate, the matter coverage rate and the active rating rate.
            ChartColumns = [.. ChartedMetrics.Select(m => 1 + grouping.Dimensions.Length + (grouping.Period is null ? 0 : 1) + m)],
        };
    }

    /// <summary>For example “好差评”指标（单位×渠道，按月） or Rating metrics (Unit x Channel, by month).</summary>
    private static string Title(Grouping grouping, Language language)
    {
        string dimensions = string.Join(language.Pick("×", " x "), grouping.Dimensions.Select(d => DimensionHeading(d, language)));
        string period = grouping.Period is ReportingPeriodKind kind ? language.Pick("，", ", ") + PeriodName(kind, language) : string.Empty;
        return language.Pick("\u201c好差评\u201d指标（" + dimensions + period + "）", "Rating metrics (" + dimensions + period + ")");
    }

    private static string PeriodName(ReportingPeriodKind period, Language language) => period switch
    {
        ReportingPeriodKind.Day => language.Pick("按日", "by day"),
        ReportingPeriodKind.Week => language.Pick("按周", "by week"),
        ReportingPeriodKind.Month => language.Pick("按月", "by month"),
        ReportingPeriodKind.Quarter => language.Pick("按季度", "by quarter"),
        _ => language.Pick("按年", "by year"),
    };

    private static string DimensionHeading(GroupingDimension d, Language language) => d switch
    {
        GroupingDimension.Unit => language.Pick("单位", "Unit"),
        GroupingDimension.Department => language.Pick("部门", "Department"),
        GroupingDimension.Matter => language.Pick("事项", "Matter"),
        GroupingDimension.Window => language.Pick("窗口", "Window"),
        _ => language.Pick("评价渠道", "Channel"),
    };

    /// <summary>A row's printed values; a report without any row has a total of zeros and rates not applicable.</summary>
    private static string[] Values(ReportRow? row, int decimals) => row is null
        ? ["0", "0", "/", "0", "/", "/", "/"]
        :
        [
            Cells.Count(Ordering.Count(row, "ratings")), Cells.Count(Ordering.Count(row, "activeRatings")), Ordering.RateOf(row, "goodRate").Format(decimals),
            Cells.Count(Ordering.Count(row, "bad")), Ordering.RateOf(row, "rectificationRate").Format(decimals),
            Ordering.RateOf(row, "matterCoverageRate").Format(decimals), Ordering.RateOf(row, "activeRatingRate").Format(decimals),
        ];
}
