using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Evaluation.Cli.Tests.Reporting;

/// <summary>
/// The active rating rate (主动评价率) and the matter coverage rate (评价覆盖事项率) by the policy's basis: over completed
/// cases by default, over case-linked ratings with <c>--basis ratings</c>; the report says which, and never switches
/// basis on its own. The worked example of docs/metrics.md: C1 completed on 30 April and rated on 2 May, C2 completed and
/// rated in May, C3 completed in May and not yet rated.
/// </summary>
public sealed class MetricBasisTests : IDisposable
{
    private readonly TemporaryDirectory temporary = new();

    public MetricBasisTests()
    {
        Directory.CreateDirectory(temporary.Path);
        Write("units.csv", "unit_code,name,division_code,parent_code,level", "410202,龙亭区,410202000000,,");
        Write("ratings.csv", "rating_id,case_no,matter_code,unit_code,department_code,window_code,channel,level,origin,real_name,rated_at,tags,comment",
            "R1,C1,M1,410202,,,app,5,active,true,2023-05-02T09:00:00+08:00,,",
            "R2,C2,M2,410202,,,app,5,active,true,2023-05-10T16:00:00+08:00,,");
    }

    public void Dispose() => temporary.Dispose();

    private void Write(string name, string header, params string[] rows) =>
        File.WriteAllLines(Path.Combine(temporary.Path, name), [header, .. rows]);

    private void WriteCases() => Write("cases.csv", "case_no,matter_code,unit_code,department_code,window_code,accepted_at,completed_at",
        "C1,M1,410202,,,2023-04-30T09:00:00+08:00,2023-04-30T10:00:00+08:00",
        "C2,M2,410202,,,2023-05-10T09:00:00+08:00,2023-05-10T15:00:00+08:00",
        "C3,M3,410202,,,2023-05-20T09:00:00+08:00,2023-05-20T10:00:00+08:00");

    private (JsonElement Root, string Error) Json(params string[] options)
    {
        CliRunner.Result result = CliRunner.Run(["report", temporary.Path, "--by", "unit", "--period", "month", "--format", "json", "--as-of", "2023-05-22T12:00:00+08:00", .. options]);
        Assert.Equal(0, result.Code);
        return (JsonDocument.Parse(result.Output).RootElement, result.Error);
    }

    private static string Rate(JsonElement root, string period, string name)
    {
        JsonElement row = root.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("period").GetString() == period);
        JsonElement rate = row.GetProperty(name);
        return $"{rate.GetProperty("numerator")}/{rate.GetProperty("denominator")} {rate.GetProperty("display")}";
    }

    [Fact]
    public void By_default_both_rates_count_completed_cases_in_the_month_of_completion()
    {
        WriteCases();
        (JsonElement root, string error) = Json();

        Assert.Equal("completedCases", root.GetProperty("activeRatingRateBasis").GetString());
        Assert.Equal("completedCases", root.GetProperty("matterCoverageBasis").GetString());
        Assert.Equal("1/1 100.00%", Rate(root, "2023-04", "activeRatingRate"));
        Assert.Equal("1/2 50.00%", Rate(root, "2023-05", "activeRatingRate"));
        Assert.Equal("1/1 100.00%", Rate(root, "2023-04", "matterCoverageRate"));
        Assert.Equal("1/2 50.00%", Rate(root, "2023-05", "matterCoverageRate"));
        Assert.DoesNotContain("no completed cases", error, StringComparison.Ordinal);
    }

    [Fact]
    public void With_basis_ratings_both_rates_count_case_linked_ratings_in_the_month_of_rating()
    {
        WriteCases();
        (JsonElement root, _) = Json("--basis", "ratings");

        Assert.Equal("caseLinkedRatings", root.GetProperty("activeRatingRateBasis").GetString());
        Assert.Equal("caseLinkedRatings", root.GetProperty("matterCoverageBasis").GetString());
        Assert.Equal("0/0 /", Rate(root, "2023-04", "activeRatingRate"));
        Assert.Equal("2/2 100.00%", Rate(root, "2023-05", "activeRatingRate"));
        Assert.Equal("0/0 /", Rate(root, "2023-04", "matterCoverageRate"));
        Assert.Equal("2/2 100.00%", Rate(root, "2023-05", "matterCoverageRate"));
    }

    [Fact]
    public void Without_cases_the_case_based_rates_are_not_applicable_and_the_tool_says_why()
    {
        (JsonElement root, string error) = Json();

        Assert.Equal("completedCases", root.GetProperty("activeRatingRateBasis").GetString());
        Assert.Equal("0/0 /", Rate(root, "2023-05", "activeRatingRate"));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("rows")[0].GetProperty("activeRatingRate").GetProperty("value").ValueKind);
        Assert.Equal("0/0 /", Rate(root, "2023-05", "matterCoverageRate"));
        Assert.Contains("no completed cases", error, StringComparison.Ordinal);
        Assert.Contains("--basis ratings", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_cases_the_ratings_basis_still_applies_when_asked_for()
    {
        (JsonElement root, string error) = Json("--basis", "ratings");

        Assert.Equal("2/2 100.00%", Rate(root, "2023-05", "activeRatingRate"));
        Assert.DoesNotContain("no completed cases", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cases", "主动评价率 = 有主动评价的办结件数 / 办结件数（按办结时间）；评价覆盖事项率 = 有主动评价办结件的事项数 / 有办结件的事项数（按办结时间）")]
    [InlineData("ratings", "主动评价率 = 有效主动评价数 / 有效关联办件评价数（按评价时间）；评价覆盖事项率 = 有主动评价的事项数 / 有关联办件评价的事项数（按评价时间）")]
    public void A_printed_table_states_the_basis_under_it(string basis, string formulas)
    {
        WriteCases();
        CliRunner.Result result = CliRunner.Run("report", temporary.Path, "--by", "unit", "--basis", basis);

        Assert.Equal(0, result.Code);
        Assert.Contains(formulas, result.Output.Split('\n'));
    }
}
