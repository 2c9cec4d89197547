using System.IO;
using System.Linq;
using Evaluation.Core.Calendars;
using Evaluation.Core.Policies;
using Evaluation.Core.Validation;
using Evaluation.IO.Columnar;
using Evaluation.Tests.Shared;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Evaluation.IO.Tests;

/// <summary>
/// The two entry points of validation reach one outcome: a directory read as records and checked by
/// <see cref="RecordSetValidator"/>, and the same directory read into tables and checked by <c>ColumnarValidator</c>,
/// reject the same records for the same reasons at the same lines and keep the same cases and ratings.
/// </summary>
public class ValidationAgreementProperties
{
    [Property(MaxTest = 100)]
    public Property Records_and_tables_are_validated_alike()
    {
        Gen<string[][]> files =
            from rows in MessyExports.Files()
            from catalogue in MessyExports.Pick("0", "1")
            from layout in MessyExports.Pick("plain", "crlf-bom-extra")
            from policy in MessyExports.Pick("national", "henan", "guangdong", "henan-one-per-stage")
            select new[] { rows[0], rows[1], rows[2], rows[3], rows[4], [catalogue, layout, "", policy] };
        return Prop.ForAll(files.ToArbitrary(), parts =>
        {
            string directory = Directory.CreateTempSubdirectory("validation-").FullName;
            try
            {
                MessyExports.WriteDirectory(directory, parts);
                // A variant no preset has: two active ratings per case (one per stage) rather than one.
                EvaluationPolicy? policy = parts[5][3] == "henan-one-per-stage"
                    ? OnePerStage(EvaluationPolicy.Henan)
                    : EvaluationPolicy.TryGetPreset(parts[5][3], out EvaluationPolicy? preset) ? preset : null;

                DirectoryContents contents = DataDirectory.Read(directory);
                ValidationReport records = new RecordSetValidator(policy!, DeadlineCalculator.China).Validate(contents.Records);
                ColumnarDirectory tables = ColumnarDirectory.Read(directory, null);
                ColumnarValidation columns = ColumnarValidator.Validate(tables.Others.Records, tables.Cases, tables.Ratings, policy!, DeadlineCalculator.China);

                string Rejects(System.Collections.Generic.IEnumerable<RejectedRecord> rejected) =>
                    string.Join("\n", rejected.Select(r => $"{r.Kind} {r.Key} {r.Source} {string.Join(",", r.Problems.Select(p => p.Code + ":" + p.Field))}").Order(System.StringComparer.Ordinal));
                string keptCases = string.Join(",", records.Accepted.Cases.Select(c => c.Record.Number.Value + "@" + c.Source?.Line));
                // A kept rating's record, comment and tags included, is the record path's, whether its file was read whole or in two halves.
                string keptRatings = string.Join(",", records.Accepted.Ratings.Select(r => r.Record.Id.Value + "@" + r.Source?.Line + ":" + r.Record.Comment + "#" + string.Join(";", r.Record.Tags)));
                ColumnarDirectory halves = ColumnarDirectory.Read(directory, null, minimumTail: 1, tailsFirst: true);
                ColumnarValidation halvesKept = ColumnarValidator.Validate(halves.Others.Records, halves.Cases, halves.Ratings, policy!, DeadlineCalculator.China);
                string RatingsOf(ColumnarDirectory read, ColumnarValidation kept) =>
                    string.Join(",", kept.KeptRatings.Select(row => read.Ratings.Materialize(row).Id.Value + "@" + read.Ratings.LineOf(row) + ":" + read.Ratings.Materialize(row).Comment
                        + "#" + string.Join(";", read.Ratings.Materialize(row).Tags)));
                return (Rejects(records.Rejected) == Rejects(columns.Rejected)).Label("rejects: records\n" + Rejects(records.Rejected) + "\ntables\n" + Rejects(columns.Rejected))
                    .And((contents.Rejects.Length == tables.Others.Rejects.Length).Label("unreadable rows"))
                    .And((records.AcceptedCount == columns.AcceptedCount).Label("accepted"))
                    .And((keptCases == string.Join(",", columns.KeptCases.Select(row => tables.Cases.Materialize(row).Number.Value + "@" + tables.Cases.LineOf(row)))).Label("cases kept"))
                    .And((keptRatings == RatingsOf(tables, columns)).Label("ratings kept"))
                    .And((keptRatings == RatingsOf(halves, halvesKept)).Label("ratings kept, read in halves"));
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        });
    }

    private static EvaluationPolicy OnePerStage(EvaluationPolicy policy)
    {
        EvaluationPolicy.Builder builder = policy.ToBuilder();
        builder.RatingsPerCase = RatingsPerCase.OnePerStage;
        return builder.Build();
    }
}
