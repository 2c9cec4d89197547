using System.Linq;
using Evaluation.Core.Appeals;
using Evaluation.Core.Calendars;
using Evaluation.Core.Cases;
using Evaluation.Core.Catalog;
using Evaluation.Core.FollowUps;
using Evaluation.Core.Policies;
using Evaluation.Core.Ratings;
using Evaluation.Core.Rectification;
using NodaTime;
using Evaluation.Core.Tests.Support;
using Xunit;
using static Evaluation.Core.Tests.Support.Samples;

namespace Evaluation.Core.Tests.Lifecycle;

public class LifecycleRuleTests
{
    private static readonly DeadlineCalculator China = DeadlineCalculator.China;

    private static ServiceCase Completed(string number, string completedAt) =>
        new(CaseNumber.Parse(number), MatterA, Unit, At(completedAt) - Duration.FromHours(1), At(completedAt));

    [Fact]
    public void Henan_owes_a_default_satisfied_rating_when_7_working_days_pass_without_an_active_one()
    {
        var rule = new DefaultRatingRule(EvaluationPolicy.Henan, China);
        ServiceCase @case = Completed("C1", "2023-09-27T10:00:00+08:00");
        // 7 working days after Wednesday 2023-09-27: 9-28, 10-07, 10-08, 10-09, 10-10, 10-11, 10-12.
        Assert.Empty(rule.Owed([@case], [], At("2023-10-12T23:00:00+08:00")));
        DefaultRatingDue due = Assert.Single(rule.Owed([@case], [], At("2023-10-13T00:00:00+08:00")));
        Assert.Equal(RatingLevel.Satisfied, due.Level);
        Rating rating = due.ToRating();
        Assert.Equal(RatingOrigin.Default, rating.Origin);
        Assert.Equal(RatingChannel.System, rating.Channel);
        Assert.Equal(At("2023-10-12T23:59:59.999999999+08:00"), rating.RatedAt);
        Assert.Equal(rating.RatedAt, rule.WindowClosesAt(At("2023-09-27T10:00:00+08:00")));
    }

    [Theory]
    [InlineData("guangdong", RatingLevel.FairlySatisfied)]
    [InlineData("guangxi", RatingLevel.VerySatisfied)]
    public void Guangdong_and_Guangxi_close_the_window_after_7_calendar_days(string preset, RatingLevel level)
    {
        Assert.True(EvaluationPolicy.TryGetPreset(preset, out EvaluationPolicy? policy));
        var rule = new DefaultRatingRule(policy!, China);
        ServiceCase @case = Completed("C1", "2023-12-04T10:00:00+08:00");
        Assert.Equal(At("2023-12-11T23:59:59.999999999+08:00"), rule.WindowClosesAt(@case));
        Assert.Equal(rule.WindowClosesAt(@case), rule.WindowClosesAt(@case.CompletedAt!.Value));
        Assert.Equal(level, Assert.Single(rule.Owed([@case], [], At("2023-12-12T00:00:00+08:00"))).Level);
    }

    [Fact]
    public void A_case_with_an_active_rating_or_in_progress_is_owed_no_default_rating()
    {
        var rule = new DefaultRatingRule(EvaluationPolicy.National, China);
        ServiceCase rated = Completed("C1", "2023-12-04T10:00:00+08:00");
        var inProgress = new ServiceCase(CaseNumber.Parse("C2"), MatterA, Unit, At("2023-12-04T09:00:00+08:00"));
        var rating = new Rating(RatingId.Parse("R1"), Unit, RatingChannel.App, RatingLevel.VerySatisfied, RatingOrigin.Active, At("2023-12-05T10:00:00+08:00"), true, rated.Number, MatterA);
        Assert.Empty(rule.Owed([rated, inProgress], [rating], At("2024-01-31T00:00:00+08:00")));
    }

    [Fact]
    public void A_policy_without_a_default_level_owes_no_default_ratings()
    {
        EvaluationPolicy none = EvaluationPolicy.National.ToBuilder().Apply(b => b.DefaultLevel = null).Build();
        Assert.Empty(new DefaultRatingRule(none, China).Owed([Completed("C1", "2023-12-04T10:00:00+08:00")], [], At("2024-01-31T00:00:00+08:00")));
        Assert.False(new DefaultRatingRule(none, China).IsOwed(At("2023-12-04T10:00:00+08:00"), isRated: false, At("2024-01-31T00:00:00+08:00"), out _));
    }

    [Fact]
    public void For_one_case_a_default_rating_is_owed_once_its_window_closes_unless_a_rating_names_it()
    {
        var rule = new DefaultRatingRule(EvaluationPolicy.Henan, China);
        Instant completed = At("2023-09-27T10:00:00+08:00");

        Assert.False(rule.IsOwed(completed, isRated: false, At("2023-10-12T23:00:00+08:00"), out _));
        Assert.True(rule.IsOwed(completed, isRated: false, At("2023-10-13T00:00:00+08:00"), out Instant closed));
        Assert.Equal(At("2023-10-12T23:59:59.999999999+08:00"), closed);
        Assert.False(rule.IsOwed(completed, isRated: true, At("2023-10-13T00:00:00+08:00"), out _));
    }

    [Fact]
    public void An_appeal_is_filed_within_3_and_decided_within_5_working_days()
    {
        Rating bad = Rating("R1", RatingLevel.Dissatisfied, "2023-12-01T10:00:00+08:00", comment: "慢");
        var rules = new AppealRules(EvaluationPolicy.National, China);
        var onTime = new Appeal(AppealId.Parse("A1"), bad.Id, At("2023-12-06T10:00:00+08:00"));
        AppealTiming timing = rules.Assess(onTime, bad, At("2023-12-20T00:00:00+08:00"));
        Assert.True(timing.FiledOnTime);
        Assert.Equal(DeadlineStatus.Overdue, timing.DecisionStatus);
        var late = new Appeal(AppealId.Parse("A2"), bad.Id, At("2023-12-07T10:00:00+08:00"));
        Assert.False(rules.Assess(late, bad, At("2023-12-08T00:00:00+08:00")).FiledOnTime);
        Appeal decided = onTime.Decide(AppealDecision.Rejected, At("2023-12-13T10:00:00+08:00"));
        Assert.Equal(DeadlineStatus.DoneOnTime, rules.Assess(decided, bad, At("2023-12-20T00:00:00+08:00")).DecisionStatus);
    }

    [Fact]
    public void A_rejected_appeal_leaves_the_rating_valid_and_its_rectification_owed()
    {
        Rating bad = Rating("R1", RatingLevel.Dissatisfied, "2023-12-01T10:00:00+08:00", comment: "慢");
        Appeal rejected = new Appeal(AppealId.Parse("A1"), bad.Id, At("2023-12-04T10:00:00+08:00")).Decide(AppealDecision.Rejected, At("2023-12-05T10:00:00+08:00"));
        RatingFacts facts = new RatingLifecycle(EvaluationPolicy.Henan, China, [rejected], [], At("2023-12-20T00:00:00+08:00")).Assess(bad);
        Assert.False(facts.IsVoid);
        Assert.Equal(RectificationState.Overdue, facts.Rectification);
    }

    [Fact]
    public void An_appeal_upheld_after_the_as_of_instant_does_not_yet_void_the_rating()
    {
        Rating bad = Rating("R1", RatingLevel.Dissatisfied, "2023-12-01T10:00:00+08:00", comment: "慢");
        Appeal upheld = new Appeal(AppealId.Parse("A1"), bad.Id, At("2023-12-04T10:00:00+08:00")).Decide(AppealDecision.Upheld, At("2023-12-08T10:00:00+08:00"));
        Assert.False(new RatingLifecycle(EvaluationPolicy.Henan, China, [upheld], [], At("2023-12-07T00:00:00+08:00")).Assess(bad).IsVoid);
        Assert.True(new RatingLifecycle(EvaluationPolicy.Henan, China, [upheld], [], At("2023-12-09T00:00:00+08:00")).Assess(bad).IsVoid);
    }

    [Fact]
    public void Verification_rectification_and_feedback_each_have_a_deadline_and_status()
    {
        Rating bad = Rating("R1", RatingLevel.Dissatisfied, "2023-12-01T10:00:00+08:00", comment: "慢");
        RectificationOrder order = new RectificationOrder(bad.Id).Verify(At("2023-12-05T10:00:00+08:00"));
        RectificationProgress progress = new RatingLifecycle(EvaluationPolicy.Henan, China, [], [order], At("2023-12-06T00:00:00+08:00")).Progress(bad)!;
        Assert.Equal(At("2023-12-04T23:59:59.999999999+08:00"), progress.Verification.Due);
        Assert.Equal(DeadlineStatus.DoneLate, progress.VerificationStatus);
        Assert.Equal(At("2023-12-08T23:59:59.999999999+08:00"), progress.Rectification.Due);
        Assert.Equal(DeadlineStatus.Open, progress.RectificationStatus);
        Assert.Equal(DeadlineStatus.Open, progress.FeedbackStatus);
    }

    [Fact]
    public void An_extension_keeps_a_rectification_on_time_only_when_the_policy_says_so()
    {
        Rating bad = Rating("R1", RatingLevel.Dissatisfied, "2023-12-01T10:00:00+08:00", comment: "慢");
        RectificationOrder order = new RectificationOrder(bad.Id)
            .Extend(new RectificationExtension("需跨部门协调", At("2023-12-20T00:00:00+08:00")))
            .Verify(At("2023-12-01T12:00:00+08:00"))
            .Rectify(At("2023-12-15T10:00:00+08:00"), RectificationOutcome.Scheduled);
        Instant asOf = At("2023-12-31T00:00:00+08:00");
        Assert.Equal(RectificationState.DoneLate, new RatingLifecycle(EvaluationPolicy.Henan, China, [], [order], asOf).Assess(bad).Rectification);
        EvaluationPolicy lenient = EvaluationPolicy.Henan.ToBuilder().Apply(b => b.ExtensionKeepsOnTime = true).Build();
        Assert.Equal(RectificationState.DoneOnTime, new RatingLifecycle(lenient, China, [], [order], asOf).Assess(bad).Rectification);
    }

    [Fact]
    public void A_follow_up_is_due_within_2_hours_of_completion()
    {
        var rules = new FollowUpRules(EvaluationPolicy.National, China);
        ServiceCase @case = Completed("C1", "2023-12-04T10:00:00+08:00");
        FollowUp quick = new(@case.Number, At("2023-12-04T11:30:00+08:00"), FollowUpChannel.Phone, true);
        FollowUp slow = new(@case.Number, At("2023-12-04T12:30:00+08:00"), FollowUpChannel.Sms, true);
        Assert.Equal(FollowUpStatus.OnTime, rules.Assess(@case, [slow, quick], At("2023-12-05T00:00:00+08:00")));
        Assert.Equal(FollowUpStatus.Late, rules.Assess(@case, [slow], At("2023-12-05T00:00:00+08:00")));
        Assert.Equal(FollowUpStatus.Open, rules.Assess(@case, [], At("2023-12-04T11:00:00+08:00")));
        Assert.Equal(FollowUpStatus.Missing, rules.Assess(@case, [], At("2023-12-04T12:01:00+08:00")));
    }

    [Fact]
    public void The_daily_ledger_counts_cases_follow_ups_dissatisfaction_and_static_QR_good_ratings()
    {
        var rules = new FollowUpRules(EvaluationPolicy.National, China);
        ServiceCase a = Completed("C1", "2023-12-04T10:00:00+08:00");
        ServiceCase b = Completed("C2", "2023-12-04T15:00:00+08:00");
        ServiceCase c = Completed("C3", "2023-12-05T09:00:00+08:00");
        FollowUp[] visits = [new(a.Number, At("2023-12-04T11:00:00+08:00"), FollowUpChannel.Phone, false)];
        Rating qrGood = Rating("R1", RatingLevel.VerySatisfied, "2023-12-04T16:00:00+08:00");
        FollowUpLedgerRow[] rows = [.. rules.DailyLedger([a, b, c], visits, [qrGood])];
        Assert.Equal(2, rows.Length);
        Assert.Equal(new LocalDate(2023, 12, 4), rows[0].Date);
        Assert.Equal((2L, 1L, 1L, 1L), (rows[0].Cases, rows[0].FollowedUp, rows[0].Dissatisfied, rows[0].StaticQrGood));
        Assert.Equal("50.00%", rows[0].FollowUpRate.Format());
        Assert.Equal((1L, 0L), (rows[1].Cases, rows[1].FollowedUp));
    }

    [Fact]
    public void A_case_is_completed_within_its_matters_promised_working_days()
    {
        var rules = new CaseRules(EvaluationPolicy.National, China);
        var matter = new Matter(MatterA, "不动产登记", DepartmentCode.Parse("BDC"), MatterKind.AdministrativeConfirmation, 5);
        var onTime = new ServiceCase(Case, MatterA, Unit, At("2023-12-04T09:00:00+08:00"), At("2023-12-11T16:00:00+08:00"));
        var late = new ServiceCase(Case, MatterA, Unit, At("2023-12-04T09:00:00+08:00"), At("2023-12-12T09:00:00+08:00"));
        Assert.Equal(DeadlineStatus.DoneOnTime, rules.Assess(onTime, matter, At("2024-01-01T00:00:00+08:00")).Status);
        Assert.Equal(DeadlineStatus.DoneLate, rules.Assess(late, matter, At("2024-01-01T00:00:00+08:00")).Status);
        // The same case given by its instants is assessed alike.
        Assert.Equal(rules.Assess(late, matter, At("2024-01-01T00:00:00+08:00")), rules.Assess(late.AcceptedAt, late.CompletedAt, matter, At("2024-01-01T00:00:00+08:00")));
    }

    [Fact]
    public void An_immediate_matter_not_done_within_30_minutes_is_flagged()
    {
        var rules = new CaseRules(EvaluationPolicy.National, China);
        var immediate = new Matter(MatterA, "居民身份证换领", DepartmentCode.Parse("GA"), MatterKind.PublicService, 0);
        var quick = new ServiceCase(Case, MatterA, Unit, At("2023-12-04T09:00:00+08:00"), At("2023-12-04T09:25:00+08:00"));
        var slow = new ServiceCase(Case, MatterA, Unit, At("2023-12-04T09:00:00+08:00"), At("2023-12-04T09:45:00+08:00"));
        var open = new ServiceCase(Case, MatterA, Unit, At("2023-12-04T09:00:00+08:00"));
        Assert.False(rules.Assess(quick, immediate, At("2023-12-05T00:00:00+08:00")).ImmediateFlagged);
        Assert.True(rules.Assess(slow, immediate, At("2023-12-05T00:00:00+08:00")).ImmediateFlagged);
        Assert.True(rules.Assess(open, immediate, At("2023-12-04T09:31:00+08:00")).ImmediateFlagged);
        Assert.False(rules.Assess(open, immediate, At("2023-12-04T09:29:00+08:00")).ImmediateFlagged);
        Assert.True(rules.Assess(slow.AcceptedAt, slow.CompletedAt, immediate, At("2023-12-05T00:00:00+08:00")).ImmediateFlagged);
    }
}
