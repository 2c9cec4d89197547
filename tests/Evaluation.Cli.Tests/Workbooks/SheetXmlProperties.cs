using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Evaluation.Workbooks.Writing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Evaluation.Cli.Tests.Workbooks;

/// <summary>
/// A sheet's XML, written byte by byte into a buffer, against the Open XML SDK's element writer
/// (<see cref="ReferenceSheetWriter"/>); any text read back as it was written; percentages as the fractions a decimal
/// division prints.
/// </summary>
public class SheetXmlProperties
{
    private static readonly Gen<string> Cells = Gen.Elements(
        string.Empty, "0", "7", "123456", "-5", "123456789012345", "1234567890123456", "--1", "97.53%", "100.00%", "0%", "5.0%", "0.00%",
        "/", ".5%", "5.%", "1.2.3%", "12345.678%", "1.1234567%", "%", "龙亭区", "a&b <c> \"d\"", " lead", "tab\there", "line\nfeed", "合计");

    private static readonly Gen<SheetTable> Tables =
        from columns in Gen.Choose(1, 6)
        from headings in Gen.Elements("序号", "单位", "评价数量", "好评率", "Rate & <more>").ArrayOf(columns)
        from kinds in Gen.Elements(ColumnKind.Text, ColumnKind.Count, ColumnKind.Rate).ArrayOf()
        from rows in Cells.ArrayOf().ArrayOf()
        from total in Gen.Elements(true, false)
        from note in Gen.Elements<string?>(null, "主动评价率 = 主动评价数 ÷ 办件量", "a < b")
        select new SheetTable("“好差评”指标 & <x>", headings, kinds, rows.Select(r => (IReadOnlyList<string>)r).ToArray()) { EndsWithTotal = total, Note = note };

    /// <summary>The reference's sheet and ours are the same XML: elements, attributes and text (the namespace's prefix aside).</summary>
    [Property(MaxTest = 300)]
    public Property A_sheet_is_the_xml_the_sdks_element_writer_writes() =>
        Prop.ForAll(Tables.ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (table, selected) =>
        {
            double[] widths = [.. table.Headings.Select((h, i) => 6 + (i * 1.5))];
            int from = table.Rows.Count / 3, to = table.Rows.Count - (table.Rows.Count / 4);
            string expected = Canonical(ReferenceSheetWriter.Write(table, widths, from, to, selected));
            string actual = Canonical(Ours(table, widths, from, to, selected));
            return (expected == actual).Label($"expected\n{expected}\nactual\n{actual}");
        });

    /// <summary>Rows made and written on every processor are the same bytes as rows written in order, across the bounds of the blocks they are cut into.</summary>
    [Theory]
    [InlineData(2047)]
    [InlineData(2048)]
    [InlineData(2049)]
    [InlineData(70_001)]
    public void Rows_written_on_every_processor_are_the_bytes_of_rows_written_in_order(int rows)
    {
        string[][] cells = [.. Enumerable.Range(0, rows).Select(r => new[] { (r + 1).ToString(CultureInfo.InvariantCulture), "事项" + r, (r % 10_001 / 100.0).ToString("0.00", CultureInfo.InvariantCulture) + "%" })];
        var table = new SheetTable("逐日", ["序号", "事项", "好评率"], [ColumnKind.Count, ColumnKind.Text, ColumnKind.Rate], cells) { EndsWithTotal = true, Note = "注" };
        double[] widths = [6, 10, 8];
        Assert.Equal(Ours(table, widths, 0, rows, true), Ours(table with { ConcurrentRowReads = true }, widths, 0, rows, true));
        Assert.Equal(Ours(table, widths, 5, rows - 3, false), Ours(table with { ConcurrentRowReads = true }, widths, 5, rows - 3, false));
    }

    private static readonly Gen<string> Pieces = Gen.Elements(
        "a", "龙", " ", "&", "<", ">", "\"", "'", "\r", "\n", "\r\n", "\t", "_", "_x", "_x0041_", "_X0041_", "_x004g_", "_xFFFF_", "\u0000", "\u0001", "\u001f",
        "\u007f", "\u0085", "\ud840\udc00", "\ud840", "\udc00", "\ufffe", "\uffff", "\ufeff");

    /// <summary>Robustness: any text (control characters, lone surrogates, text that looks like an escape) is written as XML that reads back as the text.</summary>
    [Property(MaxTest = 1000)]
    public Property Any_text_reads_back_as_it_was_written() =>
        Prop.ForAll(Pieces.ArrayOf().Select(string.Concat).ToArbitrary(), text =>
        {
            var xml = new SheetXml();
            xml.Raw("<t a=\""u8).Text(text).Raw("\">"u8).Text(text).Raw("</t>"u8);
            XElement element = XElement.Parse(xml.Utf8Text(), LoadOptions.PreserveWhitespace);
            return (Unescaped(element.Value) == text && Unescaped((string)element.Attribute("a")!) == text).Label($"{Visible(text)} read back as {Visible(Unescaped(element.Value))}");
        });

    [Fact]
    public void Characters_xml_cannot_hold_are_escaped_as_excel_escapes_them()
    {
        var xml = new SheetXml();
        xml.Text("示范\u0001区<&>_x0041_\r\n");
        Assert.Equal("示范_x0001_区&lt;&amp;&gt;_x005F_x0041_&#xD;&#xA;", xml.Utf8Text());
    }

    /// <summary>Robustness: a name with a control character in it is written and read back (here by ExcelDataReader) as it was; a sheet's name drops it.</summary>
    [Fact]
    public void A_control_character_in_a_cell_or_a_sheets_name_is_no_failure()
    {
        using var dir = new TemporaryDirectory();
        Directory.CreateDirectory(dir.Path);
        string file = Path.Combine(dir.Path, "names.xlsx");
        var table = new SheetTable("单位\u0001表", ["单位", "评价数量"], [ColumnKind.Text, ColumnKind.Count], [["示范\u0001区<&>", "12"]]);
        using (FileStream stream = File.Create(file))
        {
            WorkbookWriter.Write(stream, [table]);
        }
        WorkbookReadBack.Sheet sheet = Assert.Single(WorkbookReadBack.Read(file).Sheets);
        Assert.Equal("单位表", sheet.Name);
        Assert.Equal("单位\u0001表", sheet.Rows[0][0].Value);
        Assert.Equal("示范\u0001区<&>", sheet.Rows[2][0].Value);
        Assert.Equal(12.0, sheet.Rows[2][1].Value);
    }

    /// <summary>The fraction of a percentage is the text of a decimal's division by 100 (the form the sheets wrote before), whatever its digits and places.</summary>
    [Property(MaxTest = 1000)]
    public Property A_percentage_is_written_as_the_fraction_a_decimal_division_prints()
    {
        Gen<string> percents =
            from whole in Gen.Elements('0', '1', '5', '9').ArrayOf().Where(d => d.Length <= 8)
            from hasPoint in Gen.Elements(true, false)
            from places in Gen.Elements('0', '3', '7').ArrayOf().Where(d => d.Length <= 6)
            where whole.Length + (hasPoint ? places.Length : 0) > 0
            select new string(whole) + (hasPoint ? "." + new string(places) : string.Empty) + "%";
        return Prop.ForAll(percents.ToArbitrary(), percent =>
        {
            Assert.Equal(SheetCellForm.Number, SheetCell.FormOf(ColumnKind.Rate, percent, out int decimals));
            Span<char> fraction = stackalloc char[SheetCell.MaxFractionLength];
            string ours = fraction[..SheetCell.WriteFraction(percent, fraction)].ToString();
            string expected = (decimal.Parse(percent[..^1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) / 100m).ToString(CultureInfo.InvariantCulture);
            int point = percent.IndexOf('.', StringComparison.Ordinal);
            return (ours == expected && decimals == (point < 0 ? 0 : percent.Length - point - 2)).Label($"{percent}: {ours}, expected {expected}; {decimals} places");
        });
    }

    private static string Ours(SheetTable table, double[] widths, int from, int to, bool selected)
    {
        using var stream = new MemoryStream();
        WorksheetWriter.Write(stream, table, widths, from, to, selected);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>A sheet's XML without its namespace's prefix or the form of its attributes' quotes: elements, attributes in order of name, text.</summary>
    private static string Canonical(string xml)
    {
        static XElement Canon(XElement e) => new(
            e.Name,
            e.Attributes().Where(a => !a.IsNamespaceDeclaration).OrderBy(a => a.Name.ToString(), StringComparer.Ordinal),
            e.Nodes().Select(n => n is XElement child ? (object)Canon(child) : n));
        return Canon(XDocument.Parse(xml, LoadOptions.PreserveWhitespace).Root!).ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>ECMA-376's escapes (<c>_xHHHH_</c>) read back, left to right, as a reader of the sheet would.</summary>
    private static string Unescaped(string text) =>
        Regex.Replace(text, "_x([0-9A-Fa-f]{4})_", m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());

    private static string Visible(string text) => string.Concat(text.Select(c => c is < ' ' or > '~' ? $"\\u{(int)c:x4}" : c.ToString()));
}
