using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Evaluation.Workbooks.Writing;

/// <summary>
/// Writes report tables to an Excel workbook (.xlsx), one sheet per table: the title above it, the headings in bold
/// with the rows below them frozen, 序号 and counts as numbers, rates as numbers in a percentage format with the places
/// of the printed text, the total row in bold, the note under the table, and column widths that fit Chinese text. A
/// table longer than a sheet (<see cref="RowsPerSheet"/>) goes on over the next sheets, named with a number, each with
/// the title and the headings.
/// </summary>
/// <remarks>
/// Each sheet's XML is written with its text inline (no shared string table) straight into its zip entry
/// (<see cref="WorksheetWriter"/>), so a sheet of a million rows takes memory that does not grow with the rows; a table
/// whose rows may be read from several threads (<see cref="SheetTable.ConcurrentRowReads"/>) has them made on every
/// processor. Any text is written, a character XML cannot hold as Excel escapes it. Thread-safe: the class holds no state.
/// </remarks>
public static class WorkbookWriter
{
    /// <summary>The rows (the first ones) whose cells set the column widths.</summary>
    public const int WidthSampleRows = 10_000;

    /// <summary>Excel's limit on the rows of a sheet.</summary>
    public const int MaxSheetRows = 1_048_576;

    /// <summary>Excel's limit on the columns of a sheet.</summary>
    public const int MaxColumns = 16_384;

    /// <summary>The rows of a table on one sheet: a sheet's rows but the title, the headings and the note with the line before it.</summary>
    public const int RowsPerSheet = MaxSheetRows - 4;

    /// <summary>Writes the tables to a workbook.</summary>
    /// <param name="output">The stream to write to (a file's, or any writable stream); left open.</param>
    /// <param name="tables">The tables, one sheet each, in order.</param>
    /// <exception cref="ArgumentException">A table has no headings, or more than a sheet holds.</exception>
    public static void Write(Stream output, IEnumerable<SheetTable> tables)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(tables);
        SheetTable[] all = [.. tables];
        foreach (SheetTable table in all)
        {
            if (table.Headings.Count is 0 or > MaxColumns)
            {
                throw new ArgumentException($"The table '{table.Title}' has {table.Headings.Count} headings; a sheet holds 1 to {MaxColumns}.", nameof(tables));
            }
        }
        // A table longer than a sheet goes on over the sheets after it, each with the title and headings.
        var parts = new List<(SheetTable Table, double[] Widths, int From, int To, string Name)>();
        foreach (SheetTable table in all)
        {
            // Every sheet of a table has the same column widths, read once from its first rows.
            double[] widths = Widths(table);
            int sheets = Math.Max(1, (table.Rows.Count + RowsPerSheet - 1) / RowsPerSheet);
            for (int s = 0; s < sheets; s++)
            {
                parts.Add((table, widths, s * RowsPerSheet, Math.Min(table.Rows.Count, (s + 1) * RowsPerSheet), table.SheetName ?? table.Title));
            }
        }
        string[] names = SheetNames([.. parts.Select(p => p.Name)]);
        using var package = new XlsxPackage(output);
        for (int i = 0; i < parts.Count; i++)
        {
            var (table, widths, from, to, _) = parts[i];
            bool selected = i == 0;
            package.AddSheet(names[i], part => WorksheetWriter.Write(part, table, widths, from, to, selected));
        }
        package.Finish(SheetStyles.Build());
    }

    /// <summary>
    /// Each column's width in characters: its widest heading or cell among the first <see cref="WidthSampleRows"/> rows,
    /// counting an East Asian wide character as two, plus a margin; between 6 and 60.
    /// </summary>
    private static double[] Widths(SheetTable table)
    {
        int[] widest = [.. table.Headings.Select(TextWidth.Of)];
        for (int r = 0; r < Math.Min(table.Rows.Count, WidthSampleRows); r++)
        {
            IReadOnlyList<string> printed = table.Rows[r];
            for (int c = 0; c < widest.Length && c < printed.Count; c++)
            {
                widest[c] = Math.Max(widest[c], TextWidth.Of(printed[c]));
            }
        }
        return [.. widest.Select(w => Math.Clamp(w + 2.5, 6, 60))];
    }

    /// <summary>A column's letters: A to Z, then AA, AB, ...</summary>
    internal static string ColumnName(int column)
    {
        var name = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name.Insert(0, (char)('A' + ((n - 1) % 26)));
        }
        return name.ToString();
    }

    /// <summary>Names of at most 31 characters without the characters Excel refuses (nor control characters or surrogates, which the workbook's XML could not hold or a cut could split), made unique by a number.</summary>
    private static string[] SheetNames(string[] wantedNames)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = new string[wantedNames.Length];
        for (int i = 0; i < wantedNames.Length; i++)
        {
            string wanted = new([.. wantedNames[i].Where(ch => ch is not (':' or '\\' or '/' or '?' or '*' or '[' or ']') && !char.IsControl(ch) && !char.IsSurrogate(ch))]);
            wanted = wanted.Trim('\'', ' ');
            wanted = wanted.Length == 0 ? "Sheet" : wanted;
            string name = wanted.Length > 31 ? wanted[..31] : wanted;
            for (int n = 2; !used.Add(name); n++)
            {
                string suffix = " (" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
                name = (wanted.Length + suffix.Length > 31 ? wanted[..(31 - suffix.Length)] : wanted) + suffix;
            }
            names[i] = name;
        }
        return names;
    }
}
