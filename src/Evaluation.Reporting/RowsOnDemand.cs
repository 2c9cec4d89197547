using System;
using System.Collections;
using System.Collections.Generic;

namespace Evaluation.Reporting;

/// <summary>
/// A report's rows made each time they are read rather than held: a report of a million rows (by matter and day, say)
/// then costs the row being written, not millions of objects the garbage collector traces until the end.
/// </summary>
/// <typeparam name="T">The row type: a table's cells, or a JSON row.</typeparam>
/// <param name="count">The number of rows.</param>
/// <param name="row">Makes a row from its index; it may be called from several threads at once (a large table makes its lines on every processor).</param>
public sealed class RowsOnDemand<T>(int count, Func<int, T> row) : IReadOnlyList<T>
{
    /// <inheritdoc/>
    public T this[int index] => unchecked((uint)index) < (uint)count ? row(index) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <inheritdoc/>
    public int Count => count;

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator()
    {
        for (int i = 0; i < count; i++)
        {
            yield return row(i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
