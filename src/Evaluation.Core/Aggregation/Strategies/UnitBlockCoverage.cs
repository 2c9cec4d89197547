using System;
using Evaluation.Core.Metrics;
using Evaluation.Core.Utility;

namespace Evaluation.Core.Aggregation.Strategies;

/// <summary>
/// Coverage strategy <see cref="CoverageStrategy.UnitBlocks"/>: a grouping led by the unit, its matters marked one unit
/// block at a time in bitsets covering only that unit's groups.
/// </summary>
internal static class UnitBlockCoverage
{
    /// <summary>
    /// Marks matters one unit block at a time in a bitset that covers only that unit's groups and stays in cache; each
    /// unit's rows lie in one block of one partition, so its groups' coverage is final when the block ends.
    /// </summary>
    internal static void Mark(RatingBatch.Columns data, GroupLayout layout, int words, int start, int end, MatterCoverage?[] coverageOfGroup)
    {
        int perUnit = layout.GroupsPerUnit;
        var slab = new Slab<ulong>(MatterCoverage.SlabBlockWords);
        var present = new ulong[perUnit * words];
        var rated = new ulong[perUnit * words];
        int[] unitStarts = data.UnitStarts;
        int[] unitColumn = data.Unit;
        for (int blockStart = start; blockStart < end;)
        {
            int u = unitColumn[blockStart];
            int blockEnd = Math.Min(end, unitStarts[u + 1]);
            Array.Clear(present);
            Array.Clear(rated);
            BitsetCoverage.MarkRange(data, layout, words, blockStart, blockEnd, present, rated, perUnit);
            for (int local = 0; local < perUnit; local++)
            {
                coverageOfGroup[(u * perUnit) + local] = MatterCoverage.FromBits(present.AsSpan(local * words, words), rated.AsSpan(local * words, words), slab);
            }
            blockStart = blockEnd;
        }
    }
}
