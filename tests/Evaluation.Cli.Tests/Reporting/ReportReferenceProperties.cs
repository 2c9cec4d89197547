using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Periods;
using Evaluation.Core.Policies;
using Evaluation.IO;
using Evaluation.IO.Columnar;
using Evaluation.IO.Json;
using Evaluation.Reporting;
using Evaluation.Reporting.Cases;
using Evaluation.Tests.Shared;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace Evaluation.Cli.Tests.Reporting;

/// <summary>
/// The report pipeline's rows equal <see cref="ReferenceReport"/>, every count and rate computed with LINQ from the
/// records the record reader makes, on messy directories: repeated identifiers, unknown and mismatched cases, ratings
/// after the window and in a later month than their case's completion, cases completed near a month's end, cases rated
/// twice or never, bad and default ratings, appeals (upheld, rejected, pending) and rectifications of every kind,
/// malformed rows, quoted comments across lines; grouped, bounded, and under a policy chosen at random with either basis
/// of the headline rates; and the same rows when each large file is cut in two and its halves read apart.
/// </summary>
public class ReportReferenceProperties
{
    [Property(MaxTest = 100)]
    public Property The_report_equals_the_reference_computed_from_the_definitions()
    {
        Gen<string[][]> files =
            from rows in MessyExports.Files()
            from catalogue in MessyExports.Pick("0", "1")
            from layout in MessyExports.Pick("plain", "crlf-bom-extra")
            from grouping in MessyExports.Pick("unit,window", "unit", "department,matter", "channel", "matter,unit|month", "window|day", "|year", "unit|month", "matter|month")
            from policy in MessyExports.Pick(Policies.Keys.ToArray())
            from range in MessyExports.Pick("", "", "2023-12-01..2023-12-15", "..2023-12-05", "2023-12-01..")
            select new[] { rows[0], rows[1], rows[2], rows[3], rows[4], [catalogue, layout, grouping, policy, range] };
        return Prop.ForAll(files.ToArbitrary(), parts =>
        {
            string directory = Directory.CreateTempSubdirectory("reference-").FullName;
            try
            {
                MessyExports.WriteDirectory(directory, parts);
                (ReportOptions options, Grouping grouping) = OptionsOf(parts[5][2], parts[5][4], Policies[parts[5][3]]);
                var records = DataDirectory.Read(directory).Records;
                string reference = Text(ReferenceReport.Rows(records, options, grouping));
                string referenceTotal = Text(ReferenceReport.Rows(records, options, Grouping.Total));
                // The report read whole releases its records once prepared and collects between its stages, as the tool
                // does; the one read in halves does neither. Each is then asked for the total, as a table's last row asks
                // for it after the grouped rows.
                (var rows, var total) = Rows(directory, options with { ReleaseRecords = true, ReclaimMemoryBetweenStages = true }, grouping, split: false);
                (string report, string reportTotal) = (Text(rows), Text(total));
                string split = Text(Rows(directory, options, grouping, split: true).Grouped);
                if (reference != report && Environment.GetEnvironmentVariable("REFERENCE_DIFF") is string dump)
                {
                    File.WriteAllText(dump + ".reference", reference);
                    File.WriteAllText(dump + ".report", report);
                }
                return (reference == report).Label("reference:\n" + reference + "\nreport:\n" + report).And((split == report).Label("each large file cut at its middle"))
                    .And((referenceTotal == reportTotal).Label("the total after the grouped rows:\n" + referenceTotal + "\nreport:\n" + reportTotal));
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        });
    }

    [Property(MaxTest = 50)]
    public Property Units_summed_with_the_units_below_them_equal_the_reference()
    {
        Gen<string[][]> files =
            from rows in MessyExports.Files()
            from policy in MessyExports.Pick(Policies.Keys.ToArray())
            from listed in MessyExports.Pick("410202,410203", "410203,410202", "410202,410202001", "410202001")
            select new[] { rows[0], rows[1], rows[2], rows[3], rows[4], ["0", "plain", "", policy, ""], listed.Split(',') };
        return Prop.ForAll(files.ToArbitrary(), parts =>
        {
            string directory = Directory.CreateTempSubdirectory("reference-").FullName;
            try
            {
                MessyExports.WriteDirectory(directory, parts);
                var options = new ReportOptions { Policy = Policies[parts[5][3]] };
                string[] units = parts[6];
                PreparedReport report = ReportPipeline.Prepare(ReportInput.ReadDirectory(directory), options);
                UnitSummary summary = report.SummarizeUnits(units);
                // The targets' matters counted in bitsets (by default), in runs of a few rows, and from marks agree.
                var targets = UnitTargets.Of(report, units);
                CaseCounts[] inBitsets = report.Counter.ByTargets(report, targets.Of, targets.Total + 1);
                Assert.Equal(inBitsets, report.Counter.WithRuns(rows: 1, limit: 3).ByTargets(report, targets.Of, targets.Total + 1));
                Assert.Equal(inBitsets, report.Counter.WithMatterBitsetLimit(0).ByTargets(report, targets.Of, targets.Total + 1));
                var records = DataDirectory.Read(directory).Records;
                // A unit's row counts the records of it and of the units below it; the total, those of any listed unit's tree.
                static bool Within(string unit, string root) => unit == root || (root == "410202" && unit == "410202001");
                var expected = new List<string>();
                var actual = new List<string>();
                for (int i = 0; i < units.Length; i++)
                {
                    string root = units[i];
                    var reference = ReferenceReport.Rows(records, options, Grouping.By(GroupingDimension.Unit), u => Within(u, root) ? root : null);
                    expected.Add(reference.Count == 0 ? "none" : Text(reference));
                    actual.Add(Text(RowsOf([summary.Rows[i]])) is var text && IsEmpty(summary.Rows[i]) ? "none" : text);
                }
                var total = ReferenceReport.Rows(records, options, Grouping.Total, u => units.Any(root => Within(u, root)) ? "*" : null);
                expected.Add(total.Count == 0 ? "none" : Text(total));
                actual.Add(IsEmpty(summary.Total) ? "none" : Text(RowsOf([summary.Total])));
                return string.Join("\n", expected) == string.Join("\n", actual);
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        });
    }

    /// <summary>Whether a row counts nothing (a listed unit without ratings or cases: the reference has no row for it).</summary>
    private static bool IsEmpty(ReportRow row) => row.Counts.All(c => c.Value == 0);

    [Fact]
    public void A_case_whose_only_active_rating_an_upheld_appeal_voids_is_not_actively_rated()
    {
        string directory = Directory.CreateTempSubdirectory("reference-").FullName;
        try
        {
            MessyExports.Write(directory, "units.csv", "unit_code,name,division_code,parent_code,level", ["410202,龙亭区,410202000000,,"]);
            MessyExports.Write(directory, "cases.csv", "case_no,matter_code,unit_code,department_code,window_code,accepted_at,completed_at",
                ["C1,M1,410202,,,2023-11-20T10:00:00+08:00,2023-11-20T12:00:00+08:00", "C2,M1,410202,,,2023-11-20T10:00:00+08:00,2023-11-20T12:00:00+08:00"]);
            MessyExports.Write(directory, "ratings.csv", "rating_id,case_no,matter_code,unit_code,department_code,window_code,channel,level,origin,real_name,rated_at,tags,comment",
                ["R1,C1,M1,410202,,,pc,1,active,true,2023-11-20T13:00:00+08:00,,办理时间过长", "R2,C2,M1,410202,,,pc,1,active,true,2023-11-20T13:00:00+08:00,,办理时间过长"]);
            MessyExports.Write(directory, "appeals.csv", "appeal_id,rating_id,filed_at,decided_at,decision,ground", ["A1,R1,2023-11-20T14:00:00+08:00,2023-11-20T15:00:00+08:00,upheld,mistaken"]);
            var options = new ReportOptions { Policy = EvaluationPolicy.National };
            Grouping grouping = Grouping.By(GroupingDimension.Unit);

            var rows = Rows(directory, options, grouping, split: false).Grouped;

            Assert.Equal("1/2", rows["410202|"]["activeRatingRate"]);
            Assert.Equal("1", rows["410202|"]["excludedByAppeal"]);
            Assert.Equal(Text(ReferenceReport.Rows(DataDirectory.Read(directory).Records, options, grouping)), Text(rows));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>The presets, and variants with the ratings-based headline rates and with coverage counting default ratings.</summary>
    internal static readonly Dictionary<string, EvaluationPolicy> Policies = new()
    {
        ["henan"] = EvaluationPolicy.Henan,
        ["national"] = EvaluationPolicy.National,
        ["guangdong"] = EvaluationPolicy.Guangdong,
        ["henan-by-ratings"] = Variant(EvaluationPolicy.Henan, b =>
        {
            b.ActiveRatingRateBasis = ActiveRatingRateBasis.CaseLinkedRatings;
            b.MatterCoverageBasis = MatterCoverageBasis.CaseLinkedRatings;
        }),
        ["national-defaults-cover"] = Variant(EvaluationPolicy.National, b => b.CoverageCountsDefaultRatings = true),
        ["national-defaults-cover-by-ratings"] = Variant(EvaluationPolicy.National, b =>
        {
            b.CoverageCountsDefaultRatings = true;
            b.MatterCoverageBasis = MatterCoverageBasis.CaseLinkedRatings;
        }),
    };

    private static EvaluationPolicy Variant(EvaluationPolicy policy, Action<EvaluationPolicy.Builder> change)
    {
        EvaluationPolicy.Builder builder = policy.ToBuilder();
        change(builder);
        return builder.Build();
    }

    /// <summary>
    /// Options over the dates of a range (<c>2023-12-01..2023-12-15</c>, either end left open, or empty for all), and a
    /// grouping by the dimensions before the bar and the period after it (<c>matter,unit|month</c>).
    /// </summary>
    private static (ReportOptions Options, Grouping Grouping) OptionsOf(string grouping, string range, EvaluationPolicy policy)
    {
        string[] parts = grouping.Split('|');
        string[] ends = range.Length == 0 ? ["", ""] : range.Split("..");
        LocalDate? Date(string text) => text.Length == 0 ? null : LocalDatePattern.Iso.Parse(text).Value;
        var options = new ReportOptions { Policy = policy, From = Date(ends[0]), To = Date(ends[1]) };
        return (options, new Grouping(
            [.. parts[0].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(d => Enum.Parse<GroupingDimension>(d, ignoreCase: true))],
            parts.Length > 1 ? Enum.Parse<ReportingPeriodKind>(parts[1], ignoreCase: true) : null));
    }

    /// <summary>
    /// The pipeline's rows in the reference's form, then its total's; with <paramref name="split"/>, each large file's
    /// second half read on its own and appended.
    /// </summary>
    private static (SortedDictionary<string, SortedDictionary<string, string>> Grouped, SortedDictionary<string, SortedDictionary<string, string>> Total) Rows(
        string directory, ReportOptions options, Grouping grouping, bool split)
    {
        ColumnarDirectory tables = ColumnarDirectory.Read(directory, null, minimumTail: split ? 1 : long.MaxValue, tailsFirst: split);
        PreparedReport report = ReportPipeline.Prepare(ReportInput.FromTables(tables, directory), options);
        if (split)
        {
            // The cases' groups found by hashing rather than in a dense table are the same groups with the same counts.
            var dense = report.CountCases(grouping);
            var hashed = report.Counter.WithDenseGroupLimit(0).WithPartitions(long.MaxValue).ByGroup(report, grouping);
            Assert.Equal(dense.Count, hashed.Count);
            Assert.All(dense, pair => Assert.Equal(pair.Value, hashed[pair.Key]));
            // The groups' matters counted from the cases in buckets by group rather than in bitsets of every combination,
            // in one run or in runs of a few rows each: the same counts.
            Assert.Equal(dense.ToList(), report.Counter.WithMatterBitsetLimit(0).ByGroup(report, grouping).ToList());
            Assert.Equal(dense.ToList(), report.Counter.WithRuns(rows: 1, limit: 7).WithMatterBitsetLimit(0).ByGroup(report, grouping).ToList());
            // Counted in runs of a few rows each, found apart and then taken in run order: the same groups, counts and
            // matter sets, in the same order.
            // In key order from the ranks of the codes and periods: the order the keys' own comparison gives.
            Assert.Equal(dense.OrderBy(p => p.Key, GroupKey.Ordering).ToList(), InKeyOrder(report.Counter, report, grouping));
            // Counted in partitions (a grouping by the matter; any other is counted as before) of one, two or 4,096
            // combinations, alone, in runs of a few rows, or beyond the dense limit (while the combinations are few beside
            // the cases), or by sorting the cases' entries (beyond the partitions' limit), alone or in runs: the same
            // groups with the same counts, in the same key order, and the same total kept on the way.
            var totalAlone = report.Counter.WithRuns(rows: 1, limit: 3).ByGroup(report, Grouping.Total).ToList();
            CaseCounter[] partitionedCounters =
            [
                report.Counter.WithPartitions(0, bits: 0), report.Counter.WithPartitions(0, bits: 1), report.Counter.WithRuns(rows: 1, limit: 7).WithPartitions(0),
                report.Counter.WithDenseGroupLimit(0).WithPartitions(0),
                report.Counter.WithDenseGroupLimit(0).WithPartitions(0, perCase: 0), report.Counter.WithRuns(rows: 1, limit: 7).WithDenseGroupLimit(0).WithPartitions(0, perCase: 0),
            ];
            foreach (CaseCounter partitioned in partitionedCounters)
            {
                Assert.Equal(dense.OrderBy(p => p.Key, GroupKey.Ordering).ToList(), partitioned.ByGroup(report, grouping).OrderBy(p => p.Key, GroupKey.Ordering).ToList());
                Assert.Equal(totalAlone, partitioned.ByGroup(report, Grouping.Total).ToList());
                Assert.Equal(InKeyOrder(report.Counter, report, grouping), InKeyOrder(partitioned, report, grouping));
            }
            var inRuns = report.Counter.WithRuns(rows: 1, limit: 7);
            Assert.Equal(dense.ToList(), inRuns.ByGroup(report, grouping).ToList());
            Assert.Equal(
                report.Counter.ByGroupWithMatters(report, grouping).Select(p => (p.Key, p.Value.Tally, string.Join(",", p.Value.Matters), string.Join(",", p.Value.MattersRated))),
                inRuns.ByGroupWithMatters(report, grouping).Select(p => (p.Key, p.Value.Tally, string.Join(",", p.Value.Matters), string.Join(",", p.Value.MattersRated))));
            // The total each count by the grouping kept on its way (in one run, and in runs of a few rows), against the total
            // counted alone by a counter that kept none.
            var alone = report.Counter.WithRuns(rows: 1, limit: 3).ByGroup(report, Grouping.Total).ToList();
            Assert.Equal(alone, report.Counter.ByGroup(report, Grouping.Total).ToList());
            Assert.Equal(alone, inRuns.ByGroup(report, Grouping.Total).ToList());
        }
        var grouped = RowsOf(report.Rows(grouping).Rows);
        return (grouped, RowsOf(report.Rows(Grouping.Total).Rows));
    }

    /// <summary>
    /// The cases' groups in key order, as pairs. Each group's own comparison with a key (which the report's join of cases
    /// and ratings uses) agrees with the keys' ordering, for its own key, its neighbours' and the ends'.
    /// </summary>
    private static List<KeyValuePair<GroupKey, CaseCounts>> InKeyOrder(CaseCounter counter, PreparedReport report, Grouping grouping)
    {
        CaseCounter.GroupsInKeyOrder groups = counter.ByGroupInKeyOrder(report, grouping);
        // Read in order, each group's codes shared with the group before when they are the same.
        (long, ImmutableArray<string?>) last = default;
        List<GroupKey> keys = [];
        for (int i = 0; i < groups.Count; i++)
        {
            (ImmutableArray<string?> codes, ReportingPeriod? period) = groups.PartsAt(i, ref last);
            keys.Add(new GroupKey(codes, period));
            Assert.Equal(period, groups.PeriodAt(i));
            Assert.Equal(CaseFigures.Of(groups.CountsAt(i)), groups.FiguresAt(i));
        }
        for (int i = 0; i < keys.Count; i++)
        {
            foreach (int j in new[] { 0, i - 1, i, i + 1, keys.Count - 1 }.Where(j => j >= 0 && j < keys.Count))
            {
                Assert.Equal(Math.Sign(GroupKey.Ordering.Compare(keys[j], keys[i])), Math.Sign(groups.Compare(keys[j].Codes, keys[j].Period, i)));
            }
        }
        return [.. keys.Select((key, i) => KeyValuePair.Create(key, groups.CountsAt(i)))];
    }

    /// <summary>Rows in the reference's form: by key text (codes, then the period), each value by name.</summary>
    internal static SortedDictionary<string, SortedDictionary<string, string>> RowsOf(IEnumerable<ReportRow> reportRows)
    {
        var rows = new SortedDictionary<string, SortedDictionary<string, string>>(StringComparer.Ordinal);
        foreach (ReportRow row in reportRows)
        {
            var values = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach ((string name, long value) in row.Counts)
            {
                values[name] = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            foreach ((string name, Core.Metrics.Rate rate) in row.Rates)
            {
                values[name] = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{rate.Numerator}/{rate.Denominator}");
            }
            rows[string.Join(",", row.Dimensions.Select(d => d.Code ?? "-")) + "|" + row.Period] = values;
        }
        return rows;
    }

    internal static string Text(SortedDictionary<string, SortedDictionary<string, string>> rows) =>
        string.Join("\n", rows.Select(r => r.Key + " " + string.Join(" ", r.Value.Select(v => v.Key + "=" + v.Value))));
}
