using System;
using System.Collections.Generic;
using System.Linq;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Metrics;

namespace Evaluation.Cli.Tables;

/// <summary>Numbers rows (序号) in list order, or ranks them by a metric with competition ranking (1-2-2-4).</summary>
internal static class Ordering
{
    /// <summary>The metrics <c>--sort</c> accepts.</summary>
    internal static readonly string[] Metrics =
        ["ratings", "activeRatingRate", "goodRate", "badRate", "matterCoverageRate", "rectificationRate", "onTimeRectificationRate", "bad"];

    internal static IEnumerable<(string Number, T Item)> Apply<T>(IReadOnlyList<T> items, Func<T, GroupRow> rowOf, string? metric)
        where T : notnull
    {
        if (metric is null)
        {
            return items.Select((item, i) => (Cells.Number(i + 1), item));
        }
        var position = items.Select((item, i) => (item, i)).ToDictionary(p => p.item, p => p.i);
        var listOrder = Comparer<T>.Create((a, b) => position[a].CompareTo(position[b]));
        return CountOf(metric) is Func<GroupRow, long> count
            ? Ranking.Competition(items, item => count(rowOf(item)), listOrder).Select(r => (Cells.Number(r.Rank), r.Item))
            : Ranking.Competition(items, item => RateOf(rowOf(item), metric), listOrder).Select(r => (Cells.Number(r.Rank), r.Item));
    }

    /// <summary>The count a row is ranked by, largest first, or null when the metric is a rate.</summary>
    private static Func<GroupRow, long>? CountOf(string metric) => metric switch
    {
        "ratings" => row => row.Tally[TallyCounter.CaseRatings],
        "bad" => row => row.Tally.Bad,
        _ => null,
    };

    /// <summary>The rate a row is ranked by, best first.</summary>
    private static Rate RateOf(GroupRow row, string metric) => metric switch
    {
        "activeRatingRate" => row.Tally.ActiveRatingRate(),
        "goodRate" => row.Tally.GoodRate(),
        "badRate" => row.Tally.BadRate(),
        "matterCoverageRate" => row.Coverage.Rate,
        "rectificationRate" => row.Tally.RectificationRate(),
        "onTimeRectificationRate" => row.Tally.OnTimeRectificationRate(),
        _ => throw new ArgumentException($"Unknown metric '{metric}'; use one of {string.Join(", ", Metrics)}.", nameof(metric)),
    };
}
