using System.Collections.Generic;
using System.Linq;
using Evaluation.Cli.Pipeline;
using Evaluation.Cli.Rendering;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Catalog;
using Evaluation.Core.Metrics;

namespace Evaluation.Cli.Tables;

/// <summary>
/// 县区"好差评"数据汇总: per county or district, its case ratings (评价数量, ratings linked to cases), matter coverage
/// rate, bad case ratings and active rating rate, with its towns and villages rolled up; a total row of ratios of sums.
/// </summary>
internal static class DistrictTable
{
    internal static Table Build(ReportContext context, Language language, string? sort)
    {
        var units = context.Units.ToList();
        AggregationResult rolled = UnitRollup.RollUp(context.Aggregate(Grouping.By(GroupingDimension.Unit)), units);
        Dictionary<string, GroupRow> byUnit = rolled.Rows.ToDictionary(r => r.Key.Codes[0]!, System.StringComparer.Ordinal);
        List<ServiceUnit> counties = [.. units.Where(u => u.Level == UnitLevel.County)];
        GroupRow RowOf(ServiceUnit u) => byUnit.GetValueOrDefault(u.Code.Value) ?? new GroupRow(new GroupKey([u.Code.Value], null), RatingTally.Empty, MatterCoverage.Empty);
        IEnumerable<(string Number, ServiceUnit Unit)> ordered = Ordering.Apply(counties, u => RowOf(u), sort);
        var rows = ordered.Select(x => Cells(x.Number, x.Unit.Name, RowOf(x.Unit).Tally, RowOf(x.Unit).Coverage, context.Policy.DisplayDecimals)).ToList();
        RatingTally total = counties.Aggregate(RatingTally.Empty, (t, u) => t.Merge(RowOf(u).Tally));
        MatterCoverage coverage = MatterCoverage.Union(counties.Select(u => RowOf(u).Coverage));
        rows.Add(Cells(string.Empty, language.Pick("合计", "Total"), total, coverage, context.Policy.DisplayDecimals));
        return new Table(
            language.Pick("各县区\u201c好差评\u201d数据汇总", "Ratings by district"),
            [
                language.Pick("序号", "No."), language.Pick("评价县区", "District"), language.Pick("评价数量", "Ratings"),
                language.Pick("评价覆盖事项率", "Matter coverage rate"), language.Pick("差评", "Bad"), language.Pick("主动评价率", "Active rating rate"),
            ],
            rows);
    }

    private static string[] Cells(string number, string name, RatingTally tally, MatterCoverage coverage, int decimals) =>
    [
        number,
        name,
        Tables.Cells.Count(tally[TallyCounter.CaseRatings]),
        coverage.Rate.Format(decimals),
        Tables.Cells.Count(tally[TallyCounter.CaseBad]),
        tally.ActiveRatingRate().Format(decimals),
    ];
}
