using System;
using System.Collections.Generic;
using System.Linq;

namespace Evaluation.Reporting;

/// <summary>
/// Where a unit's rows roll into when some units are listed (村 → 乡镇 → 县区 → 市): the positions of the listed units
/// among itself and its ancestors, and the total's. A cycle in the catalogue's parents ends the walk.
/// </summary>
internal sealed class UnitTargets
{
    private readonly IReadOnlyDictionary<string, string?> parentOf;
    private readonly Dictionary<string, int> position = new(StringComparer.Ordinal);
    private readonly int total;

    /// <param name="parentOf">Each unit's parent by code (null at the top).</param>
    /// <param name="units">The listed units; a code listed twice keeps its first position.</param>
    internal UnitTargets(IReadOnlyDictionary<string, string?> parentOf, IReadOnlyList<string> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        this.parentOf = parentOf;
        total = units.Count;
        for (int i = 0; i < units.Count; i++)
        {
            position.TryAdd(units[i], i);
        }
    }

    /// <summary>The targets of some units listed in a report, under the parents its unit catalogue gives (the first entry of a code).</summary>
    internal static UnitTargets Of(PreparedReport report, IReadOnlyList<string> units) =>
        new(report.Units.DistinctBy(u => u.Code).ToDictionary(u => u.Code.Value, u => u.ParentCode?.Value), units);

    /// <summary>The position of the total: after the listed units'.</summary>
    internal int Total => total;

    /// <summary>The position of a listed unit.</summary>
    internal int PositionOf(string unit) => position[unit];

    /// <summary>
    /// The positions a unit's figures are added into: the listed units among itself and its ancestors, then the total
    /// (<see cref="Total"/>); none when no listed unit covers it, so the total holds only what the listed units hold.
    /// Keeps no cache, so it may be asked from any thread.
    /// </summary>
    internal int[] Of(string? unit)
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
        if (found.Count > 0)
        {
            found.Add(total);
        }
        return [.. found];
    }
}
