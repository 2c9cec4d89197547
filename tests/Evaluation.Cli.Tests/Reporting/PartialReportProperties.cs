using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Evaluation.Cli.Tests.Postgres;
using Evaluation.Cli.Rendering;
using Evaluation.Cli.Tables;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Periods;
using Evaluation.Core.Policies;
using Evaluation.IO.Json;
using Evaluation.Reporting;
using Evaluation.Reporting.Partials;
using Evaluation.Tests.Shared;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace Evaluation.Cli.Tests.Reporting;

/// <summary>
/// A report's range cut into consecutive ranges at any dates, each prepared at the whole report's as-of instant and made
/// a part (<see cref="PreparedReport.Partial"/>), merges in any order and any grouping of the merges into the report of
/// the whole range, every row and figure (the parts' read, accepted and rejected aside: each part read every row); and
/// the merged part's total (<see cref="PartialReport.Total"/>) is the whole range's report by no grouping, its units
/// rolled up (<see cref="PartialReport.SummarizeUnits"/>) and regrouped (<see cref="PartialReport.Regroup"/>) are the whole
/// range's, it travels between silos unchanged; and the standard tables made from the ranges' merged tables parts
/// (<see cref="TablesPart"/>, each through the silos' converter) are the whole range's.
/// </summary>
public class PartialReportProperties
{
    private static readonly string[] Groupings = ["unit,window", "unit", "department,matter", "channel", "matter,unit|month", "window|day", "|year", "unit|month", "matter|month", "|"];
    private static readonly string[] Dates = ["2023-11-19", "2023-11-25", "2023-12-01", "2023-12-04", "2023-12-10", "2023-12-18", "2023-12-25", "2023-12-31", "2024-01-02", "2026-12-20"];

    [Property(MaxTest = 100)]
    public Property Parts_of_consecutive_ranges_merge_into_the_report_of_their_union()
    {
        Gen<(string[][] Parts, string Grouping, string Policy, string?[] Range, string[] Cuts, int Seed, string[] Listed)> cases =
            from rows in MessyExports.Files()
            from catalogue in MessyExports.Pick("0", "1")
            from grouping in MessyExports.Pick(Groupings)
            from policy in MessyExports.Pick([.. ReportReferenceProperties.Policies.Keys])
            from first in Gen.Elements<string?>([null, "2023-11-20", "2023-12-02"])
            from last in Gen.Elements<string?>([null, "2023-12-20", "2024-01-01"])
            from cuts in Gen.SubListOf(Dates)
            from seed in Gen.Choose(0, int.MaxValue)
            from listed in Gen.Shuffle(ListedUnits)
            from count in Gen.Choose(0, ListedUnits.Length)
            select (new[] { rows[0], rows[1], rows[2], rows[3], rows[4], [catalogue, "plain"] }, grouping, policy, new[] { first, last }, cuts.ToArray(), seed, listed.Take(count).ToArray());
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            using var root = new TemporaryDirectory();
            Directory.CreateDirectory(root.Path);
            MessyExports.WriteDirectory(root.Path, c.Parts);
            ReportInput input = ReportInput.ReadDirectory(root.Path);
            EvaluationPolicy policy = ReportReferenceProperties.Policies[c.Policy];
            Grouping grouping = GroupingOf(c.Grouping);
            LocalDate? from = Date(c.Range[0]), to = Date(c.Range[1]);
            Instant asOf = ReportPipeline.Prepare(input, new ReportOptions { Policy = policy }).AsOf;
            var whole = new ReportOptions { Policy = policy, From = from, To = to, AsOf = asOf };
            PreparedReport wholeReport = ReportPipeline.Prepare(input, whole);
            string expected = ReportJson.Text(wholeReport.Rows(grouping));
            string expectedTotal = ReportJson.Text(wholeReport.Rows(new Grouping([])));
            string expectedUnits = SummaryText(wholeReport.SummarizeUnits(c.Listed), policy);

            // The cuts that fall inside the range start the second and later ranges.
            LocalDate[] starts = [.. c.Cuts.Select(d => Date(d)!.Value).Where(d => (from is null || d > from) && (to is null || d <= to)).Order()];
            var parts = new List<PartialReport>();
            var tableParts = new List<TablesPart>();
            LocalDate? start = from;
            foreach (LocalDate? next in starts.Select(d => (LocalDate?)d).Append(null))
            {
                LocalDate? end = next is LocalDate n ? n.PlusDays(-1) : to;
                PreparedReport range = ReportPipeline.Prepare(input, whole with { From = start, To = end });
                parts.Add(range.Partial(grouping));
                tableParts.Add(RoundTrip(range.TablesPart()));
                start = next;
            }
            var random = new Random(c.Seed);
            PartialReport inOrder = parts.Aggregate((a, b) => a.Merge(b));
            PartialReport shuffled = MergeAnyhow([.. parts.OrderBy(_ => random.Next())], random);
            PartialReport inRounds = PartialReport.Merge(parts.OrderBy(_ => random.Next()));
            TablesPart tables = tableParts.OrderBy(_ => random.Next()).Aggregate((a, b) => a.Merge(b));
            Grouping coarser = new([.. grouping.Dimensions.Skip(1)]);
            return (DatabaseReportProperties.WithoutInputCounts(ReportJson.Text(inOrder.ToDocument(policy))) == DatabaseReportProperties.WithoutInputCounts(expected))
                    .Label($"{parts.Count} parts merged in order")
                .And((ReportJson.Text(shuffled.ToDocument(policy)) == ReportJson.Text(inOrder.ToDocument(policy))).Label("merged in another order and shape"))
                .And((ReportJson.Text(inRounds.ToDocument(policy)) == ReportJson.Text(inOrder.ToDocument(policy))).Label("merged in rounds"))
                .And((inOrder.Read == parts.Count * input.Read).Label("each part counts the rows it read"))
                .And((DatabaseReportProperties.WithoutInputCounts(ReportJson.Text(inOrder.Total().ToDocument(policy))) == DatabaseReportProperties.WithoutInputCounts(expectedTotal))
                    .Label("the merged part's total is the whole range's total"))
                .And((grouping.Dimensions is not [GroupingDimension.Unit] || SummaryText(inOrder.SummarizeUnits(c.Listed, policy), policy) == expectedUnits)
                    .Label($"the units {string.Join(" ", c.Listed)} rolled up from the merged part are the whole range's"))
                .And((DatabaseReportProperties.WithoutInputCounts(ReportJson.Text(inOrder.Regroup(coarser).ToDocument(policy)))
                        == DatabaseReportProperties.WithoutInputCounts(ReportJson.Text(wholeReport.Rows(coarser))))
                    .Label("the merged part regrouped without its first dimension and period is the whole range's report by that grouping"))
                .And((StandardTables(TableInputs.Of(tables, policy, from, to)) == StandardTables(TableInputs.Of(wholeReport)))
                    .Label("the standard tables from the merged tables' parts are the whole range's"))
                .And((ReportJson.Text(RoundTrip(inOrder).ToDocument(policy)) == ReportJson.Text(inOrder.ToDocument(policy))
                    && RoundTrip(inOrder).Units.SequenceEqual(inOrder.Units) && RoundTrip(inOrder).HasCases == inOrder.HasCases).Label("a part travels between silos unchanged"))
                .And((inOrder.HasCases == wholeReport.HasCases).Label("the merged part has cases when the whole range has"));
        });
    }

    /// <summary>The catalogue's units (a district, its town, another district) and one it lacks.</summary>
    private static readonly string[] ListedUnits = ["410202", "410203", "410202001", "410299"];

    /// <summary>A unit summary's rows and total as the JSON of a report's rows.</summary>
    private static string SummaryText(UnitSummary summary, EvaluationPolicy policy) =>
        ReportJson.Text(new ReportDocument(["unit"], null, policy.Name, Instant.MinValue, 0, 0, 0, [.. summary.Rows, summary.Total]));

    /// <summary>The four standard tables of the annual report and the follow-up ledger as CSV.</summary>
    private static string StandardTables(TableInputs inputs)
    {
        using var text = new StringWriter();
        foreach (Table table in new[] { DistrictTable.Build(inputs, Language.Zh, null), QrTable.Build(inputs, Language.Zh), RequestsTable.Build(inputs, Language.Zh), CivicCentreTable.Build(inputs, Language.Zh, null), FollowUpLedgerTable.Build(inputs, Language.Zh) })
        {
            table.WriteTo(text, OutputFormat.Csv);
        }
        return text.ToString();
    }

    /// <summary>The tables' part as a silo sends it and the coordinator receives it.</summary>
    private static TablesPart RoundTrip(TablesPart part)
    {
        var converter = new Evaluation.Orleans.Serialization.TablesPartConverter();
        return converter.ConvertFromSurrogate(converter.ConvertToSurrogate(part));
    }

    /// <summary>A part as a silo sends it and the coordinator receives it.</summary>
    private static PartialReport RoundTrip(PartialReport part)
    {
        var converter = new Evaluation.Orleans.Serialization.PartialReportConverter();
        return converter.ConvertFromSurrogate(converter.ConvertToSurrogate(part));
    }

    [Fact]
    public void The_demos_standard_tables_from_the_parts_of_every_ten_days_are_the_years()
    {
        ReportInput input = ReportInput.FromRecords(Commands.DemoCommand.Records(new Evaluation.Demo.DemoDataSet(scale: 0.002)));
        var whole = new ReportOptions { Policy = EvaluationPolicy.Henan, From = new LocalDate(2023, 1, 1), To = new LocalDate(2023, 12, 31) };
        PreparedReport year = ReportPipeline.Prepare(input, whole);
        whole = whole with { AsOf = year.AsOf };
        TablesPart merged = Enumerable.Range(0, 37)
            .Select(i => new LocalDate(2023, 1, 1).PlusDays(10 * i))
            .Select(start => ReportPipeline.Prepare(input, whole with { From = start, To = LocalDate.Min(start.PlusDays(9), whole.To!.Value) }).TablesPart())
            .Select(RoundTrip)
            .Aggregate((a, b) => a.Merge(b));
        string expected = StandardTables(TableInputs.Of(year));
        Assert.Equal(expected, StandardTables(TableInputs.Of(merged, EvaluationPolicy.Henan, whole.From, whole.To)));
        // Each of the four tables has figures of its own (the civic centre's departments, the static QR codes, the windows).
        Assert.Contains("人力资源和社会保障局", expected, StringComparison.Ordinal);
        Assert.Contains("全年评价数量", expected, StringComparison.Ordinal);
        Assert.Contains("万人助万企", expected, StringComparison.Ordinal);
        Assert.Contains("2023-12-31", expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Parts_at_different_as_of_instants_do_not_merge()
    {
        using var root = new TemporaryDirectory();
        Directory.CreateDirectory(root.Path);
        MessyExports.WriteDirectory(root.Path, [["C1,M1,410202,,,2023-12-01T09:00:00+08:00,2023-12-01T10:00:00+08:00"], [], [], [], [], ["0", "plain"]]);
        ReportInput input = ReportInput.ReadDirectory(root.Path);
        var options = new ReportOptions { Policy = EvaluationPolicy.Henan };
        PartialReport a = ReportPipeline.Prepare(input, options).Partial(Grouping.By(GroupingDimension.Unit));
        PartialReport b = ReportPipeline.Prepare(input, options with { AsOf = Instant.FromUtc(2024, 1, 1, 0, 0) }).Partial(Grouping.By(GroupingDimension.Unit));
        PartialReport c = ReportPipeline.Prepare(input, options).Partial(Grouping.By(GroupingDimension.Matter));
        Assert.Throws<ArgumentException>(() => a.Merge(b));
        Assert.Throws<ArgumentException>(() => a.Merge(c));
        Assert.Equal(1, a.Merge(a with { Read = 0 }).Rows.Single().Cases.Completed / 2);
    }

    /// <summary>Merges parts pairwise in a random shape: any two adjacent in the list, until one is left.</summary>
    private static PartialReport MergeAnyhow(List<PartialReport> parts, Random random)
    {
        while (parts.Count > 1)
        {
            int i = random.Next(parts.Count - 1);
            parts[i] = parts[i].Merge(parts[i + 1]);
            parts.RemoveAt(i + 1);
        }
        return parts[0];
    }

    private static Grouping GroupingOf(string text)
    {
        string[] parts = text.Split('|');
        return new Grouping(
            [.. parts[0].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(d => Enum.Parse<GroupingDimension>(d, ignoreCase: true))],
            parts.Length > 1 && parts[1].Length > 0 ? Enum.Parse<ReportingPeriodKind>(parts[1], ignoreCase: true) : null);
    }

    private static LocalDate? Date(string? text) => text is null ? null : LocalDatePattern.Iso.Parse(text).Value;
}
