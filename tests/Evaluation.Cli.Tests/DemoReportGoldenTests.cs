using System;
using System.Globalization;
using System.Linq;
using Evaluation.Demo;
using Xunit;

namespace Evaluation.Cli.Tests;

/// <summary>
/// The README's first command, run in process: the demo report must print every figure of the four tables of Kaifeng's
/// 2023 report, each row and each total.
/// </summary>
public class DemoReportGoldenTests
{
    private static readonly Lazy<CliRunner.Result> Report = new(() => CliRunner.Run("report", "--demo"));

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A row by its name; the total row, whose 序号 cell is empty, is padded so that columns line up.</summary>
    private static string[] Row(string title, string name)
    {
        string[] cells = Report.Value.Rows(title).Single(cells => cells.Length > 1 && (cells[1] == name || cells[0] == name));
        return cells[0] == name ? ["", .. cells] : cells;
    }

    [Fact]
    public void The_demo_report_succeeds_with_the_official_titles_and_headings()
    {
        Assert.Equal(0, Report.Value.Code);
        Assert.Contains("序号  评价县区    评价数量  评价覆盖事项率  差评  主动评价率", Report.Value.Output, StringComparison.Ordinal);
        Assert.Contains("各县区\u201c好差评\u201d静态二维码数据汇总", Report.Value.Output, StringComparison.Ordinal);
        Assert.Contains("各县区\u201c有诉即办\u201d服务专区工作情况汇总", Report.Value.Output, StringComparison.Ordinal);
        Assert.Contains("市民之家现场评价情况", Report.Value.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_district_row_reproduces_the_source_figures()
    {
        foreach (DistrictFigures d in KaifengReport2023.Districts)
        {
            string[] cells = Row("各县区\u201c好差评\u201d数据汇总", d.Name);
            Assert.Equal([N(d.Ratings), d.CoverageRate, N(d.Bad), d.ActiveRate], cells[2..]);
        }
        string[] total = Row("各县区\u201c好差评\u201d数据汇总", "合计");
        Assert.Equal(N(KaifengReport2023.Districts.Sum(d => d.Ratings)), total[2]);
        Assert.Equal(N(KaifengReport2023.Districts.Sum(d => d.Bad)), total[4]);
    }

    [Fact]
    public void Every_static_QR_row_and_the_city_totals_reproduce_the_source()
    {
        foreach (QrFigures q in KaifengReport2023.StaticQr)
        {
            Assert.Equal([N(q.December), N(q.DecemberBad), N(q.Year)], Row("静态二维码数据汇总", q.Name)[2..]);
        }
        Assert.Equal(["55274", "11", "982065"], Row("静态二维码数据汇总", "合计")[2..]);
    }

    [Fact]
    public void Every_requests_row_reproduces_the_source_with_a_slash_where_a_unit_has_no_such_window()
    {
        foreach (RequestFigures r in KaifengReport2023.Requests)
        {
            string Cell(long? n) => n is long value ? N(value) : "/";
            Assert.Equal([Cell(r.Assisted), Cell(r.Enterprise), Cell(r.Unresolved)], Row("服务专区工作情况汇总", r.Name)[2..]);
        }
        Assert.Equal(["321795", "4521", "320"], Row("服务专区工作情况汇总", "合计")[2..]);
    }

    [Fact]
    public void Every_civic_centre_department_reproduces_the_source()
    {
        foreach (CivicCentreFigures c in KaifengReport2023.CivicCentre)
        {
            Assert.Equal([N(c.December), N(c.Year)], Row("现场评价情况", c.Name)[2..]);
        }
        Assert.Equal("74464", Row("现场评价情况", "合计")[3]);
    }
}
