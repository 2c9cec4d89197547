using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Evaluation.Workbooks.Writing;

namespace Evaluation.Cli.Tests.Workbooks;

/// <summary>
/// A sheet written by the Open XML SDK's element writer, an element object a cell, and each percentage's fraction
/// found by a decimal's division: the reference the sheet writer's bytes are held to. Text XML cannot hold is refused
/// here, as the SDK refuses it.
/// </summary>
internal static class ReferenceSheetWriter
{
    internal static string Write(SheetTable table, double[] widths, int from, int to, bool selected)
    {
        using var stream = new MemoryStream();
        Write(stream, table, widths, from, to, selected);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the sheet's XML to a stream.</summary>
    internal static void Write(Stream stream, SheetTable table, double[] widths, int from, int to, bool selected)
    {
        using OpenXmlWriter writer = OpenXmlWriter.Create(stream, new UTF8Encoding(false));
        WriteSheet(writer, table, widths, from, to, selected);
    }

    private static void WriteSheet(OpenXmlWriter writer, SheetTable table, double[] widths, int from, int to, bool selected)
    {
        int columns = table.Headings.Count;
        writer.WriteStartDocument(true);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 2, TopLeftCell = "A3", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A3", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A3" } })
        { TabSelected = selected, WorkbookViewId = 0 }));
        writer.WriteStartElement(new Columns());
        for (int c = 0; c < columns; c++)
        {
            writer.WriteElement(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = widths[c], CustomWidth = true });
        }
        writer.WriteEndElement();
        writer.WriteStartElement(new SheetData());
        uint row = 1;
        WriteRow(writer, row++, [(Form.Text, table.Title, 1u)]);
        WriteRow(writer, row++, [.. table.Headings.Select(h => (Form.Text, h, 2u))]);
        for (int r = from; r < to; r++)
        {
            IReadOnlyList<string> printed = table.Rows[r];
            bool total = table.EndsWithTotal && r == table.Rows.Count - 1;
            WriteRow(writer, row++, [.. Enumerable.Range(0, columns).Select(c => Body(c < table.Kinds.Count ? table.Kinds[c] : ColumnKind.Text, c < printed.Count ? printed[c] : string.Empty, total))]);
        }
        if (table.Note is string note && to == table.Rows.Count)
        {
            WriteRow(writer, row + 1, [(Form.Text, note, 3u)]);
        }
        writer.WriteEndElement();
        if (columns > 1)
        {
            writer.WriteElement(new MergeCells(new MergeCell { Reference = "A1:" + ColumnName(columns - 1) + "1" }) { Count = 1 });
        }
        writer.WriteEndElement();
    }

    private enum Form
    {
        Empty,
        Number,
        Text,
    }

    /// <summary>A body cell's form, value and style: whole numbers of up to 15 digits, percentages of up to 6 places divided by 100 as decimals.</summary>
    private static (Form, string, uint) Body(ColumnKind kind, string text, bool total)
    {
        uint bold = total ? 10u : 0u;
        if (text.Length == 0)
        {
            return (Form.Empty, text, 4 + bold);
        }
        string digits = text.StartsWith('-') ? text[1..] : text;
        if (kind == ColumnKind.Count && digits.Length is > 0 and <= 15 && digits.All(char.IsAsciiDigit))
        {
            return (Form.Number, text, 5 + bold);
        }
        if (kind == ColumnKind.Rate && text.EndsWith('%')
            && decimal.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal percent))
        {
            int point = text.IndexOf('.', StringComparison.Ordinal);
            int decimals = point < 0 ? 0 : text.Length - point - 2;
            if (decimals <= 6)
            {
                return (Form.Number, (percent / 100m).ToString(CultureInfo.InvariantCulture), 7 + (uint)decimals + bold);
            }
        }
        return (Form.Text, text, (text == "/" ? 6u : 4u) + bold);
    }

    private static void WriteRow(OpenXmlWriter writer, uint row, (Form Form, string Value, uint Style)[] cells)
    {
        writer.WriteStartElement(new Row { RowIndex = row });
        for (int c = 0; c < cells.Length; c++)
        {
            (Form form, string value, uint style) = cells[c];
            string reference = ColumnName(c) + row.ToString(CultureInfo.InvariantCulture);
            writer.WriteElement(form switch
            {
                Form.Number => new Cell(new CellValue(value)) { CellReference = reference, StyleIndex = style },
                Form.Text => new Cell(new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve }))
                {
                    CellReference = reference, DataType = CellValues.InlineString, StyleIndex = style,
                },
                _ => new Cell { CellReference = reference, StyleIndex = style },
            });
        }
        writer.WriteEndElement();
    }

    private static string ColumnName(int column)
    {
        string name = string.Empty;
        for (int n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }
        return name;
    }
}
