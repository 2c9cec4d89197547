using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Evaluation.IO.Blocks;

namespace Evaluation.Workbooks.Writing;

/// <summary>
/// Writes one sheet of a table (its title, headings, a run of its rows and, on its last sheet, its note) as the XML of a
/// worksheet part, straight into the part's stream: each cell is a few bytes put into a reused buffer, where an element
/// object a cell costs microseconds. The rows of a table that allows it (<see cref="SheetTable.ConcurrentRowReads"/>) are
/// made and written into blocks on every processor, and the blocks written to the stream in order.
/// </summary>
internal static class WorksheetWriter
{
    /// <summary>The rows of a block made on one processor.</summary>
    private const int BlockRows = 1024;

    /// <summary>The bytes a buffer holds before it is written to the stream, when rows are written on one thread.</summary>
    private const int FlushBytes = 1 << 16;

    /// <summary>Writes a sheet with the rows from <paramref name="from"/> to <paramref name="to"/> (exclusive) of a table.</summary>
    internal static void Write(Stream part, SheetTable table, double[] widths, int from, int to, bool selected)
    {
        var layout = new Layout(table);
        var xml = new SheetXml();
        xml.Raw("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetViews><sheetView "u8);
        xml.Raw(selected ? "tabSelected=\"1\" "u8 : "tabSelected=\"0\" "u8).Raw("workbookViewId=\"0\"><pane ySplit=\"2\" topLeftCell=\"A3\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"A3\" sqref=\"A3\"/></sheetView></sheetViews><cols>"u8);
        for (int c = 0; c < widths.Length; c++)
        {
            xml.Raw("<col min=\""u8).Number(c + 1).Raw("\" max=\""u8).Number(c + 1).Raw("\" width=\""u8).Number(widths[c]).Raw("\" customWidth=\"1\"/>"u8);
        }
        xml.Raw("</cols><sheetData>"u8);
        TextRow(xml, layout, 1, [table.Title], SheetStyles.Title);
        TextRow(xml, layout, 2, table.Headings, SheetStyles.Heading);
        const int FirstBodyRow = 3;
        if (table.ConcurrentRowReads && to - from >= 2 * BlockRows && Environment.ProcessorCount > 1)
        {
            xml.WriteTo(part);
            xml.Clear();
            var blocks = new SheetXml?[OrderedBlocks.MaxWave];
            foreach (SheetXml block in OrderedBlocks.Map(to - from, BlockRows, Environment.ProcessorCount, (slot, first, end) =>
            {
                SheetXml rows = blocks[slot] ??= new SheetXml();
                rows.Clear();
                for (int r = first; r < end; r++)
                {
                    BodyRow(rows, layout, from + r, FirstBodyRow + r);
                }
                return rows;
            }))
            {
                block.WriteTo(part);
            }
        }
        else
        {
            for (int r = from; r < to; r++)
            {
                BodyRow(xml, layout, r, FirstBodyRow + r - from);
                if (xml.Length >= FlushBytes)
                {
                    xml.WriteTo(part);
                    xml.Clear();
                }
            }
        }
        if (table.Note is string note && to == table.Rows.Count)
        {
            // A blank row between the table and its note.
            TextRow(xml, layout, FirstBodyRow + (to - from) + 1, [note], SheetStyles.Note);
        }
        xml.Raw("</sheetData>"u8);
        if (layout.Columns > 1)
        {
            xml.Raw("<mergeCells count=\"1\"><mergeCell ref=\"A1:"u8).Raw(layout.References[^1]).Raw("1\"/></mergeCells>"u8);
        }
        xml.Raw("</worksheet>"u8);
        xml.WriteTo(part);
    }

    /// <summary>A row of text cells in one style (the title, the headings, the note).</summary>
    private static void TextRow(SheetXml xml, Layout layout, int row, IReadOnlyList<string> cells, uint style)
    {
        Span<byte> number = stackalloc byte[11];
        ReadOnlySpan<byte> rowNumber = RowNumber(row, number);
        xml.Raw("<row r=\""u8).Raw(rowNumber).Raw("\">"u8);
        for (int c = 0; c < cells.Count; c++)
        {
            CellStart(xml, layout.References[c], rowNumber, style);
            InlineText(xml, cells[c]);
        }
        xml.Raw("</row>"u8);
    }

    /// <summary>A row of the table's body, each cell a number, text or nothing (<see cref="SheetCell.FormOf"/>), the total's in bold.</summary>
    private static void BodyRow(SheetXml xml, Layout layout, int index, int row)
    {
        IReadOnlyList<string> printed = layout.Table.Rows[index];
        bool total = layout.Table.EndsWithTotal && index == layout.Table.Rows.Count - 1;
        Span<char> fraction = stackalloc char[SheetCell.MaxFractionLength];
        Span<byte> number = stackalloc byte[11];
        ReadOnlySpan<byte> rowNumber = RowNumber(row, number);
        xml.Raw("<row r=\""u8).Raw(rowNumber).Raw("\">"u8);
        for (int c = 0; c < layout.Columns; c++)
        {
            ReadOnlySpan<char> text = c < printed.Count ? printed[c] : default;
            SheetCellForm form = SheetCell.FormOf(layout.Kinds[c], text, out int decimals);
            CellStart(xml, layout.References[c], rowNumber, SheetStyles.Body(form, decimals, text is "/", total));
            switch (form)
            {
                case SheetCellForm.Number:
                    xml.Raw("\"><v>"u8).Ascii(decimals >= 0 ? fraction[..SheetCell.WriteFraction(text, fraction)] : text).Raw("</v></c>"u8);
                    break;
                case SheetCellForm.Text:
                    InlineText(xml, text);
                    break;
                default:
                    xml.Raw("\"/>"u8);
                    break;
            }
        }
        xml.Raw("</row>"u8);
    }

    /// <summary>A cell's start, up to its style's value, whose closing quote the cell's form writes.</summary>
    private static void CellStart(SheetXml xml, byte[] column, ReadOnlySpan<byte> rowNumber, uint style) =>
        xml.Raw("<c r=\""u8).Raw(column).Raw(rowNumber).Raw("\" s=\""u8).Raw(StyleNumbers[style]);

    /// <summary>A row's number as text, made once for all its cells' references.</summary>
    private static ReadOnlySpan<byte> RowNumber(int row, Span<byte> into)
    {
        row.TryFormat(into, out int written, default, CultureInfo.InvariantCulture);
        return into[..written];
    }

    /// <summary>Each style's index as text, by index.</summary>
    private static readonly byte[][] StyleNumbers = [.. Enumerable.Range(0, (int)SheetStyles.Count).Select(i => Encoding.ASCII.GetBytes(i.ToString(CultureInfo.InvariantCulture)))];

    /// <summary>The rest of a cell of text: its type, and the text inline with its spaces kept.</summary>
    private static void InlineText(SheetXml xml, ReadOnlySpan<char> text) =>
        xml.Raw("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"u8).Text(text).Raw("</t></is></c>"u8);

    /// <summary>What every row of a table's sheets shares: its columns' kinds and letters.</summary>
    private sealed class Layout(SheetTable table)
    {
        internal SheetTable Table { get; } = table;

        internal int Columns { get; } = table.Headings.Count;

        internal ColumnKind[] Kinds { get; } = [.. Enumerable.Range(0, table.Headings.Count).Select(table.KindOf)];

        internal byte[][] References { get; } = [.. Enumerable.Range(0, table.Headings.Count).Select(c => Encoding.ASCII.GetBytes(WorkbookWriter.ColumnName(c)))];
    }
}
