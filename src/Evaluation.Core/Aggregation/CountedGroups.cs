using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Evaluation.Core.Aggregation.Strategies;
using Evaluation.Core.Metrics;
using Evaluation.Core.Periods;

namespace Evaluation.Core.Aggregation;

/// <summary>
/// The groups of an aggregation counted in a histogram of every possible group's class counts, each group's tally
/// expanded from its counts when it is asked for (<see cref="TallyExpansion"/>), into the caller's counters. A grouping of
/// hundreds of thousands of groups (by matter and month, say) then holds one histogram while its rows are read, rather
/// than a key, a tally and its counters per group from the start.
/// </summary>
internal sealed class CountedGroups : RatedGroups
{
    private readonly GroupLayout layout;
    private readonly int classes;
    private readonly int[] histogram;
    private readonly GroupCoverage coverageOf;
    private readonly (int Counter, long Amount)[][] targets;
    private readonly int[] groups;

    /// <summary>The groups with ratings of a histogram (group <c>g</c>'s class counts at <c>g * classes</c>).</summary>
    internal CountedGroups(RatingBatch.Columns data, GroupLayout layout, int classes, int[] histogram, GroupCoverage coverageOf)
    {
        this.layout = layout;
        this.classes = classes;
        this.histogram = histogram;
        this.coverageOf = coverageOf;
        targets = TallyExpansion.Targets(data, classes);
        int[] order = layout.GroupsInKeyOrder();
        int count = 0;
        foreach (int g in order)
        {
            if (CellsOf(g).IndexOfAnyExcept(0) >= 0)
            {
                order[count++] = g;
            }
        }
        groups = order[..count];
    }

    /// <inheritdoc/>
    internal override int Count => groups.Length;

    /// <inheritdoc/>
    internal override IEnumerable<ReportingPeriod> Periods => layout.PeriodList;

    /// <inheritdoc/>
    internal override (ImmutableArray<string?> Codes, ReportingPeriod? Period) PartsAt(int index, ref (int Number, ImmutableArray<string?> Codes) last) =>
        layout.PartsOf(groups[index], ref last);

    /// <inheritdoc/>
    internal override (RatingTally Tally, MatterCoverage Coverage) At(int index, TallyRoom room)
    {
        int group = groups[index];
        return TallyExpansion.OnDemand(group, CellsOf(group), targets, room, coverageOf);
    }

    private ReadOnlySpan<int> CellsOf(int group) => histogram.AsSpan(group * classes, classes);
}
