using System;
using System.Numerics;
using Evaluation.Core.Metrics;
using Evaluation.Core.Utility;

namespace Evaluation.Core.Aggregation.Strategies;

/// <summary>
/// Coverage strategy <see cref="CoverageStrategy.UnitDayRuns"/>: a grouping by the unit alone whose rows are sorted by
/// day within each unit, its matters marked straight into each group's bitsets a day's run at a time.
/// </summary>
internal static class UnitDayRunCoverage
{
    /// <summary>Marks the matters of rows <paramref name="start"/> to <paramref name="end"/> of a grouping by the unit alone, by each day's run.</summary>
    internal static void Mark(RatingBatch.Columns data, GroupLayout layout, int words, int start, int end, MatterCoverage?[] coverageOfGroup)
    {
        byte[] marks = MatterMarks.OfClasses(data.ClassProfiles, data.Policy.CoverageCountsDefaultRatings);
        if (data.SmallClass is byte[] small)
        {
            MarkMattersByDayRuns(data, layout, words, start, end, coverageOfGroup, marks, small);
        }
        else
        {
            MarkMattersByDayRuns(data, layout, words, start, end, coverageOfGroup, marks, data.WideClass!);
        }
    }

    /// <summary>
    /// Marks matters straight into each group's own bitsets when the unit alone leads the grouping and each unit's rows are
    /// sorted by day: a day's run lies in one group, so a row costs a matter read, a class read and a bit set, and nothing
    /// is cleared, scanned or copied afterwards.
    /// </summary>
    private static void MarkMattersByDayRuns<TClass>(
        RatingBatch.Columns data, GroupLayout layout, int words, int start, int end, MatterCoverage?[] coverageOfGroup, byte[] marks, TClass[] classColumn)
        where TClass : unmanaged, IBinaryInteger<TClass>
    {
        int periods = layout.Periods;
        int span = data.DaySpan;
        int[] periodOfDay = layout.PeriodOfDay;
        int[] unitStarts = data.UnitStarts;
        int[] matter = data.Matter;
        // One pair of bitsets per period, made when a period is first met and cleared after each unit for the next.
        var present = new ulong[]?[periods];
        var rated = new ulong[]?[periods];
        bool[] touched = new bool[periods];
        var slab = new Slab<ulong>(MatterCoverage.SlabBlockWords);
        unchecked
        {
            for (int blockStart = start; blockStart < end;)
            {
                int u = data.Unit[blockStart];
                int blockEnd = Math.Min(end, unitStarts[u + 1]);
                for (int d = 0; d < span; d++)
                {
                    (int runStart, int runEnd) = data.DayRun(u, d, blockStart, blockEnd);
                    if (runStart >= runEnd)
                    {
                        continue;
                    }
                    int period = periodOfDay[d];
                    touched[period] = true;
                    ulong[] p = present[period] ??= new ulong[words];
                    ulong[] r = rated[period] ??= new ulong[words];
                    for (int i = runStart; i < runEnd; i++)
                    {
                        int m = matter[i];
                        int mark = marks[int.CreateTruncating(classColumn[i])];
                        if (m == 0 || mark == 0)
                        {
                            continue;
                        }
                        ulong bit = 1UL << (m & 63);
                        p[m >> 6] |= bit;
                        if (mark == 2)
                        {
                            r[m >> 6] |= bit;
                        }
                    }
                }
                for (int period = 0; period < periods; period++)
                {
                    if (touched[period])
                    {
                        coverageOfGroup[(u * periods) + period] = MatterCoverage.FromBits(present[period], rated[period], slab);
                        Array.Clear(present[period]!);
                        Array.Clear(rated[period]!);
                        touched[period] = false;
                    }
                }
                blockStart = blockEnd;
            }
        }
    }
}
