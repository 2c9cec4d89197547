using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Evaluation.Tests.Shared;

/// <summary>
/// Messy export directories for properties that compare two readings of the same files: repeated identifiers, unknown
/// and mismatched cases, ratings after their window and in a later month than their case's completion, cases completed
/// near a month's end, bad and default ratings, appeals and rectifications of every kind, malformed rows, quoted
/// comments across lines, instants the calendar cannot place, a town under a district.
/// </summary>
internal static class MessyExports
{
    // A town (410202001) under the first district, so that rolling units up has something to roll.
    internal static readonly string[] Units = ["410202", "410203", "410202001"];
    // Short codes, and codes of other platforms' forms: 16 characters (the longest kept packed), 17 sharing its first
    // 16, and a 31-character implementation code (实施编码).
    internal static readonly string[] Matters = ["M1", "M2", "M3", "M000000000000001", "M0000000000000001", "11410100005184523D4000117004000"];
    internal static readonly string[] Channels = ["pc", "device", "qr_static", "system", "sms", "bogus"];

    internal static Gen<string> Pick(params string[] values) => Gen.Elements(values);

    // Now and then an instant the calendar cannot place deadlines from: late December of its last year, or before its first.
    internal static Gen<string> Instant() =>
        Gen.Frequency(
            (14, Gen.Choose(0, 40 * 24).Select(h => new DateTimeOffset(2023, 11, 20, 0, 0, 0, TimeSpan.FromHours(8)).AddHours(h))),
            (1, Gen.Choose(0, 14 * 24).Select(h => new DateTimeOffset(2026, 12, 18, 0, 0, 0, TimeSpan.FromHours(8)).AddHours(h))),
            (1, Gen.Choose(0, 10 * 24).Select(h => new DateTimeOffset(2018, 12, 20, 0, 0, 0, TimeSpan.FromHours(8)).AddHours(h))))
        .Select(t => t.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));

    internal static Gen<string> Case() =>
        from number in Gen.Choose(1, 8)
        from matter in Pick([.. Matters, "M9", "M好"])
        from unit in Pick(Units)
        from accepted in Instant()
        from hours in Gen.Frequency((3, Gen.Choose(-2, 60)), (1, Gen.Choose(61, 400)))
        from window in Pick("", "W1")
        let completed = hours < 0 ? "" : DateTimeOffset.Parse(accepted).AddHours(hours).ToString("yyyy-MM-dd'T'HH:mm:sszzz")
        select $"C{number},{matter},{unit},,{window},{accepted},{completed}";

    internal static Gen<string> Rating() =>
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

    internal static Gen<string> Appeal() =>
        from id in Gen.Choose(1, 4)
        from rating in Gen.Choose(1, 15)
        from filed in Instant()
        from decision in Pick("upheld", "rejected", "pending")
        select $"A{id},R{rating},{filed},{(decision == "pending" ? "" : filed)},{decision},mistaken";

    internal static Gen<string> Rectification() =>
        from rating in Gen.Choose(1, 15)
        from at in Instant()
        select $"R{rating},{at},{at},{at},fixed_at_once";

    internal static Gen<string> FollowUp() =>
        from number in Gen.Choose(1, 10)
        from at in Instant()
        from satisfied in Pick("true", "false")
        select $"C{number},{at},phone,{satisfied}";

    internal static Gen<string[]> Rows(Gen<string> row, int max) => Gen.Choose(0, max).SelectMany(n => Gen.ArrayOf(row, n));

    /// <summary>The rows of the five files <see cref="WriteDirectory"/> writes: cases, ratings, appeals, rectifications, follow-ups.</summary>
    internal static Gen<string[][]> Files() =>
        from cases in Rows(Case(), 10)
        from ratings in Rows(Rating(), 16)
        from appeals in Rows(Appeal(), 4)
        from rectifications in Rows(Rectification(), 4)
        from followUps in Rows(FollowUp(), 4)
        select new[] { cases, ratings, appeals, rectifications, followUps };

    /// <summary>
    /// Writes a directory: the cases, ratings, appeals, rectifications and follow-ups rows of <paramref name="parts"/>
    /// 0 to 4; then part 5 holds whether to write a matter catalogue ("1") and the large files' layout ("plain", or CRLF
    /// line breaks with a byte-order mark and an extra column).
    /// </summary>
    internal static void WriteDirectory(string directory, string[][] parts)
    {
        Write(directory, "units.csv", "unit_code,name,division_code,parent_code,level", ["410202,龙亭区,410202000000,,", "410203,顺河回族区,410203000000,,", "410202001,北书店街道,410202001000,410202,town"]);
        Write(directory, "windows.csv", "window_code,name,unit_code,department_code,kind", ["W1,帮办代办窗口,410202,,assisted"]);
        if (parts[5][0] == "1")
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
    }

    internal static void Write(string directory, string name, string header, IEnumerable<string> rows, bool otherLayout = false)
    {
        string lineBreak = otherLayout ? "\r\n" : "\n";
        IEnumerable<string> lines = otherLayout ? rows.Select(row => "x," + row).Prepend("extra," + header) : rows.Prepend(header);
        File.WriteAllText(Path.Combine(directory, name), string.Join(lineBreak, lines) + lineBreak, new UTF8Encoding(otherLayout));
    }
}
