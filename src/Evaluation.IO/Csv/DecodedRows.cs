using System;
using System.Collections.Generic;

namespace Evaluation.IO.Csv;

/// <summary>
/// Rows whose fields were decoded elsewhere into the interchange format's text (a database's binary <c>COPY</c>, for
/// example): each row one span of characters, its fields end to end, read as a file's rows are, without a CSV parser.
/// </summary>
internal interface IDecodedRows
{
    /// <summary>The columns of every row, in order, by their names in the format.</summary>
    IReadOnlyList<string> Columns { get; }

    /// <summary>The number of rows expected (an estimate for sizing; 0 when unknown).</summary>
    long ExpectedRows { get; }

    /// <summary>The current row's fields, end to end.</summary>
    ReadOnlySpan<char> Text { get; }

    /// <summary>Where each of the current row's fields ends in <see cref="Text"/>.</summary>
    ReadOnlySpan<int> Ends { get; }

    /// <summary>Moves to the next row.</summary>
    /// <returns>False after the last row.</returns>
    bool MoveNext();
}
