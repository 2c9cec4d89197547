using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Metrics;
using Evaluation.IO.Json;
using Evaluation.Reporting.Cases;

namespace Evaluation.Reporting;

/// <summary>
/// Rows of units with the units below them rolled in (村 → 乡镇 → 县区 → 市), and their total. Ratings are tallied by unit
/// and merged (tallies add, matter coverage by ratings unites); completed cases are counted into each listed unit
/// above them and the total at once, each target marking its matters, so that a rolled-up row's distinct matters, and
/// the total's, are counted once however many units share them.
/// </summary>
internal static class UnitSummaries
{
    internal static UnitSummary Of(PreparedReport report, IReadOnlyList<string> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var targets = UnitTargets.Of(report, units);
        // The cases are counted on another thread while the ratings are aggregated on this one (both only read the
        // tables); targets are the listed units' positions, then the total. Each distinct unit is asked for once a side.
        Task<CaseCounts[]> counting = Task.Run(() => report.Counter.ByTargets(report, unit => targets.Of(unit), targets.Total + 1));

        var tallies = Enumerable.Repeat(RatingTally.Empty, targets.Total + 1).ToArray();
        var coverages = new List<MatterCoverage>[targets.Total + 1];
        for (int i = 0; i < coverages.Length; i++)
        {
            coverages[i] = [];
        }
        foreach (GroupRow row in report.Aggregate(Grouping.By(GroupingDimension.Unit)).Rows)
        {
            foreach (int target in targets.Of(row.Key.Codes[0]))
            {
                tallies[target] = tallies[target].Merge(row.Tally);
                coverages[target].Add(row.Coverage);
            }
        }
        CaseCounts[] cases = counting.GetAwaiter().GetResult();
        ReportRow RowAt(int index, IReadOnlyList<ReportDimension> dimensions) =>
            ReportRows.RowOf(report, dimensions, null, tallies[index], MatterCoverage.Union(coverages[index]), cases[index]);

        ReportRow[] rows = [.. units.Select(unit => RowAt(targets.PositionOf(unit), [ReportRows.Dimension(report, GroupingDimension.Unit, unit)]))];
        return new UnitSummary(rows, RowAt(targets.Total, []));
    }
}
