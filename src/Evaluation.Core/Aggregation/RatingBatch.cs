using System;
using System.Runtime.CompilerServices;
using Evaluation.Core.Policies;
using Evaluation.Core.Ratings;

namespace Evaluation.Core.Aggregation;

/// <summary>
/// Ratings in columnar form for aggregation (评价数据批): dictionary-encoded unit, department, matter, window and
/// channel; the local date in China Standard Time, computed once; and a dense class per rating that packs level,
/// origin, channel group, real name and the lifecycle facts. The aggregation loop never touches objects.
/// </summary>
/// <remarks>
/// Immutable once built; a <see cref="Slice"/> shares the columns. The class counts are interpreted under the
/// <see cref="Policy"/> the batch was built with.
/// </remarks>
public sealed partial class RatingBatch
{
    private readonly Columns columns;

    private RatingBatch(Columns columns, int offset, int length)
    {
        this.columns = columns;
        Offset = offset;
        Length = length;
    }

    /// <summary>The number of ratings in the batch.</summary>
    public int Length { get; }

    internal int Offset { get; }

    /// <summary>The policy the batch's counts are interpreted under.</summary>
    public EvaluationPolicy Policy => columns.Policy;

    internal Columns Data => columns;

    /// <summary>The code of the matter with an index of this batch (the index a <see cref="Metrics.MatterCoverage"/> holds).</summary>
    internal string? MatterCodeAt(int index) => columns.Matters.KeyAt(index);

    /// <summary>A batch over ratings <paramref name="start"/> to <paramref name="start"/> + <paramref name="length"/> - 1 of this one, sharing its columns.</summary>
    /// <param name="start">The first rating.</param>
    /// <param name="length">The number of ratings.</param>
    /// <returns>The slice.</returns>
    public RatingBatch Slice(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, Length - length);
        return new RatingBatch(columns, Offset + start, length);
    }

    internal sealed partial class Columns
    {
        internal required EvaluationPolicy Policy { get; init; }

        internal required int[] Unit { get; init; }

        internal required int[] Department { get; init; }

        internal required int[] Matter { get; init; }

        internal required int[] Window { get; init; }

        internal required byte[] Channel { get; init; }

        /// <summary>The local date of each rating, as days after <see cref="MinDay"/>.</summary>
        internal required ushort[] Day { get; init; }

        /// <summary>The class of each rating, one byte each when the batch has at most 256 classes, else null.</summary>
        internal required byte[]? SmallClass { get; init; }

        /// <summary>The class of each rating, two bytes each, when the batch has more than 256 classes, else null.</summary>
        internal required ushort[]? WideClass { get; init; }

        internal int ClassAt(int i) => SmallClass is byte[] small ? small[i] : WideClass![i];

        /// <summary>Rows are clustered by unit: unit index u occupies rows UnitStarts[u] to UnitStarts[u + 1] - 1.</summary>
        internal required int[] UnitStarts { get; init; }

        /// <summary>
        /// When not null, each unit's rows are also sorted by day: the rows of unit u on day offset d are
        /// DayRunStarts[u * DaySpan + d] to DayRunStarts[u * DaySpan + d + 1] - 1.
        /// </summary>
        internal required int[]? DayRunStarts { get; init; }

        /// <summary>The number of days from <see cref="MinDay"/> to <see cref="MaxDay"/>.</summary>
        internal int DaySpan => MaxDay - MinDay + 1;

        /// <summary>
        /// The rows of unit <paramref name="unit"/> on day offset <paramref name="day"/> that lie within rows
        /// <paramref name="blockStart"/> to <paramref name="blockEnd"/> - 1, when <see cref="DayRunStarts"/> is not null:
        /// from Start to End - 1, none when End is not above Start.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal (int Start, int End) DayRun(int unit, int day, int blockStart, int blockEnd)
        {
            int cell = (unit * DaySpan) + day;
            return (Math.Max(DayRunStarts![cell], blockStart), Math.Min(DayRunStarts[cell + 1], blockEnd));
        }

        internal required int[] ClassProfiles { get; init; }

        internal required long[][] ClassContributions { get; init; }

        internal required DimensionDictionary Units { get; init; }

        internal required DimensionDictionary Departments { get; init; }

        internal required DimensionDictionary Matters { get; init; }

        internal required DimensionDictionary Windows { get; init; }

        internal required int MinDay { get; init; }

        internal required int MaxDay { get; init; }

        internal int[] Column(GroupingDimension dimension) => dimension switch
        {
            GroupingDimension.Unit => Unit,
            GroupingDimension.Department => Department,
            GroupingDimension.Matter => Matter,
            GroupingDimension.Window => Window,
            _ => throw new InvalidOperationException("Channel is a byte column."),
        };

        internal int Cardinality(GroupingDimension dimension) => dimension switch
        {
            GroupingDimension.Unit => Units.Count,
            GroupingDimension.Department => Departments.Count,
            GroupingDimension.Matter => Matters.Count,
            GroupingDimension.Window => Windows.Count,
            _ => (int)RatingChannel.System + 1,
        };

        internal string? KeyText(GroupingDimension dimension, int index) => dimension switch
        {
            GroupingDimension.Unit => Units.KeyAt(index),
            GroupingDimension.Department => Departments.KeyAt(index),
            GroupingDimension.Matter => Matters.KeyAt(index),
            GroupingDimension.Window => Windows.KeyAt(index),
            _ => index == 0 ? null : ((RatingChannel)index).ToCode(),
        };
    }
}
