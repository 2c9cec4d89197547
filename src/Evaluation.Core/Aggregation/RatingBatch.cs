using System;
using Evaluation.Core.Cases;
using Evaluation.Core.Catalog;
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

    internal sealed class Columns
    {
        internal required EvaluationPolicy Policy { get; init; }

        internal required int[] Unit { get; init; }

        internal required int[] Department { get; init; }

        internal required int[] Matter { get; init; }

        internal required int[] Window { get; init; }

        internal required byte[] Channel { get; init; }

        internal required int[] Day { get; init; }

        internal required ushort[] Class { get; init; }

        internal required int[] ClassProfiles { get; init; }

        internal required long[][] ClassContributions { get; init; }

        internal required DimensionDictionary<UnitCode> Units { get; init; }

        internal required DimensionDictionary<DepartmentCode> Departments { get; init; }

        internal required DimensionDictionary<MatterCode> Matters { get; init; }

        internal required DimensionDictionary<WindowCode> Windows { get; init; }

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
            GroupingDimension.Unit => Units.KeyAt(index)?.Value,
            GroupingDimension.Department => Departments.KeyAt(index)?.Value,
            GroupingDimension.Matter => Matters.KeyAt(index)?.Value,
            GroupingDimension.Window => Windows.KeyAt(index)?.Value,
            _ => index == 0 ? null : ((RatingChannel)index).ToCode(),
        };
    }
}
