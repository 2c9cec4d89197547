using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Periods;
using Evaluation.Core.Utility;

namespace Evaluation.Reporting.Cases;

/// <summary>The case counts of a report in the order of their keys.</summary>
internal sealed partial class CaseCounter
{
    /// <summary>
    /// The counts of each group of the completed cases in the report's range, in the order of
    /// <see cref="GroupKey.Ordering"/>: sorted on each code's rank among its column's codes (ordinal, none first) and
    /// each period's among the periods, which orders the groups as their keys do, without comparing a key's texts.
    /// </summary>
    internal GroupsInKeyOrder ByGroupInKeyOrder(PreparedReport context, Grouping grouping)
    {
        Collected collected = Counted(context, grouping);
        int[] ranks0 = CodeRanks(grouping, 0), ranks1 = CodeRanks(grouping, 1);
        int[] periodRanks = Ranks(collected.Periods.Count, (a, b) => Nullable.Compare(collected.Periods[a], collected.Periods[b]));
        long[] order = new long[collected.Keys.Count];
        int[] groups = new int[order.Length];
        for (int g = 0; g < order.Length; g++)
        {
            (int code0, int code1, int period) = collected.Keys[g];
            order[g] = ((((long)ranks0[code0 + 1] * ranks1.Length) + ranks1[code1 + 1]) * periodRanks.Length) + periodRanks[period];
            groups[g] = g;
        }
        RadixSort.SortBy(order, groups);
        return new GroupsInKeyOrder(this, grouping, collected, groups);
    }

    /// <summary>
    /// The groups of the completed cases in key order, each compared with a key, named and counted only when asked: a
    /// report of a million groups then keeps no key or counts object per group while it is made.
    /// </summary>
    internal sealed class GroupsInKeyOrder
    {
        private readonly CaseCounter counter;
        private readonly Grouping grouping;
        private readonly Collected collected;
        private readonly int[] groups;

        internal GroupsInKeyOrder(CaseCounter counter, Grouping grouping, Collected collected, int[] groups)
        {
            this.counter = counter;
            this.grouping = grouping;
            this.collected = collected;
            this.groups = groups;
        }

        /// <summary>The number of groups.</summary>
        internal int Count => groups.Length;

        /// <summary>
        /// The codes and period of the group at <paramref name="index"/> in key order, the parts of its key, without
        /// making the key; the codes are those asked for before (<paramref name="last"/>, the default before the first)
        /// when the group shares them.
        /// </summary>
        internal (ImmutableArray<string?> Codes, ReportingPeriod? Period) PartsAt(int index, ref (long Codes, ImmutableArray<string?> Texts) last)
        {
            (int code0, int code1, int period) = collected.Keys[groups[index]];
            long codes = ((long)(code0 + 1) << 32) | (uint)(code1 + 1);
            if (last.Texts.IsDefault || last.Codes != codes)
            {
                last = (codes, counter.CodesOf(grouping, code0, code1));
            }
            return (last.Texts, collected.Periods[period]);
        }

        /// <summary>The period of the group at <paramref name="index"/> in key order, without making its key.</summary>
        internal ReportingPeriod? PeriodAt(int index) => collected.Periods[collected.Keys[groups[index]].Period];

        /// <summary>Every period a group may have.</summary>
        internal IEnumerable<ReportingPeriod> Periods => collected.Periods.OfType<ReportingPeriod>();

        /// <summary>The counts of the group at <paramref name="index"/> in key order.</summary>
        internal CaseCounts CountsAt(int index) => collected.Sums[groups[index]].Counts;

        /// <summary>The figures of the counts at a place (<see cref="CountsAt"/>) that a report row prints, made without an object.</summary>
        internal CaseFigures FiguresAt(int index) => collected.Sums[groups[index]].Figures;

        /// <summary>
        /// How a key of the same grouping, given by its codes and period, orders against the group at
        /// <paramref name="index"/>, as <see cref="GroupKey.Ordering"/> would order it against that group's key: codes
        /// ordinal, none first, then period.
        /// </summary>
        internal int Compare(ImmutableArray<string?> codes, ReportingPeriod? period, int index)
        {
            (int code0, int code1, int periodIndex) = collected.Keys[groups[index]];
            for (int d = 0; d < codes.Length; d++)
            {
                int c = string.CompareOrdinal(codes[d], counter.CodeText(grouping.Dimensions[d], d == 0 ? code0 : code1));
                if (c != 0)
                {
                    return c;
                }
            }
            return Nullable.Compare(period, collected.Periods[periodIndex]);
        }
    }

    /// <summary>
    /// For each code of a grouping position shifted by one (so that -1, no such position, is 0), its rank in the ordinal
    /// order of the codes' texts, none (null) first.
    /// </summary>
    private int[] CodeRanks(Grouping grouping, int position)
    {
        int count = Cardinality(grouping, position);
        string?[] texts = [.. Enumerable.Range(-1, count).Select(code => position < grouping.Dimensions.Length ? CodeText(grouping.Dimensions[position], code) : null)];
        return Ranks(count, (a, b) => string.CompareOrdinal(texts[a], texts[b]));
    }

    /// <summary>Each of <paramref name="count"/> items' rank in the order <paramref name="compare"/> gives, equal items sharing one.</summary>
    private static int[] Ranks(int count, Comparison<int> compare)
    {
        int[] sorted = [.. Enumerable.Range(0, count)];
        Array.Sort(sorted, compare);
        int[] ranks = new int[count];
        for (int i = 1; i < count; i++)
        {
            ranks[sorted[i]] = ranks[sorted[i - 1]] + (compare(sorted[i - 1], sorted[i]) == 0 ? 0 : 1);
        }
        return ranks;
    }
}
