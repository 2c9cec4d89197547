using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Evaluation.Cli.Tests.Calendar;

/// <summary>Next year's notice, the day it is out: holiday files on every command, provisional years only when asked for, and <c>evaluation calendar</c>.</summary>
[Collection(EnvironmentTests.Name)]
public class HolidayFileCommandTests : IDisposable
{
    private const string RatingsHeader = "rating_id,case_no,matter_code,unit_code,department_code,window_code,channel,level,origin,real_name,rated_at,tags,comment";

    // A 2027 schedule as typed from a notice (an example: 4 January made a day off).
    private const string Notice2027 = """
        year: 2027
        source: 国务院办公厅关于2027年部分节假日安排的通知（example）
        元旦: 2027-01-01 to 2027-01-04
        春节: 2027-02-05 to 2027-02-12; work 2027-02-13, 2027-02-14
        清明节: 2027-04-05
        劳动节: 2027-05-01 to 2027-05-05; work 2027-04-25
        端午节: 2027-06-09
        中秋节: 2027-09-15
        国庆节: 2027-10-01 to 2027-10-07; work 2027-09-26, 2027-10-09
        """;

    private readonly TemporaryDirectory directory = new();

    public HolidayFileCommandTests() => Directory.CreateDirectory(directory.Path);

    public void Dispose()
    {
        directory.Dispose();
        GC.SuppressFinalize(this);
    }

    private string File2027(string text = Notice2027)
    {
        string path = Path.Combine(directory.Path, "2027.txt");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void A_deadline_into_a_year_without_a_notice_is_refused_and_says_how_to_give_one()
    {
        CliRunner.Result result = CliRunner.Run("deadline", "2026-12-20T10:00:00+08:00", "--working-days", "15");

        Assert.Equal(2, result.Code);
        Assert.Contains("--holidays FILE", result.Error, StringComparison.Ordinal);
        Assert.Contains("--provisional", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deadline_with_the_years_notice_from_a_file_is_due_as_the_notice_says_and_not_provisional()
    {
        CliRunner.Result result = CliRunner.Run("deadline", "2026-12-20T10:00:00+08:00", "--working-days", "15", "--holidays", File2027());

        // 21 to 31 December 2026 hold 9 working days; 1 to 4 January are off; 5 to 8 and 11, 12 January are the other 6.
        Assert.Equal(0, result.Code);
        Assert.Contains("due by 2027-01-12T23:59:59", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("provisional", result.Output, StringComparison.Ordinal);
        Assert.Contains("2027 from ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_provisional_deadline_says_so_beside_the_figure()
    {
        CliRunner.Result result = CliRunner.Run("deadline", "2026-12-20T10:00:00+08:00", "--working-days", "15", "--provisional");

        Assert.Equal(0, result.Code);
        Assert.Contains("due by 2027-01-11T23:59:59.999999999+08:00 (provisional: counted over 2027", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_environment_variable_names_holiday_files_for_every_command()
    {
        Environment.SetEnvironmentVariable("EVALUATION_HOLIDAYS", File2027());
        try
        {
            CliRunner.Result result = CliRunner.Run("deadline", "2026-12-20T10:00:00+08:00", "--working-days", "15");

            Assert.Equal(0, result.Code);
            Assert.Contains("due by 2027-01-12", result.Output, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("EVALUATION_HOLIDAYS", null);
        }
    }

    [Fact]
    public void A_file_that_breaks_a_rule_is_refused_with_its_file_and_line()
    {
        string path = File2027(Notice2027.Replace("work 2027-04-25", "work 2027-04-28", StringComparison.Ordinal));

        CliRunner.Result result = CliRunner.Run("deadline", "2026-12-20", "--working-days", "1", "--holidays", path);

        Assert.Equal(2, result.Code);
        Assert.Contains($"{path} line 6: holidays.make-up.weekday", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_overrides_the_built_in_year_it_names()
    {
        string path = Path.Combine(directory.Path, "2026.txt");
        // The built-in 2026 with the New Year break run on to Monday 5 January, and no Sunday worked for it.
        string text = CliRunner.Run("calendar", "2026").Output.Replace("2026-01-01 to 2026-01-03; work 2026-01-04", "2026-01-01 to 2026-01-05", StringComparison.Ordinal);
        File.WriteAllText(path, text);

        CliRunner.Result deadline = CliRunner.Run("deadline", "2025-12-31T10:00:00+08:00", "--working-days", "1", "--holidays", path);
        CliRunner.Result calendar = CliRunner.Run("calendar", "2026", "--holidays", path);

        Assert.Contains("due by 2026-01-06", deadline.Output, StringComparison.Ordinal);
        Assert.StartsWith($"# origin: file {path}", calendar.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026", "built-in")]
    [InlineData("2027", "provisional")]
    public void The_calendar_command_prints_a_years_schedule_with_its_origin_in_text_and_json(string year, string origin)
    {
        CliRunner.Result text = CliRunner.Run("calendar", year, "--provisional");
        CliRunner.Result json = CliRunner.Run("calendar", year, "--provisional", "--format", "json");

        Assert.StartsWith($"# origin: {origin}", text.Output, StringComparison.Ordinal);
        Assert.Contains($"year: {year}", text.Output, StringComparison.Ordinal);
        using JsonDocument document = JsonDocument.Parse(json.Output);
        Assert.Equal(origin, document.RootElement.GetProperty("origin").GetString());
        Assert.True(document.RootElement.GetProperty("days").GetArrayLength() > 10);
    }

    [Fact]
    public void The_calendar_command_refuses_a_year_without_a_schedule_unless_provisional()
    {
        Assert.Equal(2, CliRunner.Run("calendar", "2027").Code);
        Assert.Equal(0, CliRunner.Run("calendar", "2027", "--holidays", File2027()).Code);
    }

    [Fact]
    public void A_report_with_a_provisional_year_says_so_in_json_and_on_standard_error()
    {
        string data = Path.Combine(directory.Path, "data");
        Directory.CreateDirectory(data);
        File.WriteAllText(Path.Combine(data, "ratings.csv"), RatingsHeader + "\n"
            + "R1,,M1,410202,,,pc,1,active,true,2026-12-25T10:00:00+08:00,,办理时间过长\n"
            + "R2,,M1,410202,,,pc,5,active,true,2026-12-20T10:00:00+08:00,,\n");

        CliRunner.Result without = CliRunner.Run("report", data, "--by", "unit", "--format", "json");
        CliRunner.Result with = CliRunner.Run("report", data, "--by", "unit", "--format", "json", "--provisional");

        Assert.Equal(1, without.Code);
        Assert.Equal(0, with.Code);
        using JsonDocument before = JsonDocument.Parse(without.Output), after = JsonDocument.Parse(with.Output);
        Assert.False(before.RootElement.GetProperty("provisional").GetBoolean());
        Assert.True(after.RootElement.GetProperty("provisional").GetBoolean());
        Assert.Equal([2027], after.RootElement.GetProperty("provisionalYears").EnumerateArray().Select(y => y.GetInt32()));
        Assert.Contains("provisional: deadlines may run over 2027", with.Error, StringComparison.Ordinal);
    }
}

/// <summary>Tests that set environment variables the commands read run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EnvironmentTests
{
    internal const string Name = "environment";
}
