using System;
using System.Collections;
using System.Collections.Generic;

namespace Evaluation.Cli.Rendering;

/// <summary>
/// A table's rows made each time they are read rather than held: a table of a million rows (by matter and day, say)
/// then costs the cells of the row being written, not millions of strings the garbage collector traces until the end.
/// </summary>
/// <param name="count">The number of rows.</param>
/// <param name="row">Makes the cells of a row from its index.</param>
internal sealed class RowsOnDemand(int count, Func<int, string[]> row) : IReadOnlyList<string[]>
{
    /// <inheritdoc/>
    public string[] this[int index] => (uint)index < (uint)count ? row(index) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <inheritdoc/>
    public int Count => count;

    /// <inheritdoc/>
    public IEnumerator<string[]> GetEnumerator()
    {
        for (int i = 0; i < count; i++)
        {
            yield return row(i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
