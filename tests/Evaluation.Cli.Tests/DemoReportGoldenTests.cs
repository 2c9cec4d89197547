using System;
using System.IO;
using System.Linq;
using Evaluation.Demo;
using Xunit;

namespace Evaluation.Cli.Tests;

/// <summary>
/// The README's first command, run in process: the demo report must print every figure of the district table
/// of Kaifeng's 2023 report (开封市各县区"好差评"数据汇总).
/// </summary>
public class DemoReportGoldenTests
{
    private static readonly Lazy<(int Code, string Output)> Report = new(() => Run("report", "--demo"));

    [Fact]
    public void The_demo_report_succeeds_with_the_official_title_and_headings()
    {
        Assert.Equal(0, Report.Value.Code);
        Assert.Contains(KaifengReport2023.DistrictTableTitle, Report.Value.Output, StringComparison.Ordinal);
        Assert.Contains("序号  评价县区    评价数量  评价覆盖事项率  差评  主动评价率", Report.Value.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("龙亭区")]
    [InlineData("尉氏县")]
    [InlineData("杞县")]
    [InlineData("祥符区")]
    [InlineData("通许县")]
    [InlineData("顺河回族区")]
    [InlineData("禹王台区")]
    [InlineData("鼓楼区")]
    [InlineData("兰考县")]
    public void Each_district_row_reproduces_the_source_figures(string district)
    {
        DistrictFigures expected = KaifengReport2023.Districts.Single(d => d.Name == district);
        string[] cells = Report.Value.Output.Split('\n')
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Single(c => c.Length == 6 && c[1] == district);
        Assert.Equal(expected.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), cells[0]);
        Assert.Equal(expected.Ratings.ToString(System.Globalization.CultureInfo.InvariantCulture), cells[2]);
        Assert.Equal(expected.CoverageRate, cells[3]);
        Assert.Equal(expected.Bad.ToString(System.Globalization.CultureInfo.InvariantCulture), cells[4]);
        Assert.Equal(expected.ActiveRate, cells[5]);
    }

    [Fact]
    public void The_total_row_is_the_ratio_of_sums()
    {
        string[] total = Report.Value.Output.Split('\n').Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Single(c => c.Length > 0 && c[0] == "合计");
        Assert.Equal(KaifengReport2023.Districts.Sum(d => d.Ratings).ToString(System.Globalization.CultureInfo.InvariantCulture), total[1]);
        Assert.Equal(KaifengReport2023.Districts.Sum(d => d.Bad).ToString(System.Globalization.CultureInfo.InvariantCulture), total[3]);
    }

    [Fact]
    public void Markdown_output_has_a_header_row_and_a_row_per_district()
    {
        (int code, string output) = Run("report", "--demo", "--scale", "0.01", "--format", "markdown");
        Assert.Equal(0, code);
        Assert.Contains("| 序号 | 评价县区 | 评价数量 | 评价覆盖事项率 | 差评 | 主动评价率 |", output, StringComparison.Ordinal);
        Assert.Equal(9 + 1 + 2, output.Split('\n').Count(l => l.StartsWith('|')));
    }

    [Theory]
    [InlineData("report")]
    [InlineData("report", "--demo", "--format", "pdf")]
    [InlineData("report", "--demo", "--scale", "2")]
    [InlineData("nonsense")]
    public void Usage_errors_exit_with_code_2_or_1_and_print_no_table(params string[] args)
    {
        (int code, string output) = Run(args);
        Assert.NotEqual(0, code);
        Assert.DoesNotContain("合计", output, StringComparison.Ordinal);
    }

    private static (int, string) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = Program.Run(args, output, error);
        return (code, output.ToString());
    }
}
