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
/// comments across lines, instants the calendar cannot place, a town under a district; keys written as GUIDs in some
/// directories (all of them, or some rows' in lower or upper case), and matter codes of every length a code may have.
/// </summary>
internal static class MessyExports
{
    // A town (410202001) under the first district, so that rolling units up has something to roll.
    internal static readonly string[] Units = ["410202", "410203", "410202001"];
    // Short codes, and codes of other platforms' forms: 16 characters (the longest packed in two words), 17 sharing its
    // first 16, a 31-character implementation code (实施编码), 32 and 33 characters sharing their first 32, a GUID, and
    // 64 characters (the longest a code may have).
    internal static readonly string[] Matters =
    [
        "M1", "M2", "M3", "M000000000000001", "M0000000000000001", "11410100005184523D4000117004000",
        "M0000000000000000000000000000001", "M00000000000000000000000000000001", "e7a1c93b-4f2d-4b8a-9c61-000000020159",
        "M" + new string('0', 62) + "1",
    ];
    internal static readonly string[] Channels = ["pc", "device", "qr_static", "system", "sms", "bogus"];

    internal static Gen<string> Pick(params string[] values) => Gen.Elements(values);

    // Now and then an instant the calendar cannot place deadlines from: late December of its last year, or before its first.
    internal static Gen<string> Instant() =>
        Gen.Frequency(
            (14, Gen.Choose(0, 40 * 24).Select(h => new DateTimeOffset(2023, 11, 20, 0, 0, 0, TimeSpan.FromHours(8)).AddHours(h))),
            (1, Gen.Choose(0, 14 * 24).Select(h => new DateTimeOffset(2026, 12, 18, 0, 0, 0, TimeSpan.FromHours(8)).AddHours(h))),
            (1, Gen.Choose(0, 10 * 24).Select(h => new DateTimeOffset(2018, 12, 20, 0, 0, 0, TimeSpan.FromHours(8)).AddHours(h))))
        .Select(t => t.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// A case number, rating identifier or appeal identifier (by its letter) of a number, in a directory's style of keys:
    /// "plain" (<c>C3</c>), "guid" (every key a GUID in lower case) or "mixed" (each row's plain, or a GUID in either case).
    /// </summary>
    internal static Gen<string> Key(char letter, int number, string style) => style switch
    {
        "guid" => Gen.Constant(GuidOf(letter, number, upper: false)),
        "mixed" => Pick($"{letter}{number}", GuidOf(letter, number, upper: false), GuidOf(letter, number, upper: true)),
        _ => Gen.Constant($"{letter}{number}"),
    };

    private static string GuidOf(char letter, int number, bool upper)
    {
        string guid = $"{number * 40503:x8}-0000-4a6b-8c2e-{(int)letter:x12}";
        return upper ? guid.ToUpperInvariant() : guid;
    }

    internal static Gen<string> Case(string keys) =>
        from number in Gen.Choose(1, 8)
        from key in Key('C', number, keys)
        from matter in Pick([.. Matters, "M9", "M好"])
        from unit in Pick(Units)
        from accepted in Instant()
        from hours in Gen.Frequency((3, Gen.Choose(-2, 60)), (1, Gen.Choose(61, 400)))
        from window in Pick("", "W1")
        let completed = hours < 0 ? "" : DateTimeOffset.Parse(accepted).AddHours(hours).ToString("yyyy-MM-dd'T'HH:mm:sszzz")
        select $"{key},{matter},{unit},,{window},{accepted},{completed}";

    internal static Gen<string> Rating(string keys) =>
        from id in Gen.Choose(1, 14)
        from key in Key('R', id, keys)
        from caseNumber in Gen.Choose(0, 10)
        from caseKey in Key('C', caseNumber, keys)
        from matter in Pick(Matters)
        from unit in Pick(Units)
        from channel in Pick(Channels)
        from level in Gen.Choose(0, 5)
        from realName in Pick("true", "false")
        from at in Instant()
        from tags in Pick("", "", "", "slow", "slow;P02", " P02 ; slow ;", ";", "bad tag!")
        from comment in Pick("", "", "办理时间过长", "\"多行\n意见\"", "\"含,逗号\"")
        let origin = channel == "system" ? "default" : "active"
        select $"{key},{(caseNumber == 0 ? "" : caseKey)},{matter},{unit},,,{channel},{level},{origin},{realName},{at},{tags},{comment}";

    internal static Gen<string> Appeal(string keys) =>
        from id in Gen.Choose(1, 4)
        from rating in Gen.Choose(1, 15)
        from ratingKey in Key('R', rating, keys)
        from filed in Instant()
        from decision in Pick("upheld", "rejected", "pending")
        select $"A{id},{ratingKey},{filed},{(decision == "pending" ? "" : filed)},{decision},mistaken";

    internal static Gen<string> Rectification(string keys) =>
        from rating in Gen.Choose(1, 15)
        from ratingKey in Key('R', rating, keys)
        from at in Instant()
        select $"{ratingKey},{at},{at},{at},fixed_at_once";

    internal static Gen<string> FollowUp(string keys) =>
        from number in Gen.Choose(1, 10)
        from caseKey in Key('C', number, keys)
        from at in Instant()
        from satisfied in Pick("true", "false")
        select $"{caseKey},{at},phone,{satisfied}";

    internal static Gen<string[]> Rows(Gen<string> row, int max) => Gen.Choose(0, max).SelectMany(n => Gen.ArrayOf(row, n));

    /// <summary>The rows of the five files <see cref="WriteDirectory"/> writes: cases, ratings, appeals, rectifications, follow-ups.</summary>
    internal static Gen<string[][]> Files() =>
        from keys in Gen.Frequency((4, Gen.Constant("plain")), (1, Gen.Constant("guid")), (1, Gen.Constant("mixed")))
        from cases in Rows(Case(keys), 10)
        from ratings in Rows(Rating(keys), 16)
        from appeals in Rows(Appeal(keys), 4)
        from rectifications in Rows(Rectification(keys), 4)
        from followUps in Rows(FollowUp(keys), 4)
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
