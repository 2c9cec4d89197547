using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Evaluation.Core.Metrics;
using Evaluation.Core.Periods;
using Evaluation.Core.Utility;

namespace Evaluation.Core.Aggregation;

/// <summary>
/// Aggregates a <see cref="RatingBatch"/> into tallies per group: each partition counts ratings per (group, class)
/// in its own flat array, partitions merge by addition, and the counts of each class are expanded into the tally
/// counters at the end. The result does not depend on the partitioning or the degree of parallelism.
/// </summary>
/// <remarks>
/// Memory beyond the batch is proportional to the number of possible groups (the product of the dimensions'
/// distinct values and the periods) times the batch's distinct classes, plus, for coverage, one bit per matter
/// per group. A grouping whose possible groups exceed 2^27 cells is refused: group by fewer or smaller dimensions.
/// </remarks>
public static class RatingAggregator
{
    private const long MaxCells = 1L << 27;

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
        var layout = new Layout(data, grouping);
        int classes = data.ClassProfiles.Length;
        long cells = (long)layout.Groups * Math.Max(classes, 1);
        if (cells > MaxCells)
        {
            throw new InvalidOperationException($"Grouping by {string.Join(" x ", grouping.Dimensions)} with {grouping.Period?.ToString() ?? "no"} period gives {layout.Groups} possible groups; that needs {cells} counters, more than {MaxCells}. Group by fewer or smaller dimensions.");
        }
        int words = (data.Matters.Count + 63) >> 6;
        bool coverage = options.IncludeCoverage;
        if (coverage && (long)layout.Groups * words > MaxCells)
        {
            throw new InvalidOperationException($"Matter coverage by {string.Join(" x ", grouping.Dimensions)} needs {(long)layout.Groups * words} bitset words, more than {MaxCells}. Group by fewer dimensions or aggregate without coverage (AggregationOptions.IncludeCoverage = false).");
        }

        int parts = options.DegreeOfParallelism > 0 ? options.DegreeOfParallelism : Environment.ProcessorCount;
        parts = Math.Max(1, Math.Min(parts, batch.Length / 65536 + 1));
        var histograms = new long[parts][];
        var present = new ulong[parts][];
        var rated = new ulong[parts][];
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, p =>
        {
            int start = batch.Offset + (int)((long)batch.Length * p / parts);
            int end = batch.Offset + (int)((long)batch.Length * (p + 1) / parts);
            histograms[p] = new long[layout.Groups * classes];
            CountClasses(data, layout, classes, start, end, histograms[p]);
            if (coverage)
            {
                present[p] = new ulong[layout.Groups * words];
                rated[p] = new ulong[layout.Groups * words];
                MarkMatters(data, layout, words, start, end, present[p], rated[p]);
            }
        });
        for (int p = 1; p < parts; p++)
        {
            Add(histograms[0], histograms[p]);
            if (coverage)
            {
                Or(present[0], present[p]);
                Or(rated[0], rated[p]);
            }
        }
        return Expand(data, layout, classes, histograms[0], coverage ? present[0] : null, coverage ? rated[0] : null, words, grouping);
    }

    private static void CountClasses(RatingBatch.Columns data, Layout layout, int classes, int start, int end, long[] histogram)
    {
        ushort[] cls = data.Class;
        int[] periodOfDay = layout.PeriodOfDay;
        int[] day = data.Day;
        int minDay = data.MinDay;
        int periods = layout.Periods;
        switch (layout.Keys.Length)
        {
            case 0:
                for (int i = start; i < end; i++)
                {
                    histogram[(periodOfDay[day[i] - minDay] * classes) + cls[i]]++;
                }
                break;
            case 1 when layout.Keys[0] is int[] a:
                for (int i = start; i < end; i++)
                {
                    histogram[((((a[i] * periods) + periodOfDay[day[i] - minDay])) * classes) + cls[i]]++;
                }
                break;
            default:
                for (int i = start; i < end; i++)
                {
                    histogram[(layout.GroupOf(i) * classes) + cls[i]]++;
                }
                break;
        }
    }

    private static void MarkMatters(RatingBatch.Columns data, Layout layout, int words, int start, int end, ulong[] present, ulong[] rated)
    {
        int[] matter = data.Matter;
        ushort[] cls = data.Class;
        int[] profiles = data.ClassProfiles;
        bool defaultsCount = data.Policy.CoverageCountsDefaultRatings;
        for (int i = start; i < end; i++)
        {
            int profile = profiles[cls[i]];
            int m = matter[i];
            if (m == 0 || !RatingProfile.IsValidCaseRating(profile))
            {
                continue;
            }
            int cell = (layout.GroupOf(i) * words) + (m >> 6);
            ulong bit = 1UL << (m & 63);
            present[cell] |= bit;
            if (defaultsCount || RatingProfile.IsActive(profile))
            {
                rated[cell] |= bit;
            }
        }
    }

    private static AggregationResult Expand(RatingBatch.Columns data, Layout layout, int classes, long[] histogram, ulong[]? present, ulong[]? rated, int words, Grouping grouping)
    {
        var rows = new List<GroupRow>();
        for (int g = 0; g < layout.Groups; g++)
        {
            long[]? counts = null;
            for (int c = 0; c < classes; c++)
            {
                long n = histogram[(g * classes) + c];
                if (n == 0)
                {
                    continue;
                }
                counts ??= new long[RatingTally.CounterCount];
                long[] contribution = data.ClassContributions[c];
                for (int k = 0; k < counts.Length; k++)
                {
                    counts[k] = checked(counts[k] + (n * contribution[k]));
                }
            }
            if (counts is null)
            {
                continue;
            }
            MatterCoverage coverage = present is null
                ? MatterCoverage.Empty
                : new MatterCoverage(present.AsSpan(g * words, words).ToArray(), rated!.AsSpan(g * words, words).ToArray());
            rows.Add(new GroupRow(layout.KeyOf(g), RatingTally.Wrap(counts), coverage));
        }
        return new AggregationResult(grouping, rows);
    }

    private static void Add(long[] into, long[] from)
    {
        for (int i = 0; i < into.Length; i++)
        {
            into[i] += from[i];
        }
    }

    private static void Or(ulong[] into, ulong[] from)
    {
        for (int i = 0; i < into.Length; i++)
        {
            into[i] |= from[i];
        }
    }

    /// <summary>Maps ratings to dense group numbers: dimension indices in mixed radix, then the period.</summary>
    private sealed class Layout
    {
        private readonly RatingBatch.Columns data;
        private readonly ImmutableArray<GroupingDimension> dimensions;
        private readonly int[] cardinalities;
        private readonly ReportingPeriod[] periodList;

        internal Layout(RatingBatch.Columns data, Grouping grouping)
        {
            this.data = data;
            dimensions = grouping.Dimensions;
            cardinalities = new int[dimensions.Length];
            Keys = new object[dimensions.Length];
            long groups = 1;
            for (int d = 0; d < dimensions.Length; d++)
            {
                cardinalities[d] = data.Cardinality(dimensions[d]);
                Keys[d] = dimensions[d] == GroupingDimension.Channel ? data.Channel : data.Column(dimensions[d]);
                groups *= cardinalities[d];
            }
            int days = data.MaxDay - data.MinDay + 1;
            PeriodOfDay = new int[days];
            var periods = new List<ReportingPeriod>();
            if (grouping.Period is ReportingPeriodKind kind)
            {
                for (int i = 0; i < days; i++)
                {
                    ReportingPeriod period = ReportingPeriod.Containing(kind, NodaTime.LocalDate.FromDateOnly(DateOnly.FromDayNumber(data.MinDay + i)));
                    if (periods.Count == 0 || periods[^1] != period)
                    {
                        periods.Add(period);
                    }
                    PeriodOfDay[i] = periods.Count - 1;
                }
            }
            periodList = [.. periods];
            Periods = Math.Max(1, periodList.Length);
            groups *= Periods;
            Groups = groups > int.MaxValue ? int.MaxValue : (int)groups;
        }

        internal object[] Keys { get; }

        internal int[] PeriodOfDay { get; }

        internal int Periods { get; }

        internal int Groups { get; }

        internal int GroupOf(int i)
        {
            int g = 0;
            for (int d = 0; d < Keys.Length; d++)
            {
                int value = Keys[d] is int[] column ? column[i] : ((byte[])Keys[d])[i];
                g = (g * cardinalities[d]) + value;
            }
            return (g * Periods) + PeriodOfDay[data.Day[i] - data.MinDay];
        }

        internal GroupKey KeyOf(int group)
        {
            int period = group % Periods;
            int rest = group / Periods;
            var codes = new string?[dimensions.Length];
            for (int d = dimensions.Length - 1; d >= 0; d--)
            {
                codes[d] = data.KeyText(dimensions[d], rest % cardinalities[d]);
                rest /= cardinalities[d];
            }
            return new GroupKey([.. codes], periodList.Length == 0 ? null : periodList[period]);
        }
    }
}
