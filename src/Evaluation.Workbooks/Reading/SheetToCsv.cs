using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Evaluation.Workbooks.Reading;

/// <summary>
/// Writes the first sheet of a workbook as a CSV file: its first row with any text is the header, each later row with
/// any text a line of the header's fields, every cell in the column its reference names (text beyond the header stays,
/// so the reader finds the row too long); rows without text are skipped. Keeps which sheet row each line came from.
/// </summary>
internal static class SheetToCsv
{
    /// <summary>Where the lines of a CSV file made from a sheet came from.</summary>
    /// <param name="Sheet">The sheet's name.</param>
    /// <param name="Rows">The sheet row of each line: <c>Rows[line - 1]</c>.</param>
    /// <param name="Header">The header's names, in column order (A, B, ...; empty where a column has no name).</param>
    internal sealed record Origin(string Sheet, IReadOnlyList<int> Rows, IReadOnlyList<string> Header);

    internal static Origin Convert(string workbook, string csv)
    {
        using SpreadsheetDocument document = SpreadsheetDocument.Open(workbook, isEditable: false);
        WorkbookPart part = document.WorkbookPart ?? throw new InvalidDataException("it holds no workbook");
        Sheet sheet = part.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("it holds no sheet");
        if (sheet.Id?.Value is not string id || part.GetPartById(id) is not WorksheetPart worksheet)
        {
            throw new InvalidDataException($"its first sheet '{sheet.Name}' is not a worksheet");
        }
        CellText text = CellText.Of(part.SharedStringTablePart?.SharedStringTable, part.WorkbookStylesPart?.Stylesheet);
        var rows = new List<int>();
        string[] header = [];
        using var writer = new StreamWriter(csv, false, new UTF8Encoding(false), 1 << 16);
        using OpenXmlReader reader = OpenXmlReader.Create(worksheet);
        var cells = new List<string>();
        int lastRow = 0;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }
            var row = (Row)reader.LoadCurrentElement()!;
            int number = row.RowIndex?.Value is uint index ? (int)index : lastRow + 1;
            lastRow = number;
            cells.Clear();
            int column = 0;
            foreach (Cell cell in row.Elements<Cell>())
            {
                column = cell.CellReference?.Value is string reference && ColumnOf(reference) is int at ? at : column;
                while (cells.Count < column)
                {
                    cells.Add(string.Empty);
                }
                cells.Add(text.Of(cell) ?? throw new InvalidDataException(
                    $"the cell {cell.CellReference?.Value ?? "?"} of row {number} names a shared string the workbook does not hold"));
                column++;
            }
            // Empty cells at the end of a row are no fields of its own: the row has the header's fields, or as many as
            // its last cell with text reaches.
            while (cells.Count > 0 && cells[^1].Length == 0)
            {
                cells.RemoveAt(cells.Count - 1);
            }
            if (cells.Count == 0)
            {
                continue;
            }
            if (header.Length == 0)
            {
                header = [.. cells.Select(c => c.Trim())];
            }
            while (cells.Count < header.Length)
            {
                cells.Add(string.Empty);
            }
            rows.Add(number);
            writer.Write(string.Join(',', cells.Select(Quote)));
            writer.Write('\n');
        }
        return new Origin(sheet.Name?.Value ?? "Sheet1", rows, header);
    }

    /// <summary>The zero-based column of a cell reference such as <c>C12</c>, or null when it has no letters.</summary>
    internal static int? ColumnOf(string reference)
    {
        int column = 0, letters = 0;
        foreach (char c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                column = (column * 26) + (c - 'A' + 1);
                letters++;
            }
            else
            {
                break;
            }
        }
        return letters is > 0 and <= 3 ? column - 1 : null;
    }

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
