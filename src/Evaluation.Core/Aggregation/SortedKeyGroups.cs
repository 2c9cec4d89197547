using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Evaluation.Core.Aggregation.Strategies;
using Evaluation.Core.Metrics;
using Evaluation.Core.Periods;
using Evaluation.Core.Utility;

namespace Evaluation.Core.Aggregation;

/// <summary>
/// The groups of an aggregation counted by sorting the rows' (group, class) keys
/// (<see cref="CountingStrategy.SortedKeys"/>): each group met keeps its class counts as (class, count) pairs, and its
/// tally and coverage are made when it is asked for, into the caller's counters. A grouping of millions of groups (by
/// matter and day, say) then holds a few integers a group, not a key, a tally and its counters.
/// </summary>
internal sealed class SortedKeyGroups : RatedGroups
{
    private readonly GroupLayout layout;
    private readonly int classes;
    private readonly GroupCoverage coverageOf;
    private readonly (int Counter, long Amount)[][] targets;
    private readonly int[] groupOfMet; // each group met, in the order of its number (the array may be longer)
    private readonly int[] pairStart; // where each group met's pairs start, then where the last one's end
    private readonly int[] pairs; // a class, then its count, for each class of each group met (the array may be longer)
    private readonly int[] metInKeyOrder;

    /// <summary>The groups met in the partitions' sorted keys (<see cref="SortedKeyCounting.Keys"/>), read as one sorted sequence.</summary>
    internal SortedKeyGroups(RatingBatch.Columns data, GroupLayout layout, int classes, ArraySegment<long>[] counted, GroupCoverage coverageOf)
    {
        this.layout = layout;
        this.classes = classes;
        this.coverageOf = coverageOf;
        targets = TallyExpansion.Targets(data, classes);
        int classBits = SortedKeyCounting.ClassBits(classes);
        long classMask = (1L << classBits) - 1;
        var keys = new SortedRuns(counted);
        // At most a group and a pair a key: the arrays are made that long at once rather than grown.
        int most = checked((int)keys.Count);
        groupOfMet = new int[most];
        pairStart = new int[most + 1];
        pairs = new int[2 * most];
        int met = 0, written = 0;
        while (keys.HasNext)
        {
            long key = keys.Next();
            int count = 1;
            while (keys.HasNext && keys.Peek == key)
            {
                keys.Next();
                count++;
            }
            int group = (int)(key >> classBits);
            if (met == 0 || groupOfMet[met - 1] != group)
            {
                groupOfMet[met] = group;
                pairStart[met++] = written;
            }
            pairs[written++] = (int)(key & classMask);
            pairs[written++] = count;
        }
        pairStart[met] = written;
        // Each group has a rank of its own, so sorting by rank alone gives the one order.
        Func<int, long> rankOf = layout.KeyRanks();
        long[] ranks = new long[met];
        metInKeyOrder = new int[met];
        for (int m = 0; m < ranks.Length; m++)
        {
            ranks[m] = rankOf(groupOfMet[m]);
            metInKeyOrder[m] = m;
        }
        RadixSort.SortBy(ranks, metInKeyOrder);
    }

    /// <inheritdoc/>
    internal override int Count => metInKeyOrder.Length;

    /// <inheritdoc/>
    internal override IEnumerable<ReportingPeriod> Periods => layout.PeriodList;

    /// <inheritdoc/>
    internal override (ImmutableArray<string?> Codes, ReportingPeriod? Period) PartsAt(int index, ref (int Number, ImmutableArray<string?> Codes) last) =>
        layout.PartsOf(groupOfMet[metInKeyOrder[index]], ref last);

    /// <inheritdoc/>
    internal override (RatingTally Tally, MatterCoverage Coverage) At(int index, TallyRoom room)
    {
        int met = metInKeyOrder[index];
        Span<int> cells = classes <= 1024 ? stackalloc int[classes] : new int[classes];
        cells.Clear();
        for (int p = pairStart[met]; p < pairStart[met + 1]; p += 2)
        {
            cells[pairs[p]] = pairs[p + 1];
        }
        return TallyExpansion.OnDemand(groupOfMet[met], cells, targets, room, coverageOf);
    }

    /// <summary>The groups made whole, in key order: each with its key, and a tally of counters of its own.</summary>
    internal AggregationResult ToResult(Grouping grouping)
    {
        var rows = new GroupRow[Count];
        (int Number, ImmutableArray<string?> Codes) lastCodes = default;
        for (int i = 0; i < rows.Length; i++)
        {
            (RatingTally tally, MatterCoverage coverage) = At(i, new TallyRoom());
            rows[i] = new GroupRow(layout.KeyOf(groupOfMet[metInKeyOrder[i]], ref lastCodes), tally, coverage);
        }
        return new AggregationResult(grouping, ImmutableCollectionsMarshal.AsImmutableArray(rows));
    }
}
