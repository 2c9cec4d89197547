using System.Collections.Generic;

namespace Evaluation.Workbooks.Writing;

/// <summary>
/// One report table to be written as a sheet: its title above it, the headings, the kind of each column and the rows of
/// printed cells. Rows are read by index and may be made on demand; they are read twice (once for the column widths
/// of the first <see cref="WorkbookWriter.WidthSampleRows"/> rows, once to write), never held.
/// </summary>
/// <param name="Title">The table's title, written above it (for example 各县区"好差评"数据汇总).</param>
/// <param name="Headings">The column headings.</param>
/// <param name="Kinds">The kind of each column, as many as <paramref name="Headings"/>.</param>
/// <param name="Rows">The rows, each with a cell per heading, as the text output prints them.</param>
public sealed record SheetTable(string Title, IReadOnlyList<string> Headings, IReadOnlyList<ColumnKind> Kinds, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>A line written under the table (for example how the rates are counted), or null.</summary>
    public string? Note { get; init; }

    /// <summary>Whether the last row is the total (合计) row, written in bold.</summary>
    public bool EndsWithTotal { get; init; }

    /// <summary>
    /// Whether <see cref="Rows"/> may be read from several threads at once (a list of arrays, or rows made on demand by
    /// code safe to run on several threads): a long table's rows are then made, and their XML written, on every
    /// processor. False by default: the rows are read in order on the calling thread.
    /// </summary>
    public bool ConcurrentRowReads { get; init; }

    /// <summary>The sheet's name, or null for the title cut to Excel's 31 characters.</summary>
    public string? SheetName { get; init; }

    /// <summary>The kind of column <paramref name="column"/>, <see cref="ColumnKind.Text"/> beyond those given.</summary>
    internal ColumnKind KindOf(int column) => column < Kinds.Count ? Kinds[column] : ColumnKind.Text;
}
