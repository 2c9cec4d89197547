using System;
using System.IO;
using Evaluation.Tests.Shared;
using Evaluation.Workbooks.Reading;
using Xunit;

namespace Evaluation.Cli.Tests.Workbooks;

public class WorkbookInputTests
{
    private static string MessyDirectory(TemporaryDirectory root)
    {
        string csv = Path.Combine(root.Path, "csv");
        Directory.CreateDirectory(csv);
        MessyExports.WriteDirectory(csv, [["C1,M1,410202,,W1,2023-12-01T09:00:00+08:00,2023-12-01T10:00:00+08:00"], ["R1,C1,M1,410202,,,pc,9,active,true,2023-12-01T11:00:00+08:00,,"], [], [], [], ["0", "plain"]]);
        return csv;
    }

    [Fact]
    public void Rule_a_kind_given_both_as_a_workbook_and_as_CSV_is_refused()
    {
        using var root = new TemporaryDirectory();
        string csv = MessyDirectory(root);
        string xlsx = Path.Combine(root.Path, "xlsx");
        WorkbookInputProperties.WriteAsWorkbooks(csv, xlsx);
        File.Copy(Path.Combine(csv, "ratings.csv"), Path.Combine(xlsx, "ratings.csv"));
        CliRunner.Result result = CliRunner.Run("validate", xlsx, "--rejects", Path.Combine(root.Path, "rejects.csv"));
        Assert.Equal(2, result.Code);
        Assert.Contains("ratings.xlsx: the directory also holds ratings.csv", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrupt_workbook_is_a_usage_error_naming_the_file_without_a_stack_trace()
    {
        using var root = new TemporaryDirectory();
        Directory.CreateDirectory(root.Path);
        File.WriteAllBytes(Path.Combine(root.Path, "ratings.xlsx"), [0x50, 0x4B, 0x03, 0x04, 0xFF, 0xFE, 0x00, 0x22, 0x22]);
        CliRunner.Result result = CliRunner.Run("report", root.Path);
        Assert.Equal(2, result.Code);
        Assert.Contains("ratings.xlsx: not a workbook that can be read", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reject_names_the_workbook_the_sheet_the_row_and_the_cell()
    {
        using var root = new TemporaryDirectory();
        string xlsx = Path.Combine(root.Path, "xlsx");
        WorkbookInputProperties.WriteAsWorkbooks(MessyDirectory(root), xlsx);
        string rejects = Path.Combine(root.Path, "rejects.csv");
        CliRunner.Result result = CliRunner.Run("validate", xlsx, "--rejects", rejects);
        Assert.Equal(1, result.Code);
        Assert.Contains("ratings.xlsx: read 1, rejected 1", result.Output, StringComparison.Ordinal);
        Assert.Contains("ratings.xlsx,2,level (导出数据!H2),csv.level.out-of-range,", File.ReadAllText(rejects), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yyyy/m/d h:mm", true)]
    [InlineData("hh:mm:ss", true)]
    [InlineData("[$-804]yyyy\"年\"m\"月\"d\"日\"", true)]
    [InlineData("0.00%", false)]
    [InlineData("General", false)]
    [InlineData("[Red]#,##0", false)]
    [InlineData("\"day \"0", false)]
    [InlineData("0\\d", false)]
    public void Rule_a_number_format_shows_a_date_when_it_has_a_date_or_time_part_outside_quotes_and_brackets(string format, bool date) =>
        Assert.Equal(date, CellText.IsDateFormat(format));
}
