using Evaluation.Core.Aggregation;
using Evaluation.Core.Appeals;
using Evaluation.Core.Calendars;
using Evaluation.Core.Cases;
using Evaluation.Core.Catalog;
using Evaluation.Core.Metrics;
using Evaluation.Core.Periods;
using Evaluation.Core.Policies;
using Evaluation.Core.Ratings;
using Evaluation.Core.Rectification;
using NodaTime;
using Xunit;
using static Evaluation.Core.Tests.Support.Samples;

namespace Evaluation.Core.Tests.Metrics;

/// <summary>The worked example of docs/metrics.md, through the lifecycle rules and the engine.</summary>
public class WorkedExampleTests
{
    private static Rating R(string id, string matter, RatingLevel level, RatingOrigin origin = RatingOrigin.Active) =>
        new(RatingId.Parse(id), Unit, origin == RatingOrigin.Default ? RatingChannel.System : RatingChannel.App, level, origin,
            At("2023-12-05T10:00:00+08:00"), isRealName: true, caseNumber: CaseNumber.Parse("C" + id), matterCode: MatterCode.Parse(matter));

    private static readonly Rating[] Ratings =
    [
        R("1", "A", RatingLevel.VerySatisfied),
        R("2", "B", RatingLevel.Dissatisfied),
        R("3", "C", RatingLevel.Satisfied, RatingOrigin.Default),
        R("4", "A", RatingLevel.VeryDissatisfied),
    ];

    private static GroupRow Aggregate(EvaluationPolicy policy, Instant asOf)
    {
        var appeal = new Appeal(AppealId.Parse("AP4"), RatingId.Parse("4"), At("2023-12-06T09:00:00+08:00"), AppealGround.Malicious)
            .Decide(AppealDecision.Upheld, At("2023-12-07T09:00:00+08:00"));
        var order = new RectificationOrder(RatingId.Parse("2"))
            .Verify(At("2023-12-05T11:00:00+08:00"))
            .Rectify(At("2023-12-08T11:00:00+08:00"), RectificationOutcome.FixedAtOnce);
        var lifecycle = new RatingLifecycle(policy, DeadlineCalculator.China, [appeal], [order], asOf);
        var builder = new RatingBatch.Builder(policy);
        foreach (Rating rating in Ratings)
        {
            builder.Add(rating, lifecycle.Assess(rating));
        }
        return Assert.Single(RatingAggregator.Aggregate(builder.Build(), Grouping.By(GroupingDimension.Unit, ReportingPeriodKind.Month)).Rows);
    }

    [Fact]
    public void An_upheld_appeal_removes_exactly_its_rating_from_every_count()
    {
        GroupRow row = Aggregate(EvaluationPolicy.National, At("2023-12-31T00:00:00+08:00"));
        Assert.Equal("2023-12", row.Key.Period.ToString());
        Assert.Equal(3, row.Tally.Ratings);
        Assert.Equal(1, row.Tally.ExcludedByAppeal);
        Assert.Equal(2, row.Tally.ActiveRatings);
        Assert.Equal(1, row.Tally.Bad);
        Assert.Equal(2, row.Tally.Good);
    }

    [Fact]
    public void The_rates_of_the_worked_example()
    {
        GroupRow row = Aggregate(EvaluationPolicy.National, At("2023-12-31T00:00:00+08:00"));
        Assert.Equal("66.67%", row.Tally.ActiveRatingRate().Format());
        Assert.Equal("66.67%", row.Tally.GoodRate().Format());
        Assert.Equal("33.33%", row.Tally.BadRate().Format());
        Assert.Equal("66.67%", row.Coverage.Rate.Format());
        Assert.Equal(new Rate(1, 1), row.Tally.RectificationRate());
        Assert.Equal(new Rate(1, 1), row.Tally.OnTimeRectificationRate());
        Assert.Equal(new Rate(1, 1), row.Tally.RealNameFollowUpRate());
    }

    [Fact]
    public void Under_a_one_working_day_limit_the_same_rectification_is_late()
    {
        EvaluationPolicy strict = new EvaluationPolicy.Builder("strict") { RectificationLimit = TimeLimit.WorkingDays(1) }.Build();
        GroupRow row = Aggregate(strict, At("2023-12-31T00:00:00+08:00"));
        Assert.Equal(new Rate(1, 1), row.Tally.RectificationRate());
        Assert.Equal(new Rate(0, 1), row.Tally.OnTimeRectificationRate());
    }

    [Fact]
    public void An_open_rectification_past_its_due_instant_is_overdue_at_the_as_of_instant()
    {
        var lifecycle = new RatingLifecycle(EvaluationPolicy.Henan, DeadlineCalculator.China, [], [], At("2023-12-13T00:00:00+08:00"));
        // Rated Tuesday 2023-12-05; 5 working days end on Tuesday 2023-12-12.
        Assert.Equal(RectificationState.Overdue, lifecycle.Assess(Ratings[1]).Rectification);
        var earlier = new RatingLifecycle(EvaluationPolicy.Henan, DeadlineCalculator.China, [], [], At("2023-12-12T23:00:00+08:00"));
        Assert.Equal(RectificationState.Open, earlier.Assess(Ratings[1]).Rectification);
    }

    [Fact]
    public void A_good_rating_owes_no_rectification() =>
        Assert.Equal(RectificationState.NotOwed, new RatingLifecycle(EvaluationPolicy.National, DeadlineCalculator.China, [], [], At("2024-01-01T00:00:00+08:00")).Assess(Ratings[0]).Rectification);
}
