using System;
using System.Collections.Generic;
using System.Linq;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Calendars;
using Evaluation.Core.Catalog;
using Evaluation.Core.Metrics;
using Evaluation.Core.Policies;
using Evaluation.Core.Ratings;
using Evaluation.Core.Rectification;
using Evaluation.Demo;
using NodaTime;

namespace Evaluation.Cli;

/// <summary>Runs the whole chain on the demo data and lays out the district table 县区"好差评"数据汇总.</summary>
internal static class DistrictReport
{
    internal static readonly string[] Headings = ["序号", "评价县区", "评价数量", "评价覆盖事项率", "差评", "主动评价率"];

    internal static Table Build(DemoDataSet data, EvaluationPolicy policy, Instant asOf)
    {
        var lifecycle = new RatingLifecycle(policy, DeadlineCalculator.China, [], data.Rectifications(), asOf);
        var builder = new RatingBatch.Builder(policy, capacity: 1 << 20);
        foreach (Rating rating in data.Ratings())
        {
            builder.Add(rating, lifecycle.Assess(rating));
        }
        RatingBatch batch = builder.Build();
        AggregationResult result = RatingAggregator.Aggregate(batch, Grouping.By(GroupingDimension.Unit));
        Dictionary<string, GroupRow> byUnit = result.Rows.ToDictionary(r => r.Key.Codes[0]!, StringComparer.Ordinal);
        var rows = new List<string[]>();
        int number = 0;
        foreach (ServiceUnit unit in DemoDataSet.Units())
        {
            number++;
            rows.Add(byUnit.TryGetValue(unit.Code.Value, out GroupRow? row)
                ? Cells(number.ToString(System.Globalization.CultureInfo.InvariantCulture), unit.Name, row.Tally, row.Coverage)
                : [number.ToString(System.Globalization.CultureInfo.InvariantCulture), unit.Name, "0", "/", "0", "/"]);
        }
        rows.Add(Cells(string.Empty, "合计", result.Total, result.TotalCoverage));
        return new Table(KaifengReport2023.DistrictTableTitle, Headings, rows);
    }

    private static string[] Cells(string number, string name, RatingTally tally, MatterCoverage coverage) =>
    [
        number,
        name,
        tally.Ratings.ToString(System.Globalization.CultureInfo.InvariantCulture),
        coverage.Rate.Format(),
        tally.Bad.ToString(System.Globalization.CultureInfo.InvariantCulture),
        tally.ActiveRatingRate().Format(),
    ];
}
