namespace Evaluation.IO.Columnar;

/// <summary>
/// For each row of a key column, the first row holding the same key, or -1 for a row without a key: held in an array,
/// or, when no key of the column repeats (<see cref="KeyColumn.IsStrictlyAscending"/>, as the numbers of an export
/// listed in order are), known without one, each row with a key being its own first.
/// </summary>
internal readonly struct FirstRows
{
    private readonly int[]? rows;
    private readonly KeyColumn? distinct;

    /// <summary>First rows held in an array, one a row.</summary>
    internal FirstRows(int[] rows) => this.rows = rows;

    private FirstRows(KeyColumn distinct) => this.distinct = distinct;

    /// <summary>The first rows of a column no key of which repeats.</summary>
    internal static FirstRows OfDistinct(KeyColumn column) => new(column);

    /// <summary>The first row holding a row's key, or -1 when the row has none.</summary>
    internal int this[int row] => rows is not null ? rows[row] : distinct!.Has(row) ? row : -1;
}
