using System;
using System.Collections.Generic;
using System.Linq;
using Evaluation.Cli.Rendering;
using Evaluation.Core.Catalog;
using Evaluation.Core.Policies;
using Evaluation.IO.Json;
using Evaluation.Reporting;

using static Evaluation.Workbooks.Writing.ColumnKind;

namespace Evaluation.Cli.Tables;

/// <summary>
/// 县区"好差评"数据汇总: per county or district, its case ratings (评价数量, ratings linked to cases), matter coverage
/// rate, bad case ratings and active rating rate, with its towns and villages rolled up; a total row of ratios of sums.
/// The two rates are counted as the policy's basis says (<see cref="Formulas"/>).
/// </summary>
internal static class DistrictTable
{
    internal static Table Build(TableInputs inputs, Language language, string? sort)
    {
        EvaluationPolicy policy = inputs.Policy;
        List<ServiceUnit> counties = [.. inputs.Units.Where(u => u.Level == UnitLevel.County)];
        UnitSummary summary = inputs.SummarizeUnits([.. counties.Select(u => u.Code.Value)]);
        IEnumerable<(int Number, int Index)> ordered = Ordering.Apply([.. Enumerable.Range(0, counties.Count)], i => summary.Rows[i], sort, ratings: "caseLinkedRatings", bad: "caseLinkedBad");
        var rows = ordered.Select(x => Cells(Tables.Cells.Number(x.Number), counties[x.Index].Name, summary.Rows[x.Index], policy.DisplayDecimals)).ToList();
        rows.Add(Cells(string.Empty, language.Pick("合计", "Total"), summary.Total, policy.DisplayDecimals));
        return new Table(
            language.Pick("各县区\u201c好差评\u201d数据汇总", "Ratings by district"),
            [
                language.Pick("序号", "No."), language.Pick("评价县区", "District"), language.Pick("评价数量", "Ratings"),
                language.Pick("评价覆盖事项率", "Matter coverage rate"), language.Pick("差评", "Bad"), language.Pick("主动评价率", "Active rating rate"),
            ],
            rows,
            Formulas.Note(policy, language)) { Kinds = [Count, Text, Count, Rate, Count, Rate], EndsWithTotal = true };
    }

    private static string[] Cells(string number, string name, ReportRow row, int decimals) =>
    [
        number,
        name,
        Tables.Cells.Count(Ordering.Count(row, "caseLinkedRatings")),
        Ordering.RateOf(row, "matterCoverageRate").Format(decimals),
        Tables.Cells.Count(Ordering.Count(row, "caseLinkedBad")),
        Ordering.RateOf(row, "activeRatingRate").Format(decimals),
    ];
}
