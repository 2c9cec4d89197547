using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Evaluation.Cli.Commands;
using Evaluation.Cli.Pipeline;
using Evaluation.Cli.Tables;
using Evaluation.Core.Aggregation;
using Evaluation.Core.FollowUps;
using Evaluation.Core.Periods;
using Evaluation.Core.Policies;
using Evaluation.Demo;
using Evaluation.IO;
using Evaluation.IO.Columnar;
using Evaluation.IO.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace Evaluation.Cli.Tests;

/// <summary>
/// The report made from tables (<see cref="ColumnarReportPipeline"/>) equals the one made from records
/// (<see cref="ReportPipeline"/>) on messy directories: repeated identifiers, unknown and mismatched cases, ratings after
/// the window, bad and default ratings, extra active ratings, appeals and rectifications of every kind, malformed rows,
/// quoted comments across lines; grouped, bounded and under a policy chosen at random; and equally when each large
/// file is cut in two and its halves read apart.
/// </summary>
public class ColumnarPipelineProperties
{
    private static readonly string[] Units = ["410202", "410203"];
    private static readonly string[] Matters = ["M1", "M2", "M3"];
    private static readonly string[] Channels = ["pc", "device", "qr_static", "system", "sms", "bogus"];

    private static Gen<string> Pick(params string[] values) => Gen.Elements(values);

    // Now and then an instant the calendar cannot place deadlines from: late December of its last year, or before its first.
    private static Gen<string> Instant() =>
        Gen.Frequency(
            (14, Gen.Choose(0, 40 * 24).Select(h => new DateTimeOffset(2023, 11, 20, 0, 0, 0, TimeSpan.FromHours(8)).AddHours(h))),
            (1, Gen.Choose(0, 14 * 24).Select(h => new DateTimeOffset(2026, 12, 18, 0, 0, 0, TimeSpan.FromHours(8)).AddHours(h))),
            (1, Gen.Choose(0, 10 * 24).Select(h => new DateTimeOffset(2018, 12, 20, 0, 0, 0, TimeSpan.FromHours(8)).AddHours(h))))
        .Select(t => t.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));

    private static Gen<string> Case() =>
        from number in Gen.Choose(1, 8)
        from matter in Pick([.. Matters, "M9"])
        from unit in Pick(Units)
        from accepted in Instant()
        from hours in Gen.Frequency((3, Gen.Choose(-2, 60)), (1, Gen.Choose(61, 400)))
        from window in Pick("", "W1")
        let completed = hours < 0 ? "" : DateTimeOffset.Parse(accepted).AddHours(hours).ToString("yyyy-MM-dd'T'HH:mm:sszzz")
        select $"C{number},{matter},{unit},,{window},{accepted},{completed}";

    private static Gen<string> Rating() =>
        from id in Gen.Choose(1, 14)
        from caseNumber in Gen.Choose(0, 10)
        from matter in Pick(Matters)
        from unit in Pick(Units)
        from channel in Pick(Channels)
        from level in Gen.Choose(0, 5)
        from realName in Pick("true", "false")
        from at in Instant()
        from tags in Pick("", "", "slow")
        from comment in Pick("", "", "办理时间过长", "\"多行\n意见\"", "\"含,逗号\"")
        let origin = channel == "system" ? "default" : "active"
        select $"R{id},{(caseNumber == 0 ? "" : "C" + caseNumber)},{matter},{unit},,,{channel},{level},{origin},{realName},{at},{tags},{comment}";

    private static Gen<string> Appeal() =>
        from id in Gen.Choose(1, 4)
        from rating in Gen.Choose(1, 15)
        from filed in Instant()
        from decision in Pick("upheld", "rejected", "pending")
        select $"A{id},R{rating},{filed},{(decision == "pending" ? "" : filed)},{decision},mistaken";

    private static Gen<string> Rectification() =>
        from rating in Gen.Choose(1, 15)
        from at in Instant()
        select $"R{rating},{at},{at},{at},fixed_at_once";

    private static Gen<string> FollowUp() =>
        from number in Gen.Choose(1, 10)
        from at in Instant()
        from satisfied in Pick("true", "false")
        select $"C{number},{at},phone,{satisfied}";

    private static Gen<string[]> Rows(Gen<string> row, int max) => Gen.Choose(0, max).SelectMany(n => Gen.ArrayOf(row, n));

    [Property(MaxTest = 80)]
    public Property Tables_and_records_give_the_same_report()
    {
        Gen<string[][]> files =
            from cases in Rows(Case(), 10)
            from ratings in Rows(Rating(), 16)
            from appeals in Rows(Appeal(), 4)
            from rectifications in Rows(Rectification(), 4)
            from followUps in Rows(FollowUp(), 4)
            from catalogue in Pick("0", "1")
            from layout in Pick("plain", "crlf-bom-extra")
            from grouping in Pick("unit,window", "unit", "department,matter", "channel", "matter,unit|month", "window|day", "|year")
            from policy in Pick("henan", "national")
            from range in Pick("", "", "2023-12-01..2023-12-15", "..2023-12-05")
            select new[] { cases, ratings, appeals, rectifications, followUps, [catalogue, layout, grouping, policy, range] };
        return Prop.ForAll(files.ToArbitrary(), parts =>
        {
            string directory = Directory.CreateTempSubdirectory("columnar-").FullName;
            try
            {
                Write(directory, "units.csv", "unit_code,name,division_code,parent_code,level", ["410202,龙亭区,410202000000,,", "410203,顺河回族区,410203000000,,"]);
                Write(directory, "windows.csv", "window_code,name,unit_code,department_code,kind", ["W1,帮办代办窗口,410202,,assisted"]);
                if (parts[5].Length > 0 && parts[5][0] == "1")
                {
                    Write(directory, "matters.csv", "matter_code,name,department_code,kind,promised_working_days", ["M1,事项一,D1,licence,5", "M2,事项二,D1,public_service,"]);
                }
                // The large files also come with CRLF line breaks, a byte-order mark and a column the format does not know.
                bool other = parts[5][1] != "plain";
                Write(directory, "cases.csv", "case_no,matter_code,unit_code,department_code,window_code,accepted_at,completed_at", parts[0], other);
                Write(directory, "ratings.csv", "rating_id,case_no,matter_code,unit_code,department_code,window_code,channel,level,origin,real_name,rated_at,tags,comment", parts[1], other);
                Write(directory, "appeals.csv", "appeal_id,rating_id,filed_at,decided_at,decision,ground", parts[2]);
                Write(directory, "rectifications.csv", "rating_id,verified_at,rectified_at,feedback_at,outcome", parts[3]);
                Write(directory, "follow_ups.csv", "case_no,visited_at,channel,satisfied", parts[4]);
                ReportOptions options = OptionsOf(parts[5][2], parts[5][4]) with { Policy = parts[5][3] == "henan" ? EvaluationPolicy.Henan : EvaluationPolicy.National };
                string records = Report(directory, Reading.Records, options), tables = Report(directory, Reading.Tables, options);
                string split = Report(directory, Reading.TablesSplit, options);
                if (records != tables && Environment.GetEnvironmentVariable("COLUMNAR_DIFF") is string dump)
                {
                    File.WriteAllText(dump + ".records", records);
                    File.WriteAllText(dump + ".tables", tables);
                    foreach (string f in Directory.GetFiles(directory))
                    {
                        File.Copy(f, dump + "." + Path.GetFileName(f), true);
                    }
                }
                return (records == tables).Label("tables").And((split == tables).Label("each large file cut at its middle"));
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        });
    }

    [Fact]
    public void A_case_whose_only_active_rating_an_upheld_appeal_voids_is_not_actively_rated_in_either_form()
    {
        string directory = Directory.CreateTempSubdirectory("columnar-").FullName;
        try
        {
            Write(directory, "units.csv", "unit_code,name,division_code,parent_code,level", ["410202,龙亭区,410202000000,,"]);
            Write(directory, "cases.csv", "case_no,matter_code,unit_code,department_code,window_code,accepted_at,completed_at",
                ["C1,M1,410202,,,2023-11-20T10:00:00+08:00,2023-11-20T12:00:00+08:00", "C2,M1,410202,,,2023-11-20T10:00:00+08:00,2023-11-20T12:00:00+08:00"]);
            Write(directory, "ratings.csv", "rating_id,case_no,matter_code,unit_code,department_code,window_code,channel,level,origin,real_name,rated_at,tags,comment",
                ["R1,C1,M1,410202,,,pc,1,active,true,2023-11-20T13:00:00+08:00,,办理时间过长", "R2,C2,M1,410202,,,pc,1,active,true,2023-11-20T13:00:00+08:00,,办理时间过长"]);
            Write(directory, "appeals.csv", "appeal_id,rating_id,filed_at,decided_at,decision,ground", ["A1,R1,2023-11-20T14:00:00+08:00,2023-11-20T15:00:00+08:00,upheld,mistaken"]);
            ReportOptions options = Options with { Policy = EvaluationPolicy.National, By = [GroupingDimension.Unit] };

            string records = Report(directory, Reading.Records, options), tables = Report(directory, Reading.Tables, options);

            Assert.Contains("actively rated 1,", tables, StringComparison.Ordinal);
            Assert.Equal(records, tables);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Demo_records_streamed_into_tables_give_the_record_pipelines_report()
    {
        var data = new DemoDataSet(scale: 0.001);
        string records = Text(ReportPipeline.Run(data.ToRecordSet(), [], null, Options, _ => { }), Options);
        string tables = Text(ColumnarReportPipeline.Run(ColumnarDirectory.FromRecords(DemoCommand.Records(data)), null, Options, _ => { }), Options);
        Assert.Equal(records, tables);
    }

    private static readonly ReportOptions Options = new() { Policy = EvaluationPolicy.Henan, By = [GroupingDimension.Unit, GroupingDimension.Window] };

    private enum Reading
    {
        Records,
        Tables,
        TablesSplit,
    }

    /// <summary>
    /// Options grouping by the dimensions before the bar and the period after it (<c>matter,unit|month</c>), over the
    /// dates of a range (<c>2023-12-01..2023-12-15</c>, either end left open, or empty for all).
    /// </summary>
    private static ReportOptions OptionsOf(string grouping, string range)
    {
        string[] parts = grouping.Split('|');
        string[] ends = range.Length == 0 ? ["", ""] : range.Split("..");
        LocalDate? Date(string text) => text.Length == 0 ? null : LocalDatePattern.Iso.Parse(text).Value;
        return Options with
        {
            From = Date(ends[0]),
            To = Date(ends[1]),
            By = [.. parts[0].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(d => Enum.Parse<GroupingDimension>(d, ignoreCase: true))],
            Period = parts.Length > 1 ? Enum.Parse<ReportingPeriodKind>(parts[1], ignoreCase: true) : null,
        };
    }

    private static string Report(string directory, Reading reading, ReportOptions options)
    {
        if (reading != Reading.Records)
        {
            // Split: each large file's second half is read on its own and appended, as when one reader is idle.
            bool split = reading == Reading.TablesSplit;
            ColumnarDirectory input = ColumnarDirectory.Read(directory, null, minimumTail: split ? 1 : long.MaxValue, tailsFirst: split);
            return Text(ColumnarReportPipeline.Run(input, directory, options, _ => { }), options, hashGroups: split);
        }
        DirectoryContents contents = DataDirectory.Read(directory);
        return Text(ReportPipeline.Run(contents.Records, contents.Rejects, directory, options, _ => { }), options);
    }

    /// <summary>
    /// A report's JSON, rejects, default ratings, case counts, follow-up ledger, cases and ratings, as one text to compare;
    /// with <paramref name="hashGroups"/>, the case counts listed are found by hashing rather than in the dense table the JSON's were.
    /// </summary>
    private static string Text(ReportContext context, ReportOptions options, bool hashGroups = false)
    {
        CaseCounter counter = hashGroups && context.CaseCounter is ColumnarCaseCounter columnar ? columnar.WithDenseGroupLimit(0) : context.CaseCounter;
        using var stream = new MemoryStream();
        var grouping = new Grouping(options.By, options.Period);
        ReportJsonWriter.Write(stream, MetricsReport.Document(context, grouping));
        var text = new StringBuilder(Encoding.UTF8.GetString(stream.ToArray()));
        foreach (var reject in context.Rejects)
        {
            text.AppendLine().Append(reject).Append(" | ").Append(reject.Row);
        }
        text.AppendLine().Append(string.Join(";", context.DefaultRatings.Select(r => r.Id.Value + "@" + r.RatedAt)));
        // Every count of the completed cases by group, including those the report does not print (completed on time).
        foreach ((GroupKey key, CaseCounts counts) in counter.ByGroup(context, grouping).OrderBy(p => p.Key, GroupKey.Ordering))
        {
            text.AppendLine().Append(string.Join(",", key.Codes)).Append('|').Append(key.Period).Append(' ').Append(counts);
        }
        foreach (FollowUpLedgerRow row in context.CaseCounter.FollowUpLedger(context))
        {
            text.AppendLine().Append(row);
        }
        foreach (var ((unit, window), count) in context.CaseCounter.AcceptedAtWindows(context).OrderBy(p => p.Key.Unit.Value).ThenBy(p => p.Key.Window.Value))
        {
            text.AppendLine().Append(unit).Append('/').Append(window).Append(' ').Append(count);
        }
        text.AppendLine().Append(string.Join(";", context.Cases.Select(c => c.ToString())));
        text.AppendLine().Append(string.Join(";", context.AcceptedRatings.Select(r => r.Id.Value + r.Comment + r.Tags.Length)));
        return text.ToString();
    }

    private static void Write(string directory, string name, string header, IEnumerable<string> rows, bool otherLayout = false)
    {
        string lineBreak = otherLayout ? "\r\n" : "\n";
        IEnumerable<string> lines = otherLayout ? rows.Select(row => "x," + row).Prepend("extra," + header) : rows.Prepend(header);
        File.WriteAllText(Path.Combine(directory, name), string.Join(lineBreak, lines) + lineBreak, new UTF8Encoding(otherLayout));
    }
}
