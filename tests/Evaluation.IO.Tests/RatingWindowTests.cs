using System.IO;
using System.Linq;
using Evaluation.Core.Calendars;
using Evaluation.Core.Policies;
using Evaluation.Core.Validation;
using Evaluation.IO.Columnar;
using Evaluation.Tests.Shared;
using Xunit;

namespace Evaluation.IO.Tests;

/// <summary>
/// Rule: an active rating is accepted within the policy's rating window after its case's completion (评价期限). The
/// tables decide most ratings without the calendar (within the window's number of whole days); the ones after must be
/// rejected as the records' validator rejects them.
/// </summary>
public class RatingWindowTests
{
    [Fact]
    public void Active_ratings_after_a_window_of_calendar_days_are_rejected_by_the_tables_as_by_the_records()
    {
        string directory = Directory.CreateTempSubdirectory("window-").FullName;
        try
        {
            // Guangdong: seven calendar days. The case is completed on Monday 20 November 2023 at 10:00.
            MessyExports.WriteDirectory(directory,
            [
                ["C1,M1,410202,,,2023-11-20T09:00:00+08:00,2023-11-20T10:00:00+08:00"],
                [
                    "R1,C1,M1,410202,,,pc,5,active,true,2023-11-27T10:00:00+08:00,,",
                    "R2,C1,M1,410202,,,pc,5,active,true,2023-11-28T06:00:00+08:00,,",
                    "R3,C1,M1,410202,,,pc,4,active,true,2023-11-29T12:00:00+08:00,,",
                ],
                [], [], [], ["0", "plain", "", "guangdong"],
            ]);
            EvaluationPolicy policy = EvaluationPolicy.Guangdong;
            ValidationReport records = new RecordSetValidator(policy, DeadlineCalculator.China).Validate(DataDirectory.Read(directory).Records);
            ColumnarDirectory tables = ColumnarDirectory.Read(directory, null);
            ColumnarValidation columns = ColumnarValidator.Validate(tables.Others.Records, tables.Cases, tables.Ratings, policy, DeadlineCalculator.China);

            string[] Closed(System.Collections.Generic.IEnumerable<RejectedRecord> rejected) =>
                [.. rejected.Where(r => r.Problems.Any(p => p.Code == ErrorCodes.RatingWindowClosed)).Select(r => r.Key).Order()];
            Assert.Equal(["R2", "R3"], Closed(records.Rejected));
            Assert.Equal(Closed(records.Rejected), Closed(columns.Rejected));
            Assert.Equal(["R1"], columns.KeptRatings.Select(row => tables.Ratings.Ids.TextAt(row)));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
