using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using Evaluation.Core.Metrics;
using Evaluation.Core.Utility;

namespace Evaluation.Core.Aggregation;

/// <summary>
/// Aggregates a <see cref="RatingBatch"/> into tallies per group: each partition counts ratings per (group, class)
/// in its own flat array, partitions merge by addition, and the counts of each class are expanded into the tally
/// counters at the end. The result does not depend on the partitioning or the degree of parallelism.
/// </summary>
/// <remarks>
/// <para>Memory beyond the batch is proportional to the number of possible groups (the product of the dimensions'
/// distinct values and the periods) times the batch's distinct classes, while that is at most 2^27 counters, plus,
/// for coverage, one bit per matter per possible group while that is at most 2^27 words. Beyond either (by matter and
/// day, say), the groups met and their matters are found by sorting the rows' keys, in memory proportional to the
/// batch. A grouping of more than 2^31 - 1 possible groups is refused with <see cref="GroupingTooLargeException"/>.</para>
/// <para>The loops allocate nothing per rating. Groupings led by the unit (or by nothing) mark matters one unit at a
/// time in a small bitset that stays in cache, since a batch keeps each unit's ratings together.</para>
/// </remarks>
public static class RatingAggregator
{
    /// <summary>Aggregates a batch.</summary>
    /// <param name="batch">The ratings.</param>
    /// <param name="grouping">How to group them.</param>
    /// <param name="options">How to run; <see cref="AggregationOptions.Default"/> when null.</param>
    /// <returns>The groups with at least one rating, ordered by key.</returns>
    public static AggregationResult Aggregate(RatingBatch batch, Grouping grouping, AggregationOptions? options = null)
    {
        Preconditions.CheckNotNull(batch, nameof(batch));
        Preconditions.CheckNotNull(grouping, nameof(grouping));
        options ??= AggregationOptions.Default;
        RatingBatch.Columns data = batch.Data;
        var layout = new GroupLayout(data, grouping);
        int classes = data.ClassProfiles.Length;
        // Counts go to a histogram of every possible group and class while it fits; otherwise the groups met are found by
        // sorting the rows' (group, class) keys. Groups are numbered as int, which bounds the possible groups.
        if (layout.PossibleGroups > int.MaxValue)
        {
            throw new GroupingTooLargeException($"Grouping by {string.Join(" x ", grouping.Dimensions)} with {grouping.Period?.ToString() ?? "no"} period gives {layout.PossibleGroups} possible groups, more than {int.MaxValue}. Group by fewer or smaller dimensions, or by a longer period.");
        }
        bool sparseCounts = layout.PossibleGroups * Math.Max(classes, 1) > options.CounterLimit;
        int words = (data.Matters.Count + 63) >> 6;
        bool coverage = options.IncludeCoverage;

        int parts = options.DegreeOfParallelism > 0 ? options.DegreeOfParallelism : Environment.ProcessorCount;
        parts = Math.Max(1, Math.Min(parts, (batch.Length / 65536) + 1));
        int[] bounds = Bounds(batch, parts);
        parts = bounds.Length - 1;
        var histograms = new int[parts][];
        // Matters are marked in bitsets of every possible group (or of one unit's groups at a time) while those fit in
        // memory proportional to the batch; otherwise each group's matters are found by sorting the marked rows.
        bool byUnitBlocks = coverage && layout.LedByUnit && layout.Dimensions > 0
            && (long)layout.GroupsPerUnit * words <= options.CoverageBitsetLimit && layout.Groups <= options.CoverageBitsetLimit;
        bool sparse = coverage && !byUnitBlocks && (long)layout.Groups * words > options.CoverageBitsetLimit;
        var coverageOfGroup = byUnitBlocks ? new MatterCoverage?[layout.Groups] : null;
        var present = new ulong[parts][];
        var rated = new ulong[parts][];
        var marked = new long[parts][];
        var counted = new long[parts][];
        // Partitions are cut at unit boundaries, so when the unit alone leads the grouping they write disjoint cells of one histogram.
        int[]? shared = !sparseCounts && layout.LedByUnit && layout.Dimensions == 1 ? new int[layout.Groups * classes] : null;
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, p =>
        {
            if (sparseCounts)
            {
                counted[p] = CountSparse(data, layout, classes, bounds[p], bounds[p + 1]);
            }
            else
            {
                histograms[p] = shared ?? new int[layout.Groups * classes];
                CountClasses(data, layout, classes, bounds[p], bounds[p + 1], histograms[p]);
            }
            if (byUnitBlocks)
            {
                MarkMattersByUnit(data, layout, words, bounds[p], bounds[p + 1], coverageOfGroup!);
            }
            else if (sparse)
            {
                marked[p] = MarkSparse(data, layout, bounds[p], bounds[p + 1]);
            }
            else if (coverage)
            {
                present[p] = new ulong[layout.Groups * words];
                rated[p] = new ulong[layout.Groups * words];
                MarkRange(data, layout, words, bounds[p], bounds[p + 1], present[p], rated[p]);
            }
        });
        for (int p = 1; p < parts; p++)
        {
            if (shared is null && !sparseCounts)
            {
                Add(histograms[0], histograms[p]);
            }
            if (coverage && !byUnitBlocks && !sparse)
            {
                Or(present[0], present[p]);
                Or(rated[0], rated[p]);
            }
        }
        Dictionary<int, MatterCoverage>? sparseCoverage = sparse ? CoverageOfMarks(marked) : null;
        Func<int, MatterCoverage> coverageOf = !coverage ? _ => MatterCoverage.Empty
            : byUnitBlocks ? g => coverageOfGroup![g] ?? MatterCoverage.Empty
            : sparse ? g => sparseCoverage!.GetValueOrDefault(g) ?? MatterCoverage.Empty
            : g => MatterCoverage.FromBits(present[0].AsSpan(g * words, words), rated[0].AsSpan(g * words, words)) ?? MatterCoverage.Empty;
        return sparseCounts
            ? ExpandSparse(data, layout, classes, counted, coverageOf, grouping)
            : Expand(data, layout, classes, histograms[0], coverageOf, grouping);
    }

    /// <summary>Splits the batch's rows into contiguous partitions, cut at unit boundaries where the batch is long enough.</summary>
    private static int[] Bounds(RatingBatch batch, int parts)
    {
        var bounds = new List<int> { batch.Offset };
        int[] unitStarts = batch.Data.UnitStarts;
        int end = batch.Offset + batch.Length;
        for (int p = 1; p < parts; p++)
        {
            int target = batch.Offset + (int)((long)batch.Length * p / parts);
            int u = Array.BinarySearch(unitStarts, target);
            int cut = u >= 0 ? target : unitStarts[Math.Min(~u, unitStarts.Length - 1)];
            cut = Math.Clamp(cut, bounds[^1], end);
            if (cut > bounds[^1] && cut < end)
            {
                bounds.Add(cut);
            }
        }
        bounds.Add(end);
        return [.. bounds];
    }

    private static void CountClasses(RatingBatch.Columns data, GroupLayout layout, int classes, int start, int end, int[] histogram)
    {
        int[] scaledPeriod = layout.ScaledPeriodOfDay(classes);
        if (layout.LedByUnit && layout.Dimensions <= 1)
        {
            if (data.SmallClass is byte[] small)
            {
                CountByUnitBlocks(data, layout, classes, scaledPeriod, small, start, end, histogram);
            }
            else
            {
                CountByUnitBlocks(data, layout, classes, scaledPeriod, data.WideClass!, start, end, histogram);
            }
            return;
        }
        unchecked
        {
            for (int i = start; i < end; i++)
            {
                histogram[(layout.GroupOf(i) * classes) + data.ClassAt(i)]++;
            }
        }
    }

    /// <summary>
    /// Counts one unit block at a time: within a block the unit is fixed, so a rating's cell is its period's offset plus its
    /// class. Four interleaved copies of the block's counts keep consecutive increments independent.
    /// </summary>
    private static void CountByUnitBlocks<TClass>(RatingBatch.Columns data, GroupLayout layout, int classes, int[] scaledPeriod, TClass[] classColumn, int start, int end, int[] histogram)
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
                if (data.DayRunStarts is int[] runs)
                {
                    CountDayRuns(runs, u * data.DaySpan, data.DaySpan, blockStart, blockEnd, scaledPeriod, classColumn, local, width);
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

    /// <summary>
    /// Marks matters one unit block at a time in a bitset that covers only that unit's groups and stays in cache; each
    /// unit's rows lie in one block of one partition, so its groups' coverage is final when the block ends.
    /// </summary>
    private static void MarkMattersByUnit(RatingBatch.Columns data, GroupLayout layout, int words, int start, int end, MatterCoverage?[] coverageOfGroup)
    {
        if (data.DayRunStarts is int[] runs && layout.Dimensions == 1)
        {
            byte[] marks = MarkOfClass(data.ClassProfiles, data.Policy.CoverageCountsDefaultRatings);
            if (data.SmallClass is byte[] small)
            {
                MarkMattersByDayRuns(data, layout, words, start, end, coverageOfGroup, runs, marks, small);
            }
            else
            {
                MarkMattersByDayRuns(data, layout, words, start, end, coverageOfGroup, runs, marks, data.WideClass!);
            }
            return;
        }
        int perUnit = layout.GroupsPerUnit;
        var slab = new BitsetSlab();
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
            MarkRange(data, layout, words, blockStart, blockEnd, present, rated, perUnit);
            for (int local = 0; local < perUnit; local++)
            {
                coverageOfGroup[(u * perUnit) + local] = MatterCoverage.FromBits(present.AsSpan(local * words, words), rated.AsSpan(local * words, words), slab);
            }
            blockStart = blockEnd;
        }
    }

    /// <summary>
    /// Marks matters straight into each group's own bitsets when the unit alone leads the grouping and each unit's rows are
    /// sorted by day: a day's run lies in one group, so a row costs a matter read, a class read and a bit set, and nothing
    /// is cleared, scanned or copied afterwards.
    /// </summary>
    private static void MarkMattersByDayRuns<TClass>(
        RatingBatch.Columns data, GroupLayout layout, int words, int start, int end, MatterCoverage?[] coverageOfGroup, int[] runs, byte[] marks, TClass[] classColumn)
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
        var slab = new BitsetSlab();
        unchecked
        {
            for (int blockStart = start; blockStart < end;)
            {
                int u = data.Unit[blockStart];
                int blockEnd = Math.Min(end, unitStarts[u + 1]);
                for (int d = 0; d < span; d++)
                {
                    int runStart = Math.Max(runs[(u * span) + d], blockStart);
                    int runEnd = Math.Min(runs[(u * span) + d + 1], blockEnd);
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

    /// <summary>Marks matters of rows <paramref name="start"/> to <paramref name="end"/>; with <paramref name="groupModulus"/>, groups are taken within one unit.</summary>
    private static void MarkRange(RatingBatch.Columns data, GroupLayout layout, int words, int start, int end, ulong[] present, ulong[] rated, int groupModulus = 0)
    {
        byte[] marks = MarkOfClass(data.ClassProfiles, data.Policy.CoverageCountsDefaultRatings);
        if (data.SmallClass is byte[] small)
        {
            MarkRange(data, layout, words, start, end, present, rated, groupModulus, marks, small);
        }
        else
        {
            MarkRange(data, layout, words, start, end, present, rated, groupModulus, marks, data.WideClass!);
        }
    }

    private static void MarkRange<TClass>(
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

    /// <summary>
    /// The marked rows of a range as keys that sort by group, then matter: the group in the high 32 bits, the matter
    /// shifted left by one, and 1 in the lowest bit when the row marks the matter as rated.
    /// </summary>
    private static long[] MarkSparse(RatingBatch.Columns data, GroupLayout layout, int start, int end)
    {
        byte[] marks = MarkOfClass(data.ClassProfiles, data.Policy.CoverageCountsDefaultRatings);
        var keys = new List<long>();
        for (int i = start; i < end; i++)
        {
            int m = data.Matter[i];
            int mark = marks[data.ClassAt(i)];
            if (m != 0 && mark != 0)
            {
                keys.Add(((long)layout.GroupOf(i) << 32) | ((long)m << 1) | (mark == 2 ? 1L : 0L));
            }
        }
        return [.. keys];
    }

    /// <summary>Each marked group's distinct matters, read off the sorted keys of <see cref="MarkSparse"/>.</summary>
    private static Dictionary<int, MatterCoverage> CoverageOfMarks(long[][] marked)
    {
        long[] keys = [.. marked.SelectMany(k => k)];
        Array.Sort(keys);
        var coverage = new Dictionary<int, MatterCoverage>();
        var present = new List<int>();
        var rated = new List<int>();
        for (int i = 0; i < keys.Length;)
        {
            int group = (int)(keys[i] >> 32);
            present.Clear();
            rated.Clear();
            for (; i < keys.Length && (int)(keys[i] >> 32) == group; i++)
            {
                int m = (int)((keys[i] & uint.MaxValue) >> 1);
                if (present.Count == 0 || present[^1] != m)
                {
                    present.Add(m);
                }
                if ((keys[i] & 1) == 1 && (rated.Count == 0 || rated[^1] != m))
                {
                    rated.Add(m);
                }
            }
            coverage[group] = MatterCoverage.FromSorted([.. present], [.. rated]);
        }
        return coverage;
    }

    /// <summary>Per class: 0 no mark, 1 marks the matter as present, 2 as present and rated.</summary>
    private static byte[] MarkOfClass(int[] profiles, bool defaultsCount)
    {
        var marks = new byte[profiles.Length];
        for (int c = 0; c < profiles.Length; c++)
        {
            int profile = profiles[c];
            marks[c] = !RatingProfile.IsValidCaseRating(profile) ? (byte)0 : defaultsCount || RatingProfile.IsActive(profile) ? (byte)2 : (byte)1;
        }
        return marks;
    }

    private static AggregationResult Expand(RatingBatch.Columns data, GroupLayout layout, int classes, int[] histogram, Func<int, MatterCoverage> coverageOf, Grouping grouping)
    {
        (int Counter, long Amount)[][] targets = Targets(data, classes);
        // Groups expand independently: split the key order into chunks, one per processor, and keep the order.
        int[] order = layout.GroupsInKeyOrder();
        var slots = new GroupRow?[order.Length];
        int chunks = Math.Clamp(order.Length / 1024, 1, Environment.ProcessorCount);
        Parallel.For(0, chunks, chunk =>
        {
            for (int t = (int)((long)order.Length * chunk / chunks); t < (int)((long)order.Length * (chunk + 1) / chunks); t++)
            {
                int g = order[t];
                if (ExpandGroup(histogram.AsSpan(g * classes, classes), targets) is long[] counts)
                {
                    slots[t] = new GroupRow(layout.KeyOf(g), RatingTally.Wrap(counts), coverageOf(g));
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
    private static (int Counter, long Amount)[][] Targets(RatingBatch.Columns data, int classes)
    {
        var targets = new (int Counter, long Amount)[classes][];
        for (int c = 0; c < classes; c++)
        {
            long[] contribution = data.ClassContributions[c];
            targets[c] = [.. Enumerable.Range(0, contribution.Length).Where(k => contribution[k] != 0).Select(k => (k, contribution[k]))];
        }
        return targets;
    }

    /// <summary>The rows of a range as keys that sort by group, then class: group x classes + class.</summary>
    private static long[] CountSparse(RatingBatch.Columns data, GroupLayout layout, int classes, int start, int end)
    {
        long[] keys = new long[end - start];
        for (int i = start; i < end; i++)
        {
            keys[i - start] = ((long)layout.GroupOf(i) * classes) + data.ClassAt(i);
        }
        return keys;
    }

    /// <summary>
    /// The groups met, from the sorted keys of <see cref="CountSparse"/>: each run of one group gives its class counts,
    /// expanded as <see cref="Expand"/> does; rows are then put in key order by their ranks.
    /// </summary>
    private static AggregationResult ExpandSparse(RatingBatch.Columns data, GroupLayout layout, int classes, long[][] counted, Func<int, MatterCoverage> coverageOf, Grouping grouping)
    {
        long[] keys = [.. counted.SelectMany(k => k)];
        Array.Sort(keys);
        (int Counter, long Amount)[][] targets = Targets(data, classes);
        Func<int, long> rankOf = layout.KeyRanks();
        var ranks = new List<long>();
        var rows = new List<GroupRow>();
        int[] cells = new int[classes];
        for (int i = 0; i < keys.Length;)
        {
            long group = keys[i] / classes;
            Array.Clear(cells);
            for (; i < keys.Length && keys[i] / classes == group; i++)
            {
                cells[(int)(keys[i] % classes)]++;
            }
            int g = (int)group;
            if (ExpandGroup(cells, targets) is long[] counts)
            {
                ranks.Add(rankOf(g));
                rows.Add(new GroupRow(layout.KeyOf(g), RatingTally.Wrap(counts), coverageOf(g)));
            }
        }
        // Each group has a rank of its own, so sorting by rank alone gives the one order.
        long[] rankOfRow = [.. ranks];
        GroupRow[] ordered = [.. rows];
        Array.Sort(rankOfRow, ordered);
        return new AggregationResult(grouping, ImmutableCollectionsMarshal.AsImmutableArray(ordered));
    }

    /// <summary>The counters of one group from its class counts, or null when the group has no ratings.</summary>
    private static long[]? ExpandGroup(ReadOnlySpan<int> cells, (int Counter, long Amount)[][] targets)
    {
        long[]? counts = null;
        for (int c = 0; c < cells.Length; c++)
        {
            long n = cells[c];
            if (n == 0)
            {
                continue;
            }
            counts ??= new long[RatingTally.CounterCount];
            foreach ((int counter, long amount) in targets[c])
            {
                counts[counter] = checked(counts[counter] + (n * amount));
            }
        }
        return counts;
    }

    private static void Add(int[] into, int[] from)
    {
        for (int i = 0; i < into.Length; i++)
        {
            into[i] += from[i];
        }
    }

    private static void Or(Span<ulong> into, ReadOnlySpan<ulong> from)
    {
        for (int i = 0; i < from.Length; i++)
        {
            into[i] |= from[i];
        }
    }
}
