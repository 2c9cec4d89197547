using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Evaluation.Workbooks.Writing;

/// <summary>
/// The workbook's styles and the index of each: the title, the headings, and for body cells text, counts, "/" and
/// percentages of 0 to 6 places, each also in bold for the total row; the note under a table.
/// </summary>
internal static class SheetStyles
{
    internal const uint Title = 1;
    internal const uint Heading = 2;
    internal const uint Note = 3;

    private const uint FirstBody = 4;
    private const uint BodyKinds = 3 + SheetCell.MaxPercentDecimals + 1;

    /// <summary>The number of styles: the title, headings and note after the default, then the body's kinds, plain and bold.</summary>
    internal const uint Count = FirstBody + (2 * BodyKinds);

    /// <summary>The style of a body cell: its form, its percentage's places (-1 for none), whether it is the text "/" (not applicable), and whether it is in the total row.</summary>
    internal static uint Body(SheetCellForm form, int percentDecimals, bool notApplicable, bool total)
    {
        uint kind = form switch
        {
            SheetCellForm.Number when percentDecimals >= 0 => 3 + (uint)percentDecimals,
            SheetCellForm.Number => 1,
            SheetCellForm.Text when notApplicable => 2,
            _ => 0,
        };
        return FirstBody + kind + (total ? BodyKinds : 0);
    }

    internal static Stylesheet Build()
    {
        NumberingFormat[] percents = [.. Enumerable.Range(0, SheetCell.MaxPercentDecimals + 1).Select(d => new NumberingFormat
        {
            NumberFormatId = PercentFormat(d),
            FormatCode = d == 0 ? "0%" : "0." + new string('0', d) + "%",
        })];
        var fonts = new Fonts(
            new Font(new FontSize { Val = 11 }),
            new Font(new Bold(), new FontSize { Val = 11 }),
            new Font(new Bold(), new FontSize { Val = 14 }),
            new Font(new Italic(), new FontSize { Val = 10 }, new Color { Rgb = "FF595959" }));
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDEBF7" }) { PatternType = PatternValues.Solid }));
        var thin = new Border(
            new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder());
        var borders = new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), thin);

        var formats = new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 2, ApplyFont = true },
            new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true })
            {
                FontId = 1, FillId = 2, BorderId = 1, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true,
            },
            new CellFormat { FontId = 3, ApplyFont = true });
        foreach (bool bold in new[] { false, true })
        {
            uint font = bold ? 1u : 0u;
            formats.Append(new CellFormat { FontId = font, BorderId = 1, ApplyFont = true, ApplyBorder = true });
            formats.Append(new CellFormat { FontId = font, BorderId = 1, NumberFormatId = 1, ApplyFont = true, ApplyBorder = true, ApplyNumberFormat = true });
            formats.Append(new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Right })
            {
                FontId = font, BorderId = 1, ApplyFont = true, ApplyBorder = true, ApplyAlignment = true,
            });
            foreach (NumberingFormat percent in percents)
            {
                formats.Append(new CellFormat { FontId = font, BorderId = 1, NumberFormatId = percent.NumberFormatId, ApplyFont = true, ApplyBorder = true, ApplyNumberFormat = true });
            }
        }
        formats.Count = (uint)formats.ChildElements.Count;
        return new Stylesheet(
            new NumberingFormats(percents) { Count = (uint)percents.Length },
            fonts, fills, borders,
            new CellStyleFormats(new CellFormat()),
            formats);
    }

    private static UInt32Value PercentFormat(int decimals) => 164 + (uint)decimals;
}
