using System.Collections.Generic;
using System.IO;
using System.Linq;
using Evaluation.Core.Ratings;
using Evaluation.Core.Validation;
using Evaluation.IO.Csv;
using NodaTime;
using Xunit;

namespace Evaluation.IO.Tests;

public class CsvRejectTests
{
    private const string Header = "rating_id,case_no,matter_code,unit_code,department_code,window_code,channel,level,origin,real_name,rated_at,tags,comment";

    private static (List<Rating> Records, List<CsvReject> Rejects, CsvFileSummary Summary) Read(string text)
    {
        var records = new List<Rating>();
        var rejects = new List<CsvReject>();
        CsvFileSummary summary = new CsvRecordReader().ReadRatings(new StringReader(text), "ratings.csv", r => records.Add(r.Record), rejects.Add);
        return (records, rejects, summary);
    }

    private static CsvReject OnlyReject(string row)
    {
        var (records, rejects, summary) = Read(Header + "\n" + row + "\n");
        Assert.Empty(records);
        Assert.Equal(1, summary.Read);
        Assert.Equal(1, summary.Rejected);
        return Assert.Single(rejects);
    }

    [Theory]
    [InlineData("R1,,,410202,,,app,7,active,true,2023-12-05T10:31:00+08:00,,", "level", CsvErrorCodes.LevelOutOfRange)]
    [InlineData("R1,,,410202,,,app,,active,true,2023-12-05T10:31:00+08:00,,", "level", CsvErrorCodes.FieldRequired)]
    [InlineData("R1,,,410202,,,fax,5,active,true,2023-12-05T10:31:00+08:00,,", "channel", CsvErrorCodes.ValueUnknown)]
    [InlineData("R1,,,410202,,,app,5,sometimes,true,2023-12-05T10:31:00+08:00,,", "origin", CsvErrorCodes.ValueUnknown)]
    [InlineData("R1,,,410202,,,app,5,active,maybe,2023-12-05T10:31:00+08:00,,", "real_name", CsvErrorCodes.BoolMalformed)]
    [InlineData("R1,,,410202,,,app,5,active,true,2023-12-05T10:31:00,,", "rated_at", CsvErrorCodes.InstantMalformed)]
    [InlineData("R1,,,410202,,,app,5,active,true,05/12/2023,,", "rated_at", CsvErrorCodes.InstantMalformed)]
    [InlineData("R 1,,,410202,,,app,5,active,true,2023-12-05T10:31:00+08:00,,", "rating_id", CsvErrorCodes.CodeMalformed)]
    [InlineData(",,,410202,,,app,5,active,true,2023-12-05T10:31:00+08:00,,", "rating_id", CsvErrorCodes.FieldRequired)]
    [InlineData("R1,,,410202,,,app,5,active,true,2023-12-05T10:31:00+08:00,bad tag,", "tags", CsvErrorCodes.CodeMalformed)]
    [InlineData("R1,,,410202,,,app,5,active,true,2023-12-05T10:31:00+08:00,slow;bad tag;,", "tags", CsvErrorCodes.CodeMalformed)]
    [InlineData("R1,C1,,410202,,,app,5,active,true,2023-12-05T10:31:00+08:00,,", "matter_code", CsvErrorCodes.RecordInvalid)]
    [InlineData("R1,,,410202,,,app,5,default,true,2023-12-05T10:31:00+08:00,,", "channel", CsvErrorCodes.RecordInvalid)]
    [InlineData("R1,,,410202,,,app,7,active,true,2023-12-05T10:31:00+08:00,,\"said \"\"no\"\", twice\"", "level", CsvErrorCodes.LevelOutOfRange)]
    [InlineData("\"R1\",\"\",\"\",\"410202\",\"\",\"\",\"app\",\"7\",\"active\",\"true\",\"2023-12-05T10:31:00+08:00\",\"\",\"a \"\"b\"\"\"", "level", CsvErrorCodes.LevelOutOfRange)]
    [InlineData("\" R1 \"\"x\"\" \",,,410202,,,app,5,active,true,2023-12-05T10:31:00+08:00,,", "rating_id", CsvErrorCodes.CodeMalformed)]
    public void A_malformed_field_is_a_reject_naming_the_line_the_column_and_the_rule(string row, string column, string code)
    {
        CsvReject reject = OnlyReject(row);
        Assert.Equal(code, reject.Code);
        Assert.Equal(column, reject.Column);
        Assert.Equal(2, reject.Line);
        Assert.Equal("ratings.csv", reject.File);
        Assert.Equal(row, reject.Row);
        // Read into a table (as reports read), the row is the same reject.
        var table = new Columnar.RatingTable();
        var tableRejects = new List<CsvReject>();
        table.Read(new StringReader(Header + "\n" + row + "\n"), "ratings.csv", tableRejects.Add);
        Assert.Equal(0, table.Count);
        Assert.Equal(reject, Assert.Single(tableRejects));
    }

    /// <summary>
    /// The rule that a reject carries its row as the file holds it, for a row whose quoted fields a parser of quotes
    /// unescapes, under each way a file is parsed: quotes parsed from the start (no quote in the first rows), the row set
    /// aside among plainly quoted rows, and the rest of a file handed to the parser of quotes past the rows set aside.
    /// </summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(40)]
    public void A_rejected_row_with_escaped_quotes_keeps_the_files_text_under_every_parser(int quotedRowsBefore)
    {
        const string Valid = "R0,,,410202,,,app,5,active,true,2023-12-05T10:31:00+08:00,,";
        // The identifier, read first, holds quotes: the row is rejected once that field has been unescaped.
        const string Bad = "\"R1 \"\"x\"\"\",,,410202,,,app,5,active,true,2023-12-05T10:31:00+08:00,,\"said \"\"no\"\", twice\"";
        var rows = new List<string> { Valid, Valid.Replace("R0", "R00", System.StringComparison.Ordinal) };
        for (int n = 0; n < quotedRowsBefore; n++)
        {
            rows.Insert(0, $"Q{n},,,410202,,,app,5,active,true,2023-12-05T10:31:00+08:00,,\"a \"\"quoted\"\" word\"");
        }
        rows.Add(Bad);
        rows.Add(Bad.Replace("R1 ", "R2 ", System.StringComparison.Ordinal));
        string text = Header + "\n" + string.Join("\n", rows) + "\n";

        var (records, rejects, summary) = Read(text);
        Assert.Equal(rows.Count - 2, records.Count);
        Assert.Equal([rows[^2], rows[^1]], rejects.Select(r => r.Row));
        Assert.Equal([(long)rows.Count, rows.Count + 1], rejects.Select(r => r.Line));
        Assert.Equal(summary.Read, summary.Records + summary.Rejected);

        var table = new Columnar.RatingTable();
        var tableRejects = new List<CsvReject>();
        table.Read(new StringReader(text), "ratings.csv", tableRejects.Add);
        Assert.Equal(rejects, tableRejects);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_fields_is_a_reject_and_reading_goes_on()
    {
        var (records, rejects, summary) = Read(Header + "\nR1,,,410202\nR2,,,410202,,,app,5,active,true,2023-12-05T10:31:00+08:00,,\n");
        Assert.Equal(CsvErrorCodes.RowShape, Assert.Single(rejects).Code);
        Assert.Single(records);
        Assert.Equal(2, summary.Read);
        Assert.Equal(summary.Read, summary.Records + summary.Rejected);
    }

    [Fact]
    public void A_missing_required_column_refuses_the_file()
    {
        var (_, _, summary) = Read("rating_id,unit_code\nR1,410202\n");
        Assert.Contains("level", summary.Error, System.StringComparison.Ordinal);
        Assert.Contains(CsvErrorCodes.ColumnMissing, summary.Error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_are_found_by_name_unknown_ones_ignored_BOM_CRLF_and_quotes_accepted()
    {
        string text = "\uFEFFextra,rated_at,level,unit_code,rating_id,channel,origin,real_name,case_no,matter_code,department_code,window_code,comment\r\n"
            + "x,2023-12-05T10:31:00+08:00,2,410202,R1,app,active,true,,,,,\"慢, 很慢\"\r\n";
        var (records, rejects, _) = Read(text);
        Assert.Empty(rejects);
        Rating rating = Assert.Single(records);
        Assert.Equal("慢, 很慢", rating.Comment);
        Assert.Equal(Instant.FromUtc(2023, 12, 5, 2, 31), rating.RatedAt);
        Assert.Equal(RatingLevel.Dissatisfied, rating.Level);
    }

    [Fact]
    public void Other_offsets_and_fractions_of_seconds_are_read_exactly()
    {
        var (records, _, _) = Read(Header + "\nR1,,,410202,,,app,5,active,true,2023-12-05T02:31:00.5Z,,\n");
        Assert.Equal(Instant.FromUtc(2023, 12, 5, 2, 31) + Duration.FromMilliseconds(500), Assert.Single(records).RatedAt);
    }

    [Fact]
    public void Repeated_codes_are_one_string()
    {
        var (records, _, _) = Read(Header + "\nR1,,,410202,,,app,5,active,true,2023-12-05T10:31:00+08:00,,\nR2,,,410202,,,app,5,active,true,2023-12-05T10:31:00+08:00,,\n");
        Assert.Same(records[0].UnitCode.Value, records[1].UnitCode.Value);
    }

    [Fact]
    public void Units_without_a_level_column_take_it_from_the_division_code()
    {
        var units = new List<Evaluation.Core.Catalog.ServiceUnit>();
        new CsvRecordReader().ReadUnits(new StringReader("unit_code,name,division_code,parent_code\nA,县,410202000000,\nB,镇,410202001000,A\nC,示范区,,\n"), "units.csv", u => units.Add(u.Record), _ => { });
        Assert.Equal([Evaluation.Core.Catalog.UnitLevel.County, Evaluation.Core.Catalog.UnitLevel.Town, Evaluation.Core.Catalog.UnitLevel.FunctionalZone], units.Select(u => u.Level));
    }
}
