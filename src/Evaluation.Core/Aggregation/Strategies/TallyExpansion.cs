using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Evaluation.Core.Metrics;
using Evaluation.Core.Utility;

namespace Evaluation.Core.Aggregation.Strategies;

/// <summary>A group's count of rows in each class, read off a histogram or counted into <paramref name="scratch"/> (which the caller reuses).</summary>
/// <param name="group">The group's number in its layout.</param>
/// <param name="scratch">An array of one count per class the counts may be made in.</param>
/// <returns>The counts, one per class.</returns>
internal delegate ReadOnlySpan<int> ClassCounts(int group, int[] scratch);

/// <summary>Turns a histogram's class counts into each group's tally counters, in key order.</summary>
internal static class TallyExpansion
{
    /// <summary>Expands a histogram of every possible group and class (group <c>g</c>'s classes at <c>g * classes</c>).</summary>
    internal static AggregationResult Expand(RatingBatch.Columns data, GroupLayout layout, int classes, int[] histogram, GroupCoverage coverageOf, Grouping grouping) =>
        Expand(data, layout, classes, (g, _) => histogram.AsSpan(g * classes, classes), coverageOf, grouping);

    /// <summary>Expands each possible group's class counts, as <paramref name="classCountsOf"/> gives them.</summary>
    internal static AggregationResult Expand(RatingBatch.Columns data, GroupLayout layout, int classes, ClassCounts classCountsOf, GroupCoverage coverageOf, Grouping grouping)
    {
        (int Counter, long Amount)[][] targets = Targets(data, classes);
        // Groups expand independently: split the key order into chunks, one per processor, and keep the order.
        int[] order = layout.GroupsInKeyOrder();
        var slots = new GroupRow?[order.Length];
        int chunks = Math.Clamp(order.Length / 1024, 1, Environment.ProcessorCount);
        Parallel.For(0, chunks, chunk =>
        {
            int[] scratch = new int[classes];
            Slab<long> slab = NewSlab();
            (int Number, ImmutableArray<string?> Codes) lastCodes = default;
            for (int t = (int)((long)order.Length * chunk / chunks); t < (int)((long)order.Length * (chunk + 1) / chunks); t++)
            {
                int g = order[t];
                ReadOnlySpan<int> cells = classCountsOf(g, scratch);
                if (TallyOf(cells, targets, slab) is RatingTally tally)
                {
                    slots[t] = new GroupRow(layout.KeyOf(g, ref lastCodes), tally, coverageOf(g, cells));
                }
            }
        });
        var rows = ImmutableArray.CreateBuilder<GroupRow>();
        foreach (GroupRow? row in slots)
        {
            if (row is not null)
            {
                rows.Add(row);
            }
        }
        return new AggregationResult(grouping, rows.ToImmutable());
    }

    /// <summary>Each class's non-zero contributions to the counters: a class adds to a handful, so expanding costs groups x classes x few.</summary>
    internal static (int Counter, long Amount)[][] Targets(RatingBatch.Columns data, int classes)
    {
        var targets = new (int Counter, long Amount)[classes][];
        for (int c = 0; c < classes; c++)
        {
            long[] contribution = data.ClassContributions[c];
            targets[c] = [.. Enumerable.Range(0, contribution.Length).Where(k => contribution[k] != 0).Select(k => (k, contribution[k]))];
        }
        return targets;
    }

    /// <summary>A slab for the counters of the tallies one thread makes: blocks from 64 tallies up to 4,096 (640 KiB).</summary>
    internal static Slab<long> NewSlab() => new(RatingTally.CounterCount << 12, RatingTally.CounterCount << 6);

    /// <summary>The tally of one group from its class counts, its counters placed in <paramref name="slab"/>, or null when the group has no ratings.</summary>
    internal static RatingTally? TallyOf(ReadOnlySpan<int> cells, (int Counter, long Amount)[][] targets, Slab<long> slab)
    {
        if (cells.IndexOfAnyExcept(0) < 0)
        {
            return null;
        }
        (long[] block, int start) = slab.Take(RatingTally.CounterCount);
        Sum(cells, targets, block.AsSpan(start, RatingTally.CounterCount));
        return RatingTally.InBlock(block, start);
    }

    /// <summary>
    /// A group's tally and coverage from its class counts, the tally's counters made in the room's (cleared first), which
    /// the caller reads before it gives the room again: a group read on demand (<see cref="RatedGroups.At"/>).
    /// </summary>
    internal static (RatingTally Tally, MatterCoverage Coverage) OnDemand(
        int group, ReadOnlySpan<int> cells, (int Counter, long Amount)[][] targets, TallyRoom room, GroupCoverage coverageOf)
    {
        Array.Clear(room.Counters);
        Sum(cells, targets, room.Counters);
        return (room.Tally, coverageOf(group, cells));
    }

    /// <summary>Adds a group's class counts, each times its class's contributions, to the counters.</summary>
    internal static void Sum(ReadOnlySpan<int> cells, (int Counter, long Amount)[][] targets, Span<long> counts)
    {
        for (int c = 0; c < cells.Length; c++)
        {
            long n = cells[c];
            if (n == 0)
            {
                continue;
            }
            foreach ((int counter, long amount) in targets[c])
            {
                counts[counter] = checked(counts[counter] + (n * amount));
            }
        }
    }
}
