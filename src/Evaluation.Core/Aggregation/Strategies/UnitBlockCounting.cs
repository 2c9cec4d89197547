using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Evaluation.Core.Aggregation.Strategies;

/// <summary>
/// Counting strategies <see cref="CountingStrategy.UnitDayRuns"/> and <see cref="CountingStrategy.UnitRows"/>: a grouping
/// led by the unit alone or by nothing, counted one unit block at a time in four interleaved copies of the block's cells.
/// </summary>
internal static class UnitBlockCounting
{
    /// <summary>
    /// Counts rows <paramref name="start"/> to <paramref name="end"/> of a grouping led by the unit alone (or by nothing)
    /// into a histogram of (unit, period, class) cells, a unit block at a time: by each day's run of rows when
    /// <paramref name="byDayRuns"/> (the batch keeps each unit's rows sorted by day), otherwise row by row.
    /// </summary>
    internal static void Count(RatingBatch.Columns data, GroupLayout layout, int classes, int start, int end, int[] histogram, bool byDayRuns)
    {
        int[] scaledPeriod = layout.ScaledPeriodOfDay(classes);
        if (data.SmallClass is byte[] small)
        {
            CountByUnitBlocks(data, layout, classes, scaledPeriod, small, start, end, histogram, byDayRuns);
        }
        else
        {
            CountByUnitBlocks(data, layout, classes, scaledPeriod, data.WideClass!, start, end, histogram, byDayRuns);
        }
    }

    /// <summary>
    /// Counts one unit block at a time: within a block the unit is fixed, so a rating's cell is its period's offset plus its
    /// class. Four interleaved copies of the block's counts keep consecutive increments independent.
    /// </summary>
    private static void CountByUnitBlocks<TClass>(RatingBatch.Columns data, GroupLayout layout, int classes, int[] scaledPeriod, TClass[] classColumn, int start, int end, int[] histogram, bool byDayRuns)
        where TClass : unmanaged, IBinaryInteger<TClass>
    {
        int width = layout.Periods * classes;
        var local = new int[width * 4];
        int[] unitStarts = data.UnitStarts;
        int[] unitColumn = data.Unit;
        unchecked
        {
            ref int h = ref MemoryMarshal.GetArrayDataReference(local);
            ref TClass cls = ref MemoryMarshal.GetArrayDataReference(classColumn);
            ref ushort day = ref MemoryMarshal.GetArrayDataReference(data.Day);
            ref int period = ref MemoryMarshal.GetArrayDataReference(scaledPeriod);
            nint w1 = width, w2 = width * 2, w3 = width * 3;
            for (int blockStart = start; blockStart < end;)
            {
                int u = unitColumn[blockStart];
                int blockEnd = Math.Min(end, unitStarts[u + 1]);
                Array.Clear(local);
                if (byDayRuns)
                {
                    CountDayRuns(data.DayRunStarts!, u * data.DaySpan, data.DaySpan, blockStart, blockEnd, scaledPeriod, classColumn, local, width);
                }
                else
                {
                    CountRows(blockStart, blockEnd, ref h, ref cls, ref day, ref period, w1, w2, w3);
                }
                int target = layout.Dimensions == 0 ? 0 : u * width;
                for (int c = 0; c < width; c++)
                {
                    histogram[target + c] += local[c] + local[c + width] + local[c + (2 * width)] + local[c + (3 * width)];
                }
                blockStart = blockEnd;
            }
        }
    }

    /// <summary>Counts rows of one unit block whose days are not sorted: each row looks its period up by its day.</summary>
    private static void CountRows<TClass>(int blockStart, int blockEnd, ref int h, ref TClass cls, ref ushort day, ref int period, nint w1, nint w2, nint w3)
        where TClass : unmanaged, IBinaryInteger<TClass>
    {
        unchecked
        {
            nint i = blockStart;
            for (; i + 3 < blockEnd; i += 4)
            {
                Unsafe.Add(ref h, Unsafe.Add(ref period, Unsafe.Add(ref day, i)) + int.CreateTruncating(Unsafe.Add(ref cls, i)))++;
                Unsafe.Add(ref h, w1 + Unsafe.Add(ref period, Unsafe.Add(ref day, i + 1)) + int.CreateTruncating(Unsafe.Add(ref cls, i + 1)))++;
                Unsafe.Add(ref h, w2 + Unsafe.Add(ref period, Unsafe.Add(ref day, i + 2)) + int.CreateTruncating(Unsafe.Add(ref cls, i + 2)))++;
                Unsafe.Add(ref h, w3 + Unsafe.Add(ref period, Unsafe.Add(ref day, i + 3)) + int.CreateTruncating(Unsafe.Add(ref cls, i + 3)))++;
            }
            for (; i < blockEnd; i++)
            {
                Unsafe.Add(ref h, Unsafe.Add(ref period, Unsafe.Add(ref day, i)) + int.CreateTruncating(Unsafe.Add(ref cls, i)))++;
            }
        }
    }

    /// <summary>
    /// Counts rows of one unit block sorted by day: the period is fixed over each day's run, so a row costs one class read
    /// and one increment.
    /// </summary>
    private static void CountDayRuns<TClass>(int[] runs, int firstCell, int span, int blockStart, int blockEnd, int[] scaledPeriod, TClass[] classColumn, int[] local, int width)
        where TClass : unmanaged, IBinaryInteger<TClass>
    {
        unchecked
        {
            ref TClass cls = ref MemoryMarshal.GetArrayDataReference(classColumn);
            nint w1 = width, w2 = width * 2, w3 = width * 3;
            for (int d = 0; d < span; d++)
            {
                int runStart = Math.Max(runs[firstCell + d], blockStart);
                int runEnd = Math.Min(runs[firstCell + d + 1], blockEnd);
                if (runStart >= runEnd)
                {
                    continue;
                }
                ref int h = ref local[scaledPeriod[d]];
                nint i = runStart;
                for (; i + 3 < runEnd; i += 4)
                {
                    Unsafe.Add(ref h, int.CreateTruncating(Unsafe.Add(ref cls, i)))++;
                    Unsafe.Add(ref h, w1 + int.CreateTruncating(Unsafe.Add(ref cls, i + 1)))++;
                    Unsafe.Add(ref h, w2 + int.CreateTruncating(Unsafe.Add(ref cls, i + 2)))++;
                    Unsafe.Add(ref h, w3 + int.CreateTruncating(Unsafe.Add(ref cls, i + 3)))++;
                }
                for (; i < runEnd; i++)
                {
                    Unsafe.Add(ref h, int.CreateTruncating(Unsafe.Add(ref cls, i)))++;
                }
            }
        }
    }
}
