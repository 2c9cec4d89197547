using System.IO;
using System.Linq;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Metrics;
using Evaluation.Core.Policies;
using Evaluation.Reporting;
using Evaluation.Tests.Shared;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Evaluation.Cli.Tests.Reporting;

/// <summary>
/// The report's completed cases and those completed within their matter's promised limit (按时办结), by unit and in
/// total, are those the case rules give one case at a time (<see cref="CaseTallies"/>), with a catalogue promising
/// limits or none, under every preset, at the latest instant of the input or an earlier one.
/// </summary>
public class OnTimeCompletionProperties
{
    [Property(MaxTest = 400)]
    public Property The_reports_on_time_completions_are_the_case_rules()
    {
        Gen<(string[][] Parts, string Policy, Instant? AsOf)> cases =
            from rows in MessyExports.Files()
            from catalogue in MessyExports.Pick("0", "1", "1")
            from layout in MessyExports.Pick("plain", "other")
            from policy in MessyExports.Pick([.. ReportReferenceProperties.Policies.Keys])
            from asOf in Gen.Elements<Instant?>(null, Instant.FromUtc(2023, 11, 30, 16, 0), Instant.FromUtc(2023, 12, 15, 4, 0))
            select (new[] { rows[0], rows[1], rows[2], rows[3], rows[4], [catalogue, layout] }, policy, asOf);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            using var root = new TemporaryDirectory();
            Directory.CreateDirectory(root.Path);
            MessyExports.WriteDirectory(root.Path, c.Parts);
            EvaluationPolicy policy = ReportReferenceProperties.Policies[c.Policy];
            PreparedReport report = ReportPipeline.Prepare(ReportInput.ReadDirectory(root.Path), new ReportOptions { Policy = policy, AsOf = c.AsOf });

            var tallies = new CaseTallies(policy, report.Lifecycle.Deadlines, report.AcceptedRecords.Matters.Select(m => m.Record), report.FollowUps, report.ValidRatings);
            var expected = report.Cases.GroupBy(k => k.UnitCode.Value)
                .ToDictionary(g => g.Key, g => g.Aggregate(CaseTally.Empty, (sum, k) => sum.Merge(tallies.Of(k, report.AsOf))))
                .Where(p => p.Value.Completed > 0)
                .ToDictionary(p => p.Key, p => (p.Value.Completed, p.Value.CompletedOnTime));
            var byUnit = report.CountCases(new Grouping([GroupingDimension.Unit]))
                .Where(p => p.Value.Tally.Completed > 0)
                .ToDictionary(p => p.Key.Codes[0]!, p => (p.Value.Tally.Completed, p.Value.Tally.CompletedOnTime));
            var total = report.CountCases(new Grouping([])).Values.SingleOrDefault()?.Tally ?? CaseTally.Empty;

            bool sameByUnit = expected.Count == byUnit.Count && expected.All(p => byUnit.TryGetValue(p.Key, out var counts) && counts == p.Value);
            bool sameTotal = total.Completed == expected.Values.Sum(v => v.Completed) && total.CompletedOnTime == expected.Values.Sum(v => v.CompletedOnTime);
            return (sameByUnit && sameTotal).Label(
                $"expected {string.Join(", ", expected.Select(p => $"{p.Key} {p.Value}"))}; reported {string.Join(", ", byUnit.Select(p => $"{p.Key} {p.Value}"))}; total {total}");
        });
    }
}
