using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Policies;
using Evaluation.Reporting;
using Evaluation.Reporting.Cases;
using Xunit;

namespace Evaluation.Cli.Tests;

/// <summary>
/// Rows name their codes from the catalogue files (units, departments, windows, matters): a report of a million matter
/// rows looks a name up a million times, so each catalogue's names are gathered once, not once per row.
/// </summary>
public sealed class CatalogueNamesTests : IDisposable
{
    private readonly TemporaryDirectory temporary = new();

    private string directory => temporary.Path;

    public void Dispose() => temporary.Dispose();

    /// <summary>The demo's files at a small scale, with a matter catalogue naming every matter its cases name.</summary>
    private void DemoWithMatterCatalogue()
    {
        Assert.Equal(0, CliRunner.Run("demo", "--out", directory, "--scale", "0.002").Code);
        string department = File.ReadLines(Path.Combine(directory, "departments.csv")).Skip(1).First().Split(',')[0];
        string[] matters = [.. File.ReadLines(Path.Combine(directory, "cases.csv")).Skip(1).Select(l => l.Split(',')[1]).Distinct()];
        File.WriteAllLines(
            Path.Combine(directory, "matters.csv"),
            ["matter_code,name,department_code,kind,promised_working_days", .. matters.Select(m => $"{m},事项{m},{department},public_service,5")]);
    }

    [Fact]
    public void A_report_by_matter_names_every_matter_from_the_catalogue()
    {
        DemoWithMatterCatalogue();
        CliRunner.Result result = CliRunner.Run("report", directory, "--by", "matter", "--from", "2023-12-05", "--to", "2023-12-05", "--format", "json");

        Assert.Equal(0, result.Code);
        JsonElement[] rows = [.. JsonDocument.Parse(result.Output).RootElement.GetProperty("rows").EnumerateArray()];
        Assert.True(rows.Count(row => row.GetProperty("matter").GetString() is not null) > 100);
        // A row without a matter (a static QR code names none) has no name either.
        Assert.All(rows, row => Assert.Equal(
            row.GetProperty("matter").GetString() is string code ? "事项" + code : null, row.GetProperty("matterName").GetString()));
    }

    [Fact]
    public void The_catalogues_names_are_gathered_once_per_report()
    {
        DemoWithMatterCatalogue();
        PreparedReport context = ReportPipeline.Prepare(ReportInput.ReadDirectory(directory), new ReportOptions { Policy = EvaluationPolicy.Henan });

        Assert.NotEmpty(context.MatterNames);
        Assert.Same(context.MatterNames, context.MatterNames);
        Assert.Same(context.UnitNames, context.UnitNames);
        Assert.Same(context.DepartmentNames, context.DepartmentNames);
        Assert.Same(context.WindowNames, context.WindowNames);
    }

    [Fact]
    public void The_rows_look_each_code_up_as_the_reports_name_dictionaries_give_it()
    {
        DemoWithMatterCatalogue();
        PreparedReport context = ReportPipeline.Prepare(ReportInput.ReadDirectory(directory), new ReportOptions { Policy = EvaluationPolicy.Henan });

        foreach ((GroupingDimension dimension, System.Collections.Immutable.ImmutableDictionary<string, string> names) in new[]
        {
            (GroupingDimension.Unit, context.UnitNames), (GroupingDimension.Department, context.DepartmentNames),
            (GroupingDimension.Window, context.WindowNames), (GroupingDimension.Matter, context.MatterNames),
        })
        {
            Assert.NotEmpty(names);
            Assert.All(names, pair => Assert.Equal(pair.Value, context.NameOf(dimension, pair.Key)));
            Assert.Null(context.NameOf(dimension, "no-such-code"));
        }
        Assert.Equal("app", context.NameOf(GroupingDimension.Channel, "app"));
    }
}
