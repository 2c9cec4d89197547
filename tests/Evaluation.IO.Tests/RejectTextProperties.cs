using System.Collections.Generic;
using System.IO;
using System.Linq;
using Evaluation.IO.Columnar;
using Evaluation.IO.Csv;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Evaluation.IO.Tests;

/// <summary>
/// A reject carries its row as the file holds it, whatever the row's quoting and whichever parser reads it: the rule
/// that lets a user fix the rejects file and feed it back.
/// </summary>
public class RejectTextProperties
{
    private const string Header = "rating_id,case_no,matter_code,unit_code,department_code,window_code,channel,level,origin,real_name,rated_at,tags,comment";

    /// <summary>Each field's forms: valid and invalid, bare, quoted, and quoted with escaped quotes or commas.</summary>
    private static readonly Gen<string> Id = Gen.Elements("R{0}", "\"R{0}\"", "\"R{0} \"\"x\"\"\"", "R {0}", "\"R,{0}\"");
    private static readonly Gen<string> Level = Gen.Elements("5", "\"4\"", "7", "\"2\"", "2");
    private static readonly Gen<string> Tags = Gen.Elements("", "P01", "\"P01;P02\"", "bad tag", "\"bad \"\"tag\"\"\"");
    private static readonly Gen<string> Comment = Gen.Elements("", "plain", "\"a, b\"", "\"say \"\"hi\"\"\"", "\"\"", "\"慢，\"\"很慢\"\"\"");

    private static readonly Gen<string[]> Rows =
        Gen.Zip(Gen.Zip(Id, Level), Gen.Zip(Tags, Comment))
            .Select(f => $"{f.Item1.Item1},,,410202,,,app,{f.Item1.Item2},active,true,2023-12-05T10:31:00+08:00,{f.Item2.Item1},{f.Item2.Item2}")
            .ArrayOf()
            .Where(rows => rows.Length > 0)
            .Select(rows => rows.Select((row, n) => row.Replace("{0}", n.ToString(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal)).ToArray());

    [Property(MaxTest = 300)]
    public Property Every_reject_holds_its_row_as_the_file_does_on_the_record_path_and_in_the_tables()
    {
        // Plain rows first, or none: the file is then read with quotes parsed from the start, or taken as text with
        // rows set aside, or handed to the parser of quotes past the rows set aside.
        Gen<(string[] Rows, int Plain)> files = Rows.SelectMany(rows => Gen.Choose(0, 2).Select(plain => (rows, plain)));
        return Prop.ForAll(files.ToArbitrary(), file =>
        {
            string[] rows = [.. Enumerable.Repeat("P,,,410202,,,app,5,active,true,2023-12-05T10:31:00+08:00,,", file.Plain).Select((r, n) => r.Replace("P,", $"P{n},", System.StringComparison.Ordinal)), .. file.Rows];
            string text = Header + "\n" + string.Join("\n", rows) + "\n";

            var rejects = new List<CsvReject>();
            CsvFileSummary summary = new CsvRecordReader().ReadRatings(new StringReader(text), "ratings.csv", _ => { }, rejects.Add);
            var tableRejects = new List<CsvReject>();
            new RatingTable().Read(new StringReader(text), "ratings.csv", tableRejects.Add);

            bool asInFile = rejects.All(r => r.Row == rows[r.Line - 2]);
            bool accounted = summary.Read == rows.Length && summary.Read == summary.Records + summary.Rejected;
            return (asInFile && accounted && (rejects.Count > 0) == rows.Any(Invalid) && rejects.SequenceEqual(tableRejects))
                .Label(string.Join(" | ", rejects.Select(r => $"{r.Line}: {r.Row}")));
        });
    }

    /// <summary>Whether a generated row breaks a rule: an identifier with a space, a quote or a comma, level 7 or a bad tag.</summary>
    private static bool Invalid(string row) =>
        row.StartsWith("R ", System.StringComparison.Ordinal) || row.StartsWith("\"R,", System.StringComparison.Ordinal) || row.Contains("\"\"x", System.StringComparison.Ordinal)
        || row.Contains(",7,", System.StringComparison.Ordinal) || row.Contains("bad ", System.StringComparison.Ordinal);
}
