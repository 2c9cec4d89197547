using System;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace Evaluation.Cli.Tests.Robustness;

/// <summary>Each kind of export that once stopped the tool with a stack trace, now handled on its own terms.</summary>
public class UnseenExportTests : IDisposable
{
    private const string RatingsHeader = "rating_id,case_no,matter_code,unit_code,department_code,window_code,channel,level,origin,real_name,rated_at,tags,comment";
    private readonly TemporaryDirectory directory = new();
    private readonly TemporaryDirectory elsewhere = new();

    public UnseenExportTests()
    {
        Directory.CreateDirectory(directory.Path);
        Directory.CreateDirectory(elsewhere.Path);
    }

    public void Dispose()
    {
        directory.Dispose();
        elsewhere.Dispose();
        GC.SuppressFinalize(this);
    }

    private string RejectsPath => Path.Combine(elsewhere.Path, "rejects.csv");

    private void Write(string file, params string[] lines) => File.WriteAllText(Path.Combine(directory.Path, file), string.Join('\n', lines) + "\n");

    private static string Rating(string id, string level = "5", string at = "2023-12-05T10:00:00+08:00", string comment = "") =>
        $"{id},,M1,410202,,,pc,{level},active,true,{at},,{comment}";

    private CliRunner.Result Validate() => CliRunner.Run("validate", directory.Path, "--rejects", RejectsPath);

    private string[][] Rejects() => [.. CsvText.Parse(File.ReadAllText(RejectsPath)).Skip(1)];

    [Fact]
    public void An_appeals_file_without_its_optional_ground_column_is_read()
    {
        Write("ratings.csv", RatingsHeader, Rating("R1", "1", comment: "慢"));
        Write("appeals.csv", "appeal_id,rating_id,filed_at,decided_at,decision", "A1,R1,2023-12-06T10:00:00+08:00,,pending");

        CliRunner.Result result = Validate();

        Assert.Equal(0, result.Code);
        Assert.Contains("appeals.csv: read 1, rejected 0", result.Output, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("report", directory.Path, "--by", "unit").Code);
    }

    [Fact]
    public void A_row_over_the_limit_is_rejected_with_its_line_and_the_rows_after_it_are_read()
    {
        Write("ratings.csv", RatingsHeader, Rating("R1"), Rating("R2", comment: new string('x', Evaluation.IO.Csv.RowLengthGuard.DefaultLimit + 1)), Rating("R3"));

        CliRunner.Result result = Validate();

        Assert.Equal(1, result.Code);
        string[] reject = Assert.Single(Rejects());
        Assert.Equal(["ratings.csv", "3", "", "csv.row.too-long"], reject[..4]);
        Assert.Contains("accepted 2, rejected 1, read 3", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unterminated_quote_rejects_its_row_to_the_end_of_the_file()
    {
        Write("ratings.csv", RatingsHeader, Rating("R1"), Rating("R2", comment: "\"never closed"), Rating("R3"));

        CliRunner.Result result = Validate();

        Assert.Equal(1, result.Code);
        string[] reject = Assert.Single(Rejects());
        Assert.Equal(["ratings.csv", "3", "", "csv.quote.unterminated"], reject[..4]);
        Assert.Contains("accepted 1, rejected 1, read 2", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9999-12-31T23:59:59+08:00")]
    [InlineData("0001-01-01T00:00:00+08:00")]
    [InlineData("1949-12-31T23:59:59+08:00")]
    [InlineData("2100-01-01T00:00:00+08:00")]
    public void An_instant_outside_the_supported_years_rejects_its_row_and_the_report_of_the_others_is_made(string instant)
    {
        Write("ratings.csv", RatingsHeader, Rating("R1"), Rating("R2", at: instant));

        CliRunner.Result validate = Validate();
        CliRunner.Result report = CliRunner.Run("report", directory.Path, "--by", "unit", "--format", "csv");

        Assert.Equal(["ratings.csv", "3", "rated_at", "csv.instant.out-of-range"], Assert.Single(Rejects())[..4]);
        Assert.Equal(1, report.Code);
        Assert.Contains("read 2, accepted 1, rejected 1", report.Error, StringComparison.Ordinal);
        Assert.Equal(1, validate.Code);
    }

    [Fact]
    public void A_bad_rating_whose_deadline_falls_past_the_calendar_is_rejected_as_not_covered()
    {
        Write("ratings.csv", RatingsHeader, Rating("R1"), Rating("R2", "1", "2026-12-25T10:00:00+08:00", "慢"), Rating("R3", "1", "2018-06-01T10:00:00+08:00", "慢"));

        CliRunner.Result report = CliRunner.Run("report", directory.Path, "--by", "unit");
        CliRunner.Result validate = Validate();

        Assert.Equal(1, report.Code);
        Assert.Equal(1, validate.Code);
        Assert.Equal([["ratings.csv", "3", "rated_at", "calendar.not-covered"], ["ratings.csv", "4", "rated_at", "calendar.not-covered"]], Rejects().Select(r => r[..4]));
    }

    [Fact]
    public void A_range_whose_first_date_follows_its_last_is_a_usage_error()
    {
        CliRunner.Result result = CliRunner.Run("report", "--demo", "--scale", "0.001", "--from", "2023-12-01", "--to", "2023-01-01");

        Assert.Equal(2, result.Code);
        Assert.Contains("--from 2023-12-01 is after --to 2023-01-01", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Theory]
    [InlineData("--table", "districts", "--by", "matter")]
    [InlineData("--table", "qr", "--period", "month")]
    [InlineData("--unit", "410200SMZJ", "--table", "qr")]
    [InlineData("--unit", "410200SMZJ", "--by", "unit")]
    [InlineData("--sort", "bad", "--by", "unit", "--format", "json")]
    [InlineData("--sort", "bad", "--table", "requests")]
    public void Options_that_cannot_all_be_honoured_are_a_usage_error(params string[] options)
    {
        Write("ratings.csv", RatingsHeader, Rating("R1"));

        CliRunner.Result result = CliRunner.Run(["report", directory.Path, .. options]);

        Assert.Equal(2, result.Code);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(string.Empty, result.Output);
    }

    [Theory]
    [InlineData("goodRate")]
    [InlineData("ratings")]
    public void A_ranked_report_without_any_row_is_its_total_alone(string metric)
    {
        CliRunner.Result result = CliRunner.Run("report", "--demo", "--scale", "0.001", "--by", "matter", "--period", "day", "--from", "2030-01-01", "--to", "2030-01-02", "--sort", metric, "--format", "csv");

        Assert.Equal(0, result.Code);
        Assert.Equal([",合计,,0,0,/,0,/,/,/"], result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1));
    }

    [Fact]
    public void A_scale_without_the_demo_is_a_usage_error()
    {
        Write("ratings.csv", RatingsHeader, Rating("R1"));

        Assert.Equal(2, CliRunner.Run("report", directory.Path, "--scale", "0.5").Code);
    }

    [Theory]
    [InlineData("report")]
    [InlineData("validate")]
    public void A_directory_without_any_file_of_the_format_is_a_usage_error_naming_the_files(string command)
    {
        File.WriteAllText(Path.Combine(directory.Path, "notes.txt"), "not an export");

        CliRunner.Result result = CliRunner.Run(command, directory.Path);

        Assert.Equal(2, result.Code);
        Assert.Contains("holds none of the files of the format: cases.csv, ratings.csv", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_without_a_rejects_path_writes_nothing_into_the_input_directory()
    {
        Write("ratings.csv", RatingsHeader, Rating("R1", "9"));
        string current = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = directory.Path;
            CliRunner.Result inside = CliRunner.Run("validate", directory.Path);
            Environment.CurrentDirectory = elsewhere.Path;
            CliRunner.Result outside = CliRunner.Run("validate", directory.Path);

            Assert.Equal(["ratings.csv"], Directory.GetFiles(directory.Path).Select(Path.GetFileName));
            Assert.Contains("rejects not written", inside.Output, StringComparison.Ordinal);
            Assert.True(File.Exists(RejectsPath));
            Assert.Equal(1, outside.Code);
        }
        finally
        {
            Environment.CurrentDirectory = current;
        }
    }

    [Fact]
    public void Units_with_6_and_9_digit_division_codes_are_read_with_their_level()
    {
        Write("units.csv", "unit_code,name,division_code,parent_code", "410202,龙亭区,410202,", "410202001,北道门街道,410202001,410202");
        Write("ratings.csv", RatingsHeader, Rating("R1"));

        CliRunner.Result result = Validate();
        CliRunner.Result table = CliRunner.Run("report", directory.Path, "--table", "districts");

        Assert.Equal(0, result.Code);
        Assert.Contains("units.csv: read 2, rejected 0", result.Output, StringComparison.Ordinal);
        Assert.Contains("龙亭区", table.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_of_the_format_named_twice_refuses_the_file()
    {
        Write("ratings.csv", RatingsHeader + ",level", Rating("R1") + ",5");

        CliRunner.Result result = Validate();

        Assert.Equal(2, result.Code);
        Assert.Contains("ratings.csv: column(s) level named more than once in the header (csv.column.duplicate)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_the_format_does_not_know_may_repeat_or_be_unnamed()
    {
        Write("ratings.csv", "x,," + RatingsHeader + ",x", "1,2," + Rating("R1") + ",3");

        Assert.Equal(0, Validate().Code);
    }

    [Fact]
    public void A_failure_nothing_foresaw_ends_with_exit_2_and_one_line_and_the_stack_trace_only_when_verbose()
    {
        Write("ratings.csv", RatingsHeader, Rating("R1", "9"));
        Directory.CreateDirectory(RejectsPath);

        CliRunner.Result plain = CliRunner.Run("validate", directory.Path, "--rejects", RejectsPath);
        CliRunner.Result verbose = CliRunner.Run("validate", directory.Path, "--rejects", RejectsPath, "--verbose");

        Assert.Equal(2, plain.Code);
        Assert.Single(plain.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => line.Contains("failed unexpectedly", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", plain.Error, StringComparison.Ordinal);
        Assert.Contains("   at ", verbose.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_in_UTF16_with_its_byte_order_mark_is_read()
    {
        File.WriteAllText(Path.Combine(directory.Path, "ratings.csv"), RatingsHeader + "\n" + Rating("R1") + "\n", Encoding.Unicode);

        Assert.Equal(0, Validate().Code);
    }
}
