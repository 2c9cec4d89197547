using System.Collections.Generic;
using System.IO;
using System.Linq;
using Evaluation.Core.Ratings;
using Evaluation.IO.Columnar;
using Evaluation.IO.Csv;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Evaluation.IO.Tests;

/// <summary>White space around a field, ASCII or not, is not part of its value, on the record path and in the tables alike.</summary>
public class FieldPaddingProperties
{
    private const string Header = "rating_id,case_no,matter_code,unit_code,department_code,window_code,channel,level,origin,real_name,rated_at,tags,comment";

    private static readonly string[] Fields =
        ["R410202-0000001", "C410202-0000001", "M410202-00001", "410202", "D01", "W410202-Assisted", "qr_dynamic", "2", "active", "true", "2023-01-18T10:56:21+08:00", "", "办理时间过长"];

    [Property(MaxTest = 300)]
    public Property Padding_fields_with_white_space_changes_no_value()
    {
        Gen<string> pad = Gen.Elements("", "", " ", "  ", "\t", "\u3000", "\u00A0", " \u3000");
        Gen<string[]> pads = pad.ArrayOf(Fields.Length * 2);
        return Prop.ForAll(pads.ToArbitrary(), p =>
        {
            string padded = string.Join(",", Fields.Select((f, i) => p[2 * i] + f + p[(2 * i) + 1]));
            Rating expected = ReadRecords(string.Join(",", Fields)).Single();
            Rating fromRecords = ReadRecords(padded).Single();
            Rating fromTable = ReadTable(padded);
            return (Same(expected, fromRecords) && Same(expected, fromTable)).Label(padded);
        });
    }

    private static List<Rating> ReadRecords(string row)
    {
        var records = new List<Rating>();
        new CsvRecordReader().ReadRatings(new StringReader(Header + "\n" + row + "\n"), "ratings.csv", r => records.Add(r.Record), _ => { });
        return records;
    }

    private static Rating ReadTable(string row)
    {
        var table = new RatingTable();
        table.Read(new StringReader(Header + "\n" + row + "\n"), "ratings.csv", _ => { });
        return table.Materialize(0);
    }

    /// <summary>Every field equal, the comment exactly.</summary>
    private static bool Same(Rating a, Rating b) => CsvRoundTripProperties.SameRating(a, b) && a.Comment == b.Comment;
}
