using System;
using System.Numerics;

namespace Evaluation.Core.Aggregation.Strategies;

/// <summary>
/// Coverage strategy <see cref="CoverageStrategy.Bitsets"/>: one bitset of matters per possible group, marked row by row
/// in each partition and united across partitions.
/// </summary>
internal static class BitsetCoverage
{
    /// <summary>Marks matters of rows <paramref name="start"/> to <paramref name="end"/>; with <paramref name="groupModulus"/>, groups are taken within one unit.</summary>
    internal static void MarkRange(RatingBatch.Columns data, GroupLayout layout, int words, int start, int end, ulong[] present, ulong[] rated, int groupModulus = 0)
    {
        byte[] marks = MatterMarks.OfClasses(data.ClassProfiles, data.Policy.CoverageCountsDefaultRatings);
        if (data.SmallClass is byte[] small)
        {
            MarkRange(data, layout, words, start, end, present, rated, groupModulus, marks, small);
        }
        else
        {
            MarkRange(data, layout, words, start, end, present, rated, groupModulus, marks, data.WideClass!);
        }
    }

    internal static void MarkRange<TClass>(
        RatingBatch.Columns data, GroupLayout layout, int words, int start, int end, ulong[] present, ulong[] rated, int groupModulus, byte[] marks, TClass[] classColumn)
        where TClass : unmanaged, IBinaryInteger<TClass>
    {
        unchecked
        {
            int[] matter = data.Matter;
            ushort[] day = data.Day;
            int[] periodOfDay = layout.PeriodOfDay;
            bool unitOnly = groupModulus > 0 && layout.Dimensions == 1;
            for (int i = start; i < end; i++)
            {
                int m = matter[i];
                int mark = marks[int.CreateTruncating(classColumn[i])];
                if (m == 0 || mark == 0)
                {
                    continue;
                }
                int g = unitOnly ? periodOfDay[day[i]] : groupModulus > 0 ? layout.GroupOf(i) % groupModulus : layout.GroupOf(i);
                int cell = (g * words) + (m >> 6);
                ulong bit = 1UL << (m & 63);
                present[cell] |= bit;
                if (mark == 2)
                {
                    rated[cell] |= bit;
                }
            }
        }
    }

    internal static void Or(Span<ulong> into, ReadOnlySpan<ulong> from)
    {
        for (int i = 0; i < from.Length; i++)
        {
            into[i] |= from[i];
        }
    }
}
