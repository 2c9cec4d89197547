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
        IReadOnlyList<RankedItem<T>> ranked = Ranking.Competition(items, item => RateOf(rowOf(item), metric), Comparer<T>.Create((a, b) => position[a].CompareTo(position[b])));
        return ranked.Select(r => (Cells.Number(r.Rank), r.Item));
    }

    /// <summary>The rate a row is ranked by; counts rank as a rate over the largest count so that more ranks higher.</summary>
    internal static Rate RateOf(GroupRow row, string metric) => metric switch
    {
        "ratings" => new Rate(row.Tally[TallyCounter.CaseRatings], long.MaxValue / 4),
        "bad" => new Rate(row.Tally.Bad, long.MaxValue / 4),
        "activeRatingRate" => row.Tally.ActiveRatingRate(),
        "goodRate" => row.Tally.GoodRate(),
        "badRate" => row.Tally.BadRate(),
        "matterCoverageRate" => row.Coverage.Rate,
        "rectificationRate" => row.Tally.RectificationRate(),
        "onTimeRectificationRate" => row.Tally.OnTimeRectificationRate(),
        _ => throw new ArgumentException($"Unknown metric '{metric}'; use one of {string.Join(", ", Metrics)}.", nameof(metric)),
    };
}
