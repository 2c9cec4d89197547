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
/// and merged (tallies add, matter coverage by ratings unites); completed cases are counted by unit and matter, so that
/// a rolled-up row's distinct matters, and the total's, are counted once however many units share them.
/// </summary>
internal static class UnitSummaries
{
    internal static UnitSummary Of(PreparedReport report, IReadOnlyList<string> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        Dictionary<string, string?> parentOf = report.Units.DistinctBy(u => u.Code).ToDictionary(u => u.Code.Value, u => u.ParentCode?.Value);
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < units.Count; i++)
        {
            position.TryAdd(units[i], i);
        }
        // The positions of the listed units a unit rolls into: itself and its ancestors that are listed.
        var targetsOf = new Dictionary<string, int[]>(StringComparer.Ordinal);
        int[] TargetsOf(string? unit)
        {
            if (unit is null)
            {
                return [];
            }
            if (!targetsOf.TryGetValue(unit, out int[]? targets))
            {
                var seen = new HashSet<string>(StringComparer.Ordinal);
                var found = new List<int>();
                for (string? u = unit; u is not null && seen.Add(u); u = parentOf.GetValueOrDefault(u))
                {
                    if (position.TryGetValue(u, out int p))
                    {
                        found.Add(p);
                    }
                }
                targetsOf[unit] = targets = [.. found];
            }
            return targets;
        }

        // The cases are counted on another thread while the ratings are aggregated on this one (both only read the tables).
        Task<IReadOnlyDictionary<GroupKey, CaseCounts>> counting = Task.Run(() => report.CountCases(new Grouping([GroupingDimension.Unit, GroupingDimension.Matter])));

        // Index units.Count is the total.
        var tallies = Enumerable.Repeat(RatingTally.Empty, units.Count + 1).ToArray();
        var coverages = new List<MatterCoverage>[units.Count + 1];
        for (int i = 0; i < coverages.Length; i++)
        {
            coverages[i] = [];
        }
        foreach (GroupRow row in report.Aggregate(Grouping.By(GroupingDimension.Unit)).Rows)
        {
            int[] targets = TargetsOf(row.Key.Codes[0]);
            foreach (int target in targets.Length > 0 ? targets.Append(units.Count) : [])
            {
                tallies[target] = tallies[target].Merge(row.Tally);
                coverages[target].Add(row.Coverage);
            }
        }
        var caseTallies = Enumerable.Repeat(CaseTally.Empty, units.Count + 1).ToArray();
        HashSet<string?>[] matters = [.. Enumerable.Range(0, units.Count + 1).Select(_ => new HashSet<string?>(StringComparer.Ordinal))];
        HashSet<string?>[] ratedMatters = [.. Enumerable.Range(0, units.Count + 1).Select(_ => new HashSet<string?>(StringComparer.Ordinal))];
        foreach ((GroupKey key, CaseCounts counts) in counting.GetAwaiter().GetResult())
        {
            int[] targets = TargetsOf(key.Codes[0]);
            foreach (int target in targets.Length > 0 ? targets.Append(units.Count) : [])
            {
                caseTallies[target] = caseTallies[target].Merge(counts.Tally);
                matters[target].Add(key.Codes[1]);
                if (counts.MattersRated > 0)
                {
                    ratedMatters[target].Add(key.Codes[1]);
                }
            }
        }
        ReportRow RowAt(int index, IReadOnlyList<ReportDimension> dimensions)
        {
            var cases = new CaseCounts(caseTallies[index], matters[index].Count, ratedMatters[index].Count);
            return ReportRows.RowOf(report, dimensions, null, tallies[index], MatterCoverage.Union(coverages[index]), cases);
        }

        ReportRow[] rows = [.. units.Select((unit, i) => RowAt(position[unit], [ReportRows.Dimension(report, GroupingDimension.Unit, unit)]))];
        return new UnitSummary(rows, RowAt(units.Count, []));
    }
}
