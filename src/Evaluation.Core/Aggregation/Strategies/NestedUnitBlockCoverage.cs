using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using Evaluation.Core.Metrics;
using Evaluation.Core.Utility;

namespace Evaluation.Core.Aggregation.Strategies;

/// <summary>
/// Coverage strategy <see cref="CoverageStrategy.NestedUnitBlocks"/>: a grouping by one dimension whose every code lies
/// within one unit (a department or a window of one unit, 部门、窗口), so that a unit's block of rows holds every rating of
/// each of its groups. The matters are marked in bitsets of only the groups met in the block, which stay in the nearest
/// caches, and each group's coverage is read off when the block ends; when each unit's rows are sorted by day, a
/// period at a time, when the unit's period ends.
/// </summary>
internal static class NestedUnitBlockCoverage
{
    /// <summary>Marks the matters of rows <paramref name="start"/> to <paramref name="end"/>, cut at unit boundaries, a unit's block (or period) at a time.</summary>
    internal static void Mark(RatingBatch.Columns data, GroupLayout layout, int words, int start, int end, MatterCoverage?[] coverageOfGroup)
    {
        byte[] marks = MatterMarks.OfClasses(data.ClassProfiles, data.Policy.CoverageCountsDefaultRatings);
        var slots = new GroupSlots(layout.Groups, words);
        if (data.SmallClass is byte[] small)
        {
            MarkBlocks(data, layout, start, end, coverageOfGroup, marks, small, slots);
        }
        else
        {
            MarkBlocks(data, layout, start, end, coverageOfGroup, marks, data.WideClass!, slots);
        }
    }

    /// <summary>Marks each unit block of the rows, then reads off the block's groups.</summary>
    private static void MarkBlocks<TClass>(
        RatingBatch.Columns data, GroupLayout layout, int start, int end, MatterCoverage?[] coverageOfGroup, byte[] marks, TClass[] classColumn, GroupSlots slots)
        where TClass : unmanaged, IBinaryInteger<TClass>
    {
        int[] unitStarts = data.UnitStarts;
        for (int blockStart = start; blockStart < end;)
        {
            int u = data.Unit[blockStart];
            int blockEnd = Math.Min(end, unitStarts[u + 1]);
            if (data.DayRunStarts is null)
            {
                MarkRows(data, layout, blockStart, blockEnd, marks, classColumn, slots);
            }
            else
            {
                MarkByPeriods(data, layout, u, blockStart, blockEnd, coverageOfGroup, marks, classColumn, slots);
            }
            // The block's groups are whole: no other unit's rows hold their codes.
            slots.Flush(coverageOfGroup);
            blockStart = blockEnd;
        }
    }

    /// <summary>Marks a unit block's rows in any order, each in its group found from its columns.</summary>
    private static void MarkRows<TClass>(
        RatingBatch.Columns data, GroupLayout layout, int blockStart, int blockEnd, byte[] marks, TClass[] classColumn, GroupSlots slots)
        where TClass : unmanaged, IBinaryInteger<TClass>
    {
        int[] matter = data.Matter;
        for (int i = blockStart; i < blockEnd; i++)
        {
            int m = matter[i];
            int mark = marks[int.CreateTruncating(classColumn[i])];
            if (m != 0 && mark != 0)
            {
                slots.Mark(layout.GroupOf(i), m, mark == 2);
            }
        }
    }

    /// <summary>
    /// Marks a unit block's rows sorted by day a day's run at a time, the period fixed over each run, and reads off the
    /// groups of each period as the next begins, so that the slots hold one period's groups at a time (the slots are
    /// keyed by group: this keeps them in the cache, the coverage being the same either way).
    /// </summary>
    private static void MarkByPeriods<TClass>(
        RatingBatch.Columns data, GroupLayout layout, int u, int blockStart, int blockEnd, MatterCoverage?[] coverageOfGroup, byte[] marks, TClass[] classColumn, GroupSlots slots)
        where TClass : unmanaged, IBinaryInteger<TClass>
    {
        int periods = layout.Periods;
        int[] periodOfDay = layout.PeriodOfDay;
        int[] matter = data.Matter;
        int[] key = (int[])layout.Keys[0];
        int period = -1;
        for (int d = 0; d < data.DaySpan; d++)
        {
            (int runStart, int runEnd) = data.DayRun(u, d, blockStart, blockEnd);
            if (runStart >= runEnd)
            {
                continue;
            }
            if (periodOfDay[d] != period)
            {
                slots.Flush(coverageOfGroup);
                period = periodOfDay[d];
            }
            for (int i = runStart; i < runEnd; i++)
            {
                int m = matter[i];
                int mark = marks[int.CreateTruncating(classColumn[i])];
                if (m != 0 && mark != 0)
                {
                    slots.Mark((key[i] * periods) + period, m, mark == 2);
                }
            }
        }
    }

    /// <summary>
    /// The bitsets of the groups met since the last flush, a slot each in the order met, with a bit per word of each that
    /// its marks touched, so that reading them off and clearing them costs the words marked rather than every word.
    /// </summary>
    private sealed class GroupSlots
    {
        private readonly int words;
        private readonly int touchedWords;
        private readonly int[] slotOfGroup;
        private readonly Slab<ulong> slab = new(MatterCoverage.SlabBlockWords);
        private readonly Slab<int> listSlab = MatterCoverage.NewListSlab();
        private int[] groupOfSlot = new int[16];
        private ulong[] present;
        private ulong[] rated;
        private ulong[] touched;
        private int used;

        internal GroupSlots(int groups, int words)
        {
            this.words = words;
            touchedWords = (words + 63) >> 6;
            slotOfGroup = new int[groups];
            slotOfGroup.AsSpan().Fill(-1);
            present = new ulong[groupOfSlot.Length * words];
            rated = new ulong[groupOfSlot.Length * words];
            touched = new ulong[groupOfSlot.Length * touchedWords];
        }

        /// <summary>Marks matter <paramref name="m"/> present, and rated when <paramref name="isRated"/>, in a group.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal void Mark(int group, int m, bool isRated)
        {
            int slot = slotOfGroup[group];
            if (slot < 0)
            {
                slot = Open(group);
            }
            int word = (slot * words) + (m >> 6);
            ulong bit = 1UL << m;
            present[word] |= bit;
            rated[word] |= isRated ? bit : 0;
            touched[(slot * touchedWords) + (m >> 12)] |= 1UL << (m >> 6);
        }

        /// <summary>Gives each group met its coverage, and empties the slots.</summary>
        internal void Flush(MatterCoverage?[] coverageOfGroup)
        {
            for (int s = 0; s < used; s++)
            {
                Span<ulong> ownPresent = present.AsSpan(s * words, words);
                Span<ulong> ownRated = rated.AsSpan(s * words, words);
                Span<ulong> ownTouched = touched.AsSpan(s * touchedWords, touchedWords);
                int group = groupOfSlot[s];
                coverageOfGroup[group] = MatterCoverage.FromBits(ownPresent, ownRated, ownTouched, slab, listSlab);
                foreach (int w in new SetBits(ownTouched))
                {
                    ownPresent[w] = 0;
                    ownRated[w] = 0;
                }
                ownTouched.Clear();
                slotOfGroup[group] = -1;
            }
            used = 0;
        }

        /// <summary>Gives a group the next slot, making room for more slots when they are all taken.</summary>
        private int Open(int group)
        {
            if (used == groupOfSlot.Length)
            {
                Array.Resize(ref groupOfSlot, used * 2);
                Array.Resize(ref present, groupOfSlot.Length * words);
                Array.Resize(ref rated, groupOfSlot.Length * words);
                Array.Resize(ref touched, groupOfSlot.Length * touchedWords);
            }
            groupOfSlot[used] = group;
            slotOfGroup[group] = used;
            return used++;
        }
    }
}
