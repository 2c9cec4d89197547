using Evaluation.Core.Cases;
using Evaluation.Core.Catalog;
using Evaluation.Core.FollowUps;
using Evaluation.Core.Ratings;
using Evaluation.Core.Validation;
using Evaluation.Reporting;
using NodaTime;
using Xunit;

namespace Evaluation.Cli.Tests;

public class LatestInstantTests
{
    private static readonly UnitCode Unit = UnitCode.Parse("410202");
    private static readonly MatterCode Matter = MatterCode.Parse("M-1");

    [Fact]
    public void Without_as_of_the_report_takes_the_latest_instant_of_any_record()
    {
        var completed = Instant.FromUtc(2023, 12, 30, 8, 0);
        var records = new RecordSet
        {
            Cases = [new(new ServiceCase(CaseNumber.Parse("C-1"), Matter, Unit, Instant.FromUtc(2023, 12, 1, 1, 0), completed))],
            Ratings = [new(new Rating(RatingId.Parse("R-1"), Unit, RatingChannel.App, RatingLevel.VerySatisfied, RatingOrigin.Active,
                Instant.FromUtc(2023, 12, 2, 1, 0), true, CaseNumber.Parse("C-1"), Matter))],
            FollowUps = [new(new FollowUp(CaseNumber.Parse("C-1"), Instant.FromUtc(2023, 12, 30, 9, 0), FollowUpChannel.Phone, true))],
        };

        Assert.Equal(Instant.FromUtc(2023, 12, 30, 9, 0), LatestInstant.Of(records));
        Assert.Equal(completed, LatestInstant.Of(records with { FollowUps = [] }));
    }
}
