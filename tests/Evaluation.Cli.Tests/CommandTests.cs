using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Evaluation.Cli.Tests;

/// <summary>The commands end to end on small files: output, rejects and exit codes.</summary>
public sealed class CommandTests : IDisposable
{
    private readonly TemporaryDirectory temporary = new();

    private string directory => temporary.Path;

    public void Dispose() => temporary.Dispose();

    private string DemoFiles()
    {
        CliRunner.Result result = CliRunner.Run("demo", "--out", directory, "--scale", "0.002");
        Assert.Equal(0, result.Code);
        return directory;
    }

    [Fact]
    public void Demo_writes_files_that_report_reads_back_without_rejects()
    {
        CliRunner.Result report = CliRunner.Run("report", DemoFiles(), "--table", "districts");
        Assert.Equal(0, report.Code);
        Assert.Contains("龙亭区", report.Output, StringComparison.Ordinal);
        Assert.Contains("rejected 0", report.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_reaches_its_output_before_the_summary_when_both_share_one_stream()
    {
        // Standard output is buffered; the summary goes to standard error, which is not. With "2>&1" the report must
        // still come first, so the command writes out what it buffered before its summary.
        var shared = new System.Text.StringBuilder();
        using var output = new FlushedOnly(shared);
        using var error = new StringWriter(shared);
        int code = Program.Run(["report", DemoFiles(), "--table", "districts"], output, error);
        string text = shared.ToString();
        Assert.Equal(0, code);
        int table = text.IndexOf("龙亭区", StringComparison.Ordinal);
        int summary = text.IndexOf("rejected 0", StringComparison.Ordinal);
        Assert.True(table >= 0 && summary > table, text);
    }

    [Fact]
    public void Json_written_straight_to_a_UTF8_stream_is_the_text_written_to_a_text_writer()
    {
        string files = DemoFiles();
        string[] args = ["report", files, "--by", "unit", "--period", "month", "--format", "json"];
        CliRunner.Result text = CliRunner.Run(args);
        using var bytes = new MemoryStream();
        using (var output = new StreamWriter(bytes, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 10, leaveOpen: true))
        {
            output.Write("before ");
            Assert.Equal(0, Program.Run(args, output, TextWriter.Null));
        }
        Assert.Equal(0, text.Code);
        Assert.Equal("before " + text.Output, System.Text.Encoding.UTF8.GetString(bytes.ToArray()));
    }

    /// <summary>A writer whose text reaches the shared text only when flushed, as a buffered stream's does.</summary>
    private sealed class FlushedOnly(System.Text.StringBuilder shared) : StringWriter(CultureInfo.InvariantCulture)
    {
        public override void Flush()
        {
            shared.Append(GetStringBuilder());
            GetStringBuilder().Clear();
        }
    }

    [Fact]
    public void Json_output_follows_the_contract()
    {
        CliRunner.Result report = CliRunner.Run("report", DemoFiles(), "--by", "unit", "--period", "month", "--format", "json");
        Assert.Equal(0, report.Code);
        using JsonDocument json = JsonDocument.Parse(report.Output);
        JsonElement root = json.RootElement;
        Assert.Equal("unit", root.GetProperty("groupBy")[0].GetString());
        Assert.Equal("month", root.GetProperty("period").GetString());
        Assert.Equal("henan", root.GetProperty("policy").GetString());
        Assert.Equal(root.GetProperty("read").GetInt64(), root.GetProperty("accepted").GetInt64() + root.GetProperty("rejected").GetInt64());
        JsonElement row = root.GetProperty("rows").EnumerateArray().First(r => r.GetProperty("unitName").GetString() == "龙亭区" && r.GetProperty("period").GetString() == "2023-12");
        Assert.True(row.GetProperty("ratings").GetInt64() > 0);
        JsonElement rate = row.GetProperty("activeRatingRate");
        Assert.True(rate.GetProperty("denominator").GetInt64() >= rate.GetProperty("numerator").GetInt64());
        Assert.EndsWith("%", rate.GetProperty("display").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, row.GetProperty("followUpRate").GetProperty("numerator").GetInt64());
        JsonElement civic = root.GetProperty("rows").EnumerateArray().First(r => r.GetProperty("unitName").GetString() == "市民之家" && r.GetProperty("followUps").GetInt64() > 0);
        Assert.True(civic.GetProperty("followUpRate").GetProperty("value").GetDouble() > 0.5);
    }

    [Fact]
    public void A_rate_with_nothing_to_divide_by_is_null_with_a_slash_in_json()
    {
        CliRunner.Result report = CliRunner.Run("report", DemoFiles(), "--by", "channel", "--format", "json");
        using JsonDocument json = JsonDocument.Parse(report.Output);
        JsonElement qr = json.RootElement.GetProperty("rows").EnumerateArray().First(r => r.GetProperty("channel").GetString() == "qr_static");
        Assert.Equal(0, qr.GetProperty("cases").GetInt64());
        Assert.Equal(JsonValueKind.Null, qr.GetProperty("followUpRate").GetProperty("value").ValueKind);
        Assert.Equal("/", qr.GetProperty("followUpRate").GetProperty("display").GetString());
    }

    [Fact]
    public void Rejected_rows_are_written_with_reasons_and_the_exit_code_is_1()
    {
        string dir = DemoFiles();
        File.AppendAllText(Path.Combine(dir, "ratings.csv"),
            "BAD1,,,410202,,,app,7,active,true,2023-12-05T10:31:00+08:00,,\n" +
            "BAD2,,,410202,,,app,2,active,true,2023-12-05T10:31:00+08:00,,\n" +
            "BAD3,,,410202,,,app,5,active,maybe,2023-12-05T10:31:00,,\n");
        string rejects = Path.Combine(dir, "my-rejects.csv");
        CliRunner.Result result = CliRunner.Run("validate", dir, "--rejects", rejects);
        Assert.Equal(1, result.Code);
        string text = File.ReadAllText(rejects);
        Assert.Contains("csv.level.out-of-range", text, StringComparison.Ordinal);
        Assert.Contains("rating.bad.reason-missing", text, StringComparison.Ordinal);
        Assert.Contains("csv.bool.malformed", text, StringComparison.Ordinal);
        Assert.Contains("BAD2,,,410202", text, StringComparison.Ordinal);
        Assert.Contains("rejected 3", result.Output, StringComparison.Ordinal);

        CliRunner.Result report = CliRunner.Run("report", dir, "--table", "districts");
        Assert.Equal(1, report.Code);
        Assert.Contains("龙亭区", report.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_column_refuses_the_file_with_exit_code_2()
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "ratings.csv"), "rating_id,unit_code\nR1,410202\n");
        CliRunner.Result result = CliRunner.Run("report", directory);
        Assert.Equal(2, result.Code);
        Assert.Contains("csv.column.missing", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_grouping_too_large_to_count_is_a_usage_error_with_exit_code_2()
    {
        // 46,340 ratings, each of its own matter and window: 46,341 x 46,341 possible groups ("none" counts as a value), more than 2^31 - 1.
        Directory.CreateDirectory(directory);
        File.WriteAllLines(Path.Combine(directory, "ratings.csv"),
        [
            "rating_id,case_no,matter_code,unit_code,department_code,window_code,channel,level,origin,real_name,rated_at,tags,comment",
            .. Enumerable.Range(0, 46_340).Select(i => $"R{i},,M{i},410202,,W{i},app,5,active,true,2023-12-05T10:31:00+08:00,,"),
        ]);
        // The JSON report counts the cases' groups on another thread meanwhile; the refusal is the same.
        foreach (string format in new[] { "table", "json" })
        {
            CliRunner.Result result = CliRunner.Run("report", directory, "--by", "matter,window", "--format", format);
            Assert.Equal(2, result.Code);
            Assert.Contains("2147488281 possible groups", result.Error, StringComparison.Ordinal);
        }
        Assert.Equal(0, CliRunner.Run("report", directory, "--by", "matter").Code);
    }

    [Fact]
    public void A_missing_directory_is_exit_code_2() =>
        Assert.Equal(2, CliRunner.Run("report", Path.Combine(directory, "nope")).Code);

    [Theory]
    [InlineData("report")]
    [InlineData("report", "--demo", "--format", "pdf")]
    [InlineData("report", "--demo", "--scale", "2")]
    [InlineData("report", "--demo", "--by", "colour")]
    [InlineData("report", "--demo", "--from", "2023-13-01")]
    [InlineData("deadline", "2023-09-28")]
    [InlineData("deadline", "not-a-date", "--working-days", "3")]
    [InlineData("nonsense")]
    public void Usage_errors_exit_with_code_2(params string[] args) =>
        Assert.Equal(2, CliRunner.Run(args).Code);

    [Fact]
    public void Deadline_counts_working_days_across_National_Day()
    {
        CliRunner.Result result = CliRunner.Run("deadline", "2023-09-28T15:00:00+08:00", "--working-days", "3");
        Assert.Equal(0, result.Code);
        Assert.Contains("due by 2023-10-09T23:59:59.999999999+08:00", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Deadline_outside_the_calendar_is_explained()
    {
        CliRunner.Result result = CliRunner.Run("deadline", "2030-01-02", "--working-days", "3");
        Assert.Equal(2, result.Code);
        Assert.Contains("covers 2019-01-01 to 2026-12-31", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_follow_up_ledger_and_a_sorted_table_print_from_the_demo_files()
    {
        string dir = DemoFiles();
        CliRunner.Result ledger = CliRunner.Run("report", dir, "--table", "follow-up-ledger", "--from", "2023-12-01", "--to", "2023-12-31");
        Assert.Equal(0, ledger.Code);
        Assert.Contains("当日回访率", ledger.Output, StringComparison.Ordinal);
        Assert.Contains("市民之家", ledger.Output, StringComparison.Ordinal);
        CliRunner.Result sorted = CliRunner.Run("report", dir, "--table", "districts", "--sort", "activeRatingRate", "--lang", "en");
        Assert.Equal(0, sorted.Code);
        string[][] rows = sorted.Rows("Ratings by district");
        Assert.Equal("1", rows[0][0]);
        Assert.Equal("龙亭区", rows[0][1]);
    }

    [Fact]
    public void The_metrics_table_numbers_its_groups_in_order_or_by_rank_and_ends_with_their_total_in_every_format()
    {
        string dir = DemoFiles();
        string[] Lines(params string[] args)
        {
            CliRunner.Result result = CliRunner.Run(["report", dir, "--by", "unit", "--period", "month", .. args]);
            Assert.Equal(0, result.Code);
            return result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        }

        string[][] listed = [.. Lines("--format", "csv").Skip(1).Select(line => line.Split(','))];
        string[][] ranked = [.. Lines("--format", "csv", "--sort", "bad").Skip(1).Select(line => line.Split(','))];

        foreach (string[][] rows in new[] { listed, ranked })
        {
            Assert.Equal(["", "合计", ""], rows[^1][..3]);
            Assert.Equal(rows[..^1].Sum(r => long.Parse(r[3], CultureInfo.InvariantCulture)), long.Parse(rows[^1][3], CultureInfo.InvariantCulture));
        }
        Assert.Equal(Enumerable.Range(1, listed.Length - 1).Select(n => n.ToString(CultureInfo.InvariantCulture)), listed[..^1].Select(r => r[0]));
        long[] bad = [.. ranked[..^1].Select(r => long.Parse(r[6], CultureInfo.InvariantCulture))];
        Assert.Equal(bad.OrderDescending(), bad);
        Assert.Equal("1", ranked[0][0]);
        // Markdown and the console table print the same rows under a title, a heading line and a rule, and the formulas
        // of the two rates whose basis a policy chooses under them; CSV has rows alone.
        const string Formulas = "主动评价率 = 有主动评价的办结件数 / 办结件数（按办结时间）；评价覆盖事项率 = 有主动评价办结件的事项数 / 有办结件的事项数（按办结时间）";
        Assert.Equal(listed.Length + 4, Lines("--format", "markdown").Length);
        Assert.Equal(Formulas, Lines("--format", "markdown")[^1]);
        Assert.Equal(listed.Length + 4, Lines().Length);
        Assert.Equal(Formulas, Lines()[^1]);
    }

    [Fact]
    public void Help_is_available_for_every_command()
    {
        foreach (string command in new[] { "demo", "report", "validate", "deadline" })
        {
            CliRunner.Result help = CliRunner.Run(command, "--help");
            Assert.Equal(0, help.Code);
            Assert.Contains("Usage", help.Output, StringComparison.Ordinal);
        }
    }
}
