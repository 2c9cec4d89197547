using System;
using System.Collections.Generic;
using System.Linq;
using Evaluation.Core.Metrics;
using Evaluation.IO.Json;

namespace Evaluation.Cli.Tables;

/// <summary>Numbers rows (序号) in list order, or ranks them by a metric with competition ranking (1-2-2-4).</summary>
internal static class Ordering
{
    /// <summary>The metrics <c>--sort</c> accepts.</summary>
    internal static readonly string[] Metrics =
        ["ratings", "activeRatingRate", "goodRate", "badRate", "matterCoverageRate", "rectificationRate", "onTimeRectificationRate", "bad"];

    /// <summary>
    /// Numbers or ranks rows: counts largest first, rates best first, ties in list order. <c>ratings</c> and <c>bad</c>
    /// rank by the counts the table prints under those headings (<paramref name="ratings"/>, <paramref name="bad"/>).
    /// </summary>
    internal static IEnumerable<(int Number, T Item)> Apply<T>(IReadOnlyList<T> items, Func<T, ReportRow> rowOf, string? metric, string ratings = "ratings", string bad = "bad")
        where T : notnull
    {
        if (metric is null)
        {
            return items.Select((item, i) => (i + 1, item));
        }
        if (!Metrics.Contains(metric))
        {
            throw new ArgumentException($"Unknown metric '{metric}'; use one of {string.Join(", ", Metrics)}.", nameof(metric));
        }
        var position = items.Select((item, i) => (item, i)).ToDictionary(p => p.item, p => p.i);
        var listOrder = Comparer<T>.Create((a, b) => position[a].CompareTo(position[b]));
        return metric is "ratings" or "bad"
            ? Ranking.Competition(items, item => Count(rowOf(item), metric == "ratings" ? ratings : bad), listOrder).Select(r => (r.Rank, r.Item))
            : Ranking.Competition(items, item => RateOf(rowOf(item), metric), listOrder).Select(r => (r.Rank, r.Item));
    }

    /// <summary>A row's count by its name in the JSON contract.</summary>
    internal static long Count(ReportRow row, string name) => row.Counts.First(c => c.Key == name).Value;

    /// <summary>A row's rate by its name in the JSON contract.</summary>
    internal static Rate RateOf(ReportRow row, string name) => row.Rates.First(r => r.Key == name).Value;
}
