using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Evaluation.Core.Catalog;
using Evaluation.Core.Metrics;
using Evaluation.Core.Utility;

namespace Evaluation.Core.Aggregation;

/// <summary>
/// Rolls groups keyed by unit up the unit hierarchy (村 → 乡镇 → 县区 → 市): each unit's row becomes the merge of its own
/// ratings and all its descendants'. Tallies merge by addition and coverage by union, so a county's rates are ratios of
/// sums over its towns, never means of their rates.
/// </summary>
public static class UnitRollup
{
    /// <summary>Rolls up a result grouped by unit first (other dimensions and the period are kept).</summary>
    /// <param name="result">A result whose first dimension is the unit.</param>
    /// <param name="units">The units with their parents.</param>
    /// <returns>A result with one row per unit and key that has ratings in it or below it.</returns>
    public static AggregationResult RollUp(AggregationResult result, IEnumerable<ServiceUnit> units)
    {
        Preconditions.CheckNotNull(result, nameof(result));
        Preconditions.CheckNotNull(units, nameof(units));
        Preconditions.CheckArgument(result.Grouping.Dimensions.FirstOrDefault() == GroupingDimension.Unit, nameof(result), "must be grouped by unit first");
        Dictionary<string, string?> parentOf = units.ToDictionary(u => u.Code.Value, u => u.ParentCode?.Value);
        var rolled = new Dictionary<GroupKey, GroupRow>();
        foreach (GroupRow row in result.Rows)
        {
            var seen = new HashSet<string>();
            for (string? unit = row.Key.Codes[0]; unit is not null && seen.Add(unit); unit = parentOf.GetValueOrDefault(unit))
            {
                var key = new GroupKey(row.Key.Codes.SetItem(0, unit), row.Key.Period);
                rolled[key] = rolled.TryGetValue(key, out GroupRow? existing)
                    ? new GroupRow(key, existing.Tally.Merge(row.Tally), existing.Coverage.Merge(row.Coverage))
                    : row with { Key = key };
            }
        }
        return new AggregationResult(result.Grouping, rolled.Values);
    }
}
