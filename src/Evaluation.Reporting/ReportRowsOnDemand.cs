using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using Evaluation.IO.Json;

namespace Evaluation.Reporting;

/// <summary>
/// A report's rows made from their fields when asked for, one definition serving both ways of reading them: as
/// <see cref="ReportRow"/> objects (a list like any other), and field by field into a buffer the JSON writer reuses
/// (<see cref="IRowFieldSource"/>), which makes no object a row.
/// </summary>
/// <param name="count">The number of rows.</param>
/// <param name="dimensionNames">The names of the rows' dimensions (<c>unit</c>, <c>matter</c>), in order.</param>
/// <param name="fill">Puts a row's fields, counts and rates in the order of <see cref="ReportRows.CountNames"/> and <see cref="ReportRows.RateNames"/>, into a buffer.</param>
internal sealed class ReportRowsOnDemand(int count, string[] dimensionNames, Action<int, RowFields> fill) : IReadOnlyList<ReportRow>, IRowFieldSource
{
    /// <inheritdoc/>
    public ReportRow this[int index]
    {
        get
        {
            var fields = new RowFields(DimensionNames.Length, CountNames.Length, RateNames.Length);
            Fill(index, fields);
            var dimensions = new ReportDimension[DimensionNames.Length];
            for (int d = 0; d < dimensions.Length; d++)
            {
                dimensions[d] = new ReportDimension(DimensionNames[d], fields.Codes[d], fields.DisplayNames[d]);
            }
            return ReportRows.RowOf(dimensions, fields.Period, fields.Counts, fields.Rates);
        }
    }

    /// <inheritdoc/>
    public int Count => count;

    /// <inheritdoc/>
    public ImmutableArray<string> DimensionNames { get; } = [.. dimensionNames];

    /// <inheritdoc/>
    public ImmutableArray<string> CountNames => ReportRows.CountNames;

    /// <inheritdoc/>
    public ImmutableArray<string> RateNames => ReportRows.RateNames;

    /// <inheritdoc/>
    public void Fill(int index, RowFields fields)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, count);
        fill(index, fields);
    }

    /// <inheritdoc/>
    public IEnumerator<ReportRow> GetEnumerator()
    {
        for (int i = 0; i < count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
