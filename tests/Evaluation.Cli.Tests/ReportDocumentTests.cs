using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Periods;
using Evaluation.Core.Policies;
using Evaluation.IO.Json;
using Evaluation.Reporting;
using Evaluation.Reporting.Cases;
using Xunit;

namespace Evaluation.Cli.Tests;

/// <summary>
/// A JSON report has one row per group with ratings or completed cases, in key order, each carrying its ratings'
/// counts (from the aggregation) and its cases' counts (from the case counter), zero where it has none.
/// </summary>
public sealed class ReportDocumentTests : IDisposable
{
    private readonly TemporaryDirectory temporary = new();

    private string directory => temporary.Path;

    public void Dispose() => temporary.Dispose();

    [Theory]
    [InlineData(new[] { GroupingDimension.Unit, GroupingDimension.Department }, ReportingPeriodKind.Day, true)]
    [InlineData(new[] { GroupingDimension.Matter }, ReportingPeriodKind.Month, false)]
    [InlineData(new[] { GroupingDimension.Window }, null, false)]
    [InlineData(new[] { GroupingDimension.Channel }, ReportingPeriodKind.Week, false)]
    public void Rows_are_the_groups_with_ratings_or_cases_in_key_order_each_with_both_counts(GroupingDimension[] dimensions, ReportingPeriodKind? period, bool bothAlone)
    {
        Assert.Equal(0, CliRunner.Run("demo", "--out", directory, "--scale", "0.002").Code);
        PreparedReport context = ReportPipeline.Prepare(ReportInput.ReadDirectory(directory), new ReportOptions { Policy = EvaluationPolicy.Henan });
        var grouping = new Grouping([.. dimensions], period);
        Dictionary<GroupKey, GroupRow> ratings = context.Aggregate(grouping).Rows.ToDictionary(r => r.Key);
        IReadOnlyDictionary<GroupKey, CaseCounts> cases = context.CountCases(grouping);
        GroupKey[] expected = [.. ratings.Keys.Union(cases.Keys).Order(GroupKey.Ordering)];

        ReportRow[] rows = [.. context.Rows(grouping).Rows];

        Assert.Equal(expected.Length, rows.Length);
        for (int i = 0; i < rows.Length; i++)
        {
            GroupKey key = expected[i];
            Assert.Equal(key.Codes, rows[i].Dimensions.Select(d => d.Code));
            Assert.Equal(key.Period?.ToString(), rows[i].Period);
            Assert.Equal(ratings.TryGetValue(key, out GroupRow? row) ? row.Tally.Ratings : 0, Count(rows[i], "ratings"));
            Assert.Equal(cases.TryGetValue(key, out CaseCounts? counts) ? counts.Tally.Completed : 0, Count(rows[i], "cases"));
        }
        if (bothAlone)
        {
            // Groups with ratings alone and with cases alone are both met here, so the join is tested on each side.
            Assert.Contains(expected, k => !cases.ContainsKey(k));
            Assert.Contains(expected, k => !ratings.ContainsKey(k));
        }
    }

    private static long Count(ReportRow row, string name) => row.Counts.Single(c => c.Key == name).Value;
}
