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
        CheckMetric(metric);
        var position = items.Select((item, i) => (item, i)).ToDictionary(p => p.item, p => p.i);
        var listOrder = Comparer<T>.Create((a, b) => position[a].CompareTo(position[b]));
        return IsCount(metric)
            ? Ranking.Competition(items, item => Count(rowOf(item), metric == "ratings" ? ratings : bad), listOrder).Select(r => (r.Rank, r.Item))
            : Ranking.Competition(items, item => RateOf(rowOf(item), metric), listOrder).Select(r => (r.Rank, r.Item));
    }

    /// <summary>
    /// Ranks rows as <see cref="Apply"/> ranks them, from each row's score (<paramref name="counts"/> for <c>ratings</c>
    /// and <c>bad</c>, else <paramref name="rates"/>, the metric's rate), ties in the rows' order. The metric is one
    /// <see cref="CheckMetric"/> has accepted (its scores were read by it).
    /// </summary>
    internal static IEnumerable<(int Number, int Index)> RankRows(string metric, long[] counts, Rate[] rates) =>
        (IsCount(metric) ? Ranking.Competition(counts) : Ranking.Competition(rates)).Select(r => (r.Rank, r.Index));

    /// <summary>Whether a metric ranks by a count (<c>ratings</c>, <c>bad</c>) rather than a rate.</summary>
    internal static bool IsCount(string metric) => metric is "ratings" or "bad";

    /// <summary>Refuses a metric <c>--sort</c> does not accept.</summary>
    /// <exception cref="ArgumentException">The metric is not one of <see cref="Metrics"/>.</exception>
    internal static void CheckMetric(string metric)
    {
        if (!Metrics.Contains(metric))
        {
            throw new ArgumentException($"Unknown metric '{metric}'; use one of {string.Join(", ", Metrics)}.", nameof(metric));
        }
    }

    /// <summary>A row's count by its name in the JSON contract.</summary>
    internal static long Count(ReportRow row, string name) => row.Counts.First(c => c.Key == name).Value;

    /// <summary>A row's rate by its name in the JSON contract.</summary>
    internal static Rate RateOf(ReportRow row, string name) => row.Rates.First(r => r.Key == name).Value;
}
