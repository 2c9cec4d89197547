using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Evaluation.Core.Periods;
using NodaTime;

namespace Evaluation.Core.Aggregation;

/// <summary>Maps ratings to dense group numbers: dimension indices in mixed radix (first dimension most significant), then the period.</summary>
internal sealed class GroupLayout
{
    private readonly RatingBatch.Columns data;
    private readonly ImmutableArray<GroupingDimension> dimensions;
    private readonly int[] cardinalities;
    private readonly ReportingPeriod[] periodList;
    private readonly int[]? onlyKey; // the key column of a grouping by one dimension held in integers, or null

    internal GroupLayout(RatingBatch.Columns data, Grouping grouping)
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
                ReportingPeriod period = ReportingPeriod.Containing(kind, ChinaTime.DateOfDayNumber(data.MinDay + i));
                if (periods.Count == 0 || periods[^1] != period)
                {
                    periods.Add(period);
                }
                PeriodOfDay[i] = periods.Count - 1;
            }
        }
        periodList = [.. periods];
        onlyKey = dimensions.Length == 1 ? Keys[0] as int[] : null;
        Periods = Math.Max(1, periodList.Length);
        groups *= Periods;
        PossibleGroups = groups;
        Groups = groups > int.MaxValue ? int.MaxValue : (int)groups;
        LedByUnit = dimensions.Length == 0 || dimensions[0] == GroupingDimension.Unit;
        GroupsPerUnit = dimensions.Length == 0 ? Periods : Groups / Math.Max(1, cardinalities[0]);
    }

    internal object[] Keys { get; }

    internal int Dimensions => dimensions.Length;

    /// <summary>The grouping's dimensions, in order.</summary>
    internal ImmutableArray<GroupingDimension> GroupedBy => dimensions;

    internal int[] PeriodOfDay { get; }

    internal int Periods { get; }

    /// <summary>The periods of the groups, by their index (none when the grouping has no period).</summary>
    internal IReadOnlyList<ReportingPeriod> PeriodList => periodList;

    internal int Groups { get; }

    /// <summary>The product of the dimensions' distinct values and the periods, which <see cref="Groups"/> caps at <see cref="int.MaxValue"/>.</summary>
    internal long PossibleGroups { get; }

    /// <summary>Whether the first dimension is the unit (or there is none), so a unit's ratings fall in one block of groups.</summary>
    internal bool LedByUnit { get; }

    /// <summary>The number of groups one unit's ratings can fall in.</summary>
    internal int GroupsPerUnit { get; }

    /// <summary>The period index of each day times <paramref name="scale"/>, so the hot loop adds it directly.</summary>
    internal int[] ScaledPeriodOfDay(int scale)
    {
        var scaled = new int[PeriodOfDay.Length];
        for (int i = 0; i < scaled.Length; i++)
        {
            scaled[i] = PeriodOfDay[i] * scale;
        }
        return scaled;
    }

    /// <summary>
    /// The group of the rating at a batch index: at once for a grouping by one dimension held in integers (a unit, a
    /// department, a matter, a window), through every dimension otherwise.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int GroupOf(int i) => onlyKey is int[] key ? (key[i] * Periods) + PeriodOfDay[data.Day[i]] : GroupOfAny(i);

    private int GroupOfAny(int i)
    {
        int g = 0;
        for (int d = 0; d < Keys.Length; d++)
        {
            int value = Keys[d] is int[] column ? column[i] : ((byte[])Keys[d])[i];
            g = (g * cardinalities[d]) + value;
        }
        return (g * Periods) + PeriodOfDay[data.Day[i]];
    }

    /// <summary>Every group number, ordered as their keys are (<see cref="GroupKey.Ordering"/>): codes ordinally, none first, then the period.</summary>
    internal int[] GroupsInKeyOrder()
    {
        int[][] byText = ByText();
        var order = new int[Groups];
        for (int t = 0; t < order.Length; t++)
        {
            int rest = t / Periods;
            int g = 0;
            int weight = 1;
            for (int d = dimensions.Length - 1; d >= 0; d--)
            {
                g += byText[d][rest % cardinalities[d]] * weight;
                weight *= cardinalities[d];
                rest /= cardinalities[d];
            }
            order[t] = (g * Periods) + (t % Periods);
        }
        return order;
    }

    /// <summary>A number that orders groups as <see cref="GroupsInKeyOrder"/> does, for groups met one by one.</summary>
    internal Func<int, long> KeyRanks()
    {
        int[][] byText = ByText();
        var rankOf = new int[dimensions.Length][];
        for (int d = 0; d < dimensions.Length; d++)
        {
            rankOf[d] = new int[cardinalities[d]];
            for (int r = 0; r < byText[d].Length; r++)
            {
                rankOf[d][byText[d][r]] = r;
            }
        }
        return group =>
        {
            int rest = group / Periods;
            long rank = group % Periods;
            long weight = Periods;
            for (int d = dimensions.Length - 1; d >= 0; d--)
            {
                rank += rankOf[d][rest % cardinalities[d]] * weight;
                weight *= cardinalities[d];
                rest /= cardinalities[d];
            }
            return rank;
        };
    }

    /// <summary>Each dimension's value indices in the order of their codes' text (ordinal, none first).</summary>
    private int[][] ByText()
    {
        var byText = new int[dimensions.Length][];
        for (int d = 0; d < dimensions.Length; d++)
        {
            GroupingDimension dimension = dimensions[d];
            byText[d] = [.. Enumerable.Range(0, cardinalities[d]).OrderBy(i => data.KeyText(dimension, i), StringComparer.Ordinal)];
        }
        return byText;
    }

    /// <summary>Whether the matter is one of the grouping's codes.</summary>
    internal bool HasMatter => dimensions.Contains(GroupingDimension.Matter);

    /// <summary>The matter index of a group of a grouping by the matter (see <see cref="HasMatter"/>).</summary>
    internal int MatterOf(int group)
    {
        int rest = group / Periods;
        for (int d = dimensions.Length - 1; d >= 0; d--)
        {
            if (dimensions[d] == GroupingDimension.Matter)
            {
                return rest % cardinalities[d];
            }
            rest /= cardinalities[d];
        }
        throw new InvalidOperationException("The grouping has no matter.");
    }

    /// <summary>The key of a group: its codes and its period.</summary>
    internal GroupKey KeyOf(int group)
    {
        (int Number, ImmutableArray<string?> Codes) last = default;
        return KeyOf(group, ref last);
    }

    /// <summary>
    /// The key of a group, sharing the codes of <paramref name="last"/> when the group differs from the last one asked
    /// for only by its period, as groups in key order do: a month's grouping of 50,000 matters then makes 50,000 lists
    /// of codes, not 600,000, for the collector to keep and move.
    /// </summary>
    /// <param name="group">The group's number.</param>
    /// <param name="last">The last codes made and the group's number without its period; the default before the first.</param>
    internal GroupKey KeyOf(int group, ref (int Number, ImmutableArray<string?> Codes) last)
    {
        (ImmutableArray<string?> codes, ReportingPeriod? period) = PartsOf(group, ref last);
        return new GroupKey(codes, period);
    }

    /// <summary>The codes and period of a group, the parts of the key <see cref="KeyOf(int)"/> makes, without making it.</summary>
    /// <param name="group">The group's number.</param>
    /// <param name="last">The last codes made and the group's number without its period; the default before the first.</param>
    internal (ImmutableArray<string?> Codes, ReportingPeriod? Period) PartsOf(int group, ref (int Number, ImmutableArray<string?> Codes) last)
    {
        int period = group % Periods;
        int rest = group / Periods;
        if (last.Codes.IsDefault || last.Number != rest)
        {
            last = (rest, CodesOf(rest));
        }
        return (last.Codes, periodList.Length == 0 ? null : periodList[period]);
    }

    /// <summary>The codes of a group's dimensions, from its number without its period.</summary>
    private ImmutableArray<string?> CodesOf(int rest)
    {
        var codes = new string?[dimensions.Length];
        for (int d = dimensions.Length - 1; d >= 0; d--)
        {
            codes[d] = data.KeyText(dimensions[d], rest % cardinalities[d]);
            rest /= cardinalities[d];
        }
        return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(codes);
    }
}
