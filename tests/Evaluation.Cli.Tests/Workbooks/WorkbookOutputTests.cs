using System;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace Evaluation.Cli.Tests.Workbooks;

public class WorkbookOutputTests
{
    private static string[][] CsvRows(params string[] args)
    {
        CliRunner.Result result = CliRunner.Run([.. args, "--format", "csv"]);
        Assert.Equal(0, result.Code);
        return [.. result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(','))];
    }

    /// <summary>Every cell of a sheet against the same table printed as CSV: text as text, counts as whole numbers, rates as the fractions they print with the printed places, "/" as text.</summary>
    private static void AssertSheetShows(WorkbookReadBack.Sheet sheet, string title, string[][] printed)
    {
        Assert.Equal(title, sheet.Rows[0][0].Value);
        for (int r = 0; r < printed.Length; r++)
        {
            for (int c = 0; c < printed[r].Length; c++)
            {
                string text = printed[r][c];
                WorkbookReadBack.Cell cell = sheet.Rows[r + 1][c];
                if (r > 0 && c > 0 && text.EndsWith('%'))
                {
                    double fraction = Assert.IsType<double>(cell.Value);
                    string places = text.Contains('.', StringComparison.Ordinal) ? "." + new string('0', text.Length - text.IndexOf('.', StringComparison.Ordinal) - 2) : string.Empty;
                    Assert.Equal("0" + places + "%", cell.Format);
                    Assert.Equal(text, (fraction * 100).ToString("0" + places, CultureInfo.InvariantCulture) + "%");
                    Assert.Equal(decimal.Parse(text[..^1], CultureInfo.InvariantCulture) / 100, (decimal)fraction);
                }
                else if (r > 0 && text.Length > 0 && text.All(char.IsAsciiDigit) && (c == 0 || sheet.Rows[1][c].Value is not ("评价县区" or "单位")))
                {
                    Assert.Equal(long.Parse(text, CultureInfo.InvariantCulture), Convert.ToInt64(Assert.IsType<double>(cell.Value)));
                }
                else
                {
                    Assert.Equal(text, cell.Value as string ?? string.Empty);
                }
            }
        }
    }

    [Fact]
    public void The_demo_workbook_holds_the_four_annual_tables_with_typed_cells_that_show_the_printed_figures()
    {
        using var dir = new TemporaryDirectory();
        Directory.CreateDirectory(dir.Path);
        string file = Path.Combine(dir.Path, "report.xlsx");
        CliRunner.Result result = CliRunner.Run("report", "--demo", "--scale", "0.01", "--format", "xlsx", "--out", file);
        Assert.Equal(0, result.Code);
        var workbook = WorkbookReadBack.Read(file);
        Assert.Equal(["各县区\u201c好差评\u201d数据汇总", "各县区\u201c好差评\u201d静态二维码数据汇总", "各县区\u201c有诉即办\u201d服务专区工作情况汇总", "市民之家现场评价情况"], workbook.Sheets.Select(s => s.Name));
        string[] tables = ["districts", "qr", "requests", "civic-centre"];
        for (int i = 0; i < tables.Length; i++)
        {
            AssertSheetShows(workbook.Sheets[i], workbook.Sheets[i].Name, CsvRows("report", "--demo", "--scale", "0.01", "--table", tables[i]));
        }
        // The headings are frozen under the title, and the title spans the table.
        using ZipArchive zip = ZipFile.OpenRead(file);
        XDocument sheet = XDocument.Load(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        XNamespace x = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        XElement pane = sheet.Descendants(x + "pane").Single();
        Assert.Equal(("2", "A3", "frozen"), ((string?)pane.Attribute("ySplit"), (string?)pane.Attribute("topLeftCell"), (string?)pane.Attribute("state")));
        Assert.Equal("A1:F1", (string?)sheet.Descendants(x + "mergeCell").Single().Attribute("ref"));
        // The Chinese headings are wider than their characters count: two columns each.
        double nameWidth = (double)sheet.Descendants(x + "col").ElementAt(3).Attribute("width")!;
        Assert.True(nameWidth >= 2 * "评价覆盖事项率".Length, $"width {nameWidth}");
    }

    [Fact]
    public void A_grouping_by_unit_and_month_is_one_sheet_with_its_total_and_note()
    {
        using var dir = new TemporaryDirectory();
        Directory.CreateDirectory(dir.Path);
        string file = Path.Combine(dir.Path, "by-month.xlsx");
        string[] args = ["report", "--demo", "--scale", "0.01", "--by", "unit", "--period", "month"];
        Assert.Equal(0, CliRunner.Run([.. args, "--format", "xlsx", "--out", file]).Code);
        WorkbookReadBack.Sheet sheet = Assert.Single(WorkbookReadBack.Read(file).Sheets);
        string[][] printed = CsvRows(args);
        AssertSheetShows(sheet, (string)sheet.Rows[0][0].Value!, printed);
        Assert.Equal("合计", sheet.Rows[printed.Length][1].Value);
        Assert.StartsWith("主动评价率 =", (string)sheet.Rows[^1][0].Value!, StringComparison.Ordinal);
    }

    [Fact]
    public void One_run_writes_a_workbook_and_a_page_each_in_the_format_of_its_extension()
    {
        using var dir = new TemporaryDirectory();
        Directory.CreateDirectory(dir.Path);
        string workbook = Path.Combine(dir.Path, "report.xlsx"), page = Path.Combine(dir.Path, "report.html");
        CliRunner.Result result = CliRunner.Run("report", "--demo", "--scale", "0.002", "--out", workbook, "--out", page);
        Assert.Equal(0, result.Code);
        Assert.Empty(result.Output);
        Assert.Equal(4, WorkbookReadBack.Read(workbook).Sheets.Count);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(page), StringComparison.Ordinal);
        CliRunner.Result unknown = CliRunner.Run("report", "--demo", "--scale", "0.002", "--out", Path.Combine(dir.Path, "report.pdf"));
        Assert.Equal(2, unknown.Code);
        Assert.Contains("give --format, or a file ending .xlsx", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_needs_a_file()
    {
        CliRunner.Result result = CliRunner.Run("report", "--demo", "--scale", "0.001", "--format", "xlsx");
        Assert.Equal(2, result.Code);
        Assert.Contains("--out FILE.xlsx", result.Error, StringComparison.Ordinal);
    }
}
