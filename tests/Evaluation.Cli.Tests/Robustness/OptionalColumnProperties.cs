using System.Collections.Generic;
using System.IO;
using System.Linq;
using Evaluation.IO.Columnar;
using Evaluation.IO.Csv;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Evaluation.Cli.Tests.Robustness;

/// <summary>An optional column that is absent reads exactly as the same column present and empty, for every optional column of every file kind.</summary>
public class OptionalColumnProperties
{
    private static readonly (CsvFileKind Kind, string Column)[] Optional =
        [.. ExportRows.Kinds.SelectMany(kind => CsvSchema.OptionalColumns(kind).Select(column => (kind, column)))];

    [Fact]
    public void Every_file_kind_with_optional_columns_is_covered() =>
        Assert.Equal(["ratings.tags", "ratings.comment", "appeals.ground", "rectifications.outcome", "units.level"],
            Optional.Select(o => FuzzName(o.Kind) + "." + o.Column));

    [Property(MaxTest = 150)]
    public Property An_absent_optional_column_reads_as_the_column_present_and_empty()
    {
        Gen<(CsvFileKind Kind, string Column, string Text)> files =
            from optional in Gen.Elements(Optional)
            from rows in ExportRows.File(optional.Kind, 8)
            select (optional.Kind, optional.Column, CsvText.Write(rows));
        return Prop.ForAll(files.ToArbitrary(), file =>
        {
            FileOutcome empty = FileOutcome.Read(file.Kind, CsvText.WithEmptyColumn(file.Text, file.Column));
            FileOutcome absent = FileOutcome.Read(file.Kind, CsvText.WithoutColumn(file.Text, file.Column));
            bool tables = file.Kind != CsvFileKind.Ratings
                || TableRows(CsvText.WithEmptyColumn(file.Text, file.Column)) == TableRows(CsvText.WithoutColumn(file.Text, file.Column));
            return absent.SameAs(empty).Label("records and rejects").And(tables.Label("the ratings table"))
                .And((absent.Summary.Error is null).Label("not refused"));
        });
    }

    private static (int Rows, long Rejected) TableRows(string text)
    {
        var table = new RatingTable();
        CsvFileSummary summary = table.Read(new StringReader(text), "ratings.csv", _ => { });
        return (table.Count, summary.Rejected);
    }

    private static string FuzzName(CsvFileKind kind) => Path.GetFileNameWithoutExtension(CsvSchema.FileName(kind));
}
