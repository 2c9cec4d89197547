using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Evaluation.Core.Appeals;
using Evaluation.Core.Calendars;
using Evaluation.Core.Cases;
using Evaluation.Core.Catalog;
using Evaluation.Core.FollowUps;
using Evaluation.Core.Policies;
using Evaluation.Core.Ratings;
using Evaluation.Core.Rectification;
using Evaluation.Core.Validation;
using Xunit;
using static Evaluation.Core.Tests.Support.Samples;

namespace Evaluation.Core.Tests.Validation;

public class RecordSetValidatorTests
{
    private static readonly RecordSetValidator Validator = new(EvaluationPolicy.Henan, DeadlineCalculator.China);

    private static readonly ServiceCase TheCase = new(Case, MatterA, Unit, At("2023-12-04T09:00:00+08:00"), At("2023-12-04T10:00:00+08:00"));

    private static Rating Active(string id, RatingLevel level = RatingLevel.VerySatisfied, string at = "2023-12-05T10:00:00+08:00", string? comment = "ok") =>
        new(RatingId.Parse(id), Unit, RatingChannel.App, level, RatingOrigin.Active, At(at), true, Case, MatterA, comment: comment);

    private static ValidationReport Check(RecordSet set) => Validator.Validate(set);

    private static RecordSet With(params Rating[] ratings) => new()
    {
        Cases = RecordSet.FromApi([TheCase]),
        Ratings = RecordSet.FromApi(ratings),
    };

    private static string OnlyCode(ValidationReport report) => Assert.Single(Assert.Single(report.Rejected).Problems).Code;

    [Fact]
    public void A_clean_batch_is_accepted_whole()
    {
        ValidationReport report = Check(With(Active("R1")));
        Assert.True(report.IsClean);
        Assert.Equal(2, report.AcceptedCount);
        Assert.Equal(report.Read, report.AcceptedCount + report.RejectedCount);
    }

    [Fact]
    public void A_bad_rating_without_a_reason_is_rejected_when_the_policy_requires_one() =>
        Assert.Equal(ErrorCodes.RatingBadReasonMissing, OnlyCode(Check(With(Active("R1", RatingLevel.Dissatisfied, comment: null)))));

    [Fact]
    public void A_bad_default_rating_is_rejected()
    {
        var rating = new Rating(RatingId.Parse("R1"), Unit, RatingChannel.System, RatingLevel.VeryDissatisfied, RatingOrigin.Default, At("2023-12-20T10:00:00+08:00"), false, Case, MatterA);
        Assert.Equal(ErrorCodes.RatingDefaultBad, OnlyCode(Check(With(rating))));
    }

    [Fact]
    public void A_rating_of_an_unknown_case_is_rejected()
    {
        var rating = new Rating(RatingId.Parse("R1"), Unit, RatingChannel.App, RatingLevel.Satisfied, RatingOrigin.Active, At("2023-12-05T10:00:00+08:00"), true, CaseNumber.Parse("NOPE"), MatterA);
        Assert.Equal(ErrorCodes.RatingCaseUnknown, OnlyCode(Check(With(rating))));
    }

    [Fact]
    public void Ratings_exported_without_cases_are_not_checked_for_case_references()
    {
        var rating = new Rating(RatingId.Parse("R1"), Unit, RatingChannel.App, RatingLevel.Satisfied, RatingOrigin.Active, At("2023-12-05T10:00:00+08:00"), true, CaseNumber.Parse("ANY"), MatterA);
        Assert.True(Check(new RecordSet { Ratings = RecordSet.FromApi([rating]) }).IsClean);
    }

    [Fact]
    public void A_rating_whose_matter_differs_from_its_case_is_rejected()
    {
        var rating = new Rating(RatingId.Parse("R1"), Unit, RatingChannel.App, RatingLevel.Satisfied, RatingOrigin.Active, At("2023-12-05T10:00:00+08:00"), true, Case, MatterCode.Parse("OTHER"));
        Assert.Equal(ErrorCodes.RatingCaseMatterMismatch, OnlyCode(Check(With(rating))));
    }

    [Fact]
    public void A_rating_whose_unit_differs_from_its_case_is_rejected()
    {
        var rating = new Rating(RatingId.Parse("R1"), UnitCode.Parse("OTHER"), RatingChannel.App, RatingLevel.Satisfied, RatingOrigin.Active, At("2023-12-05T10:00:00+08:00"), true, Case, MatterA);
        Assert.Equal(ErrorCodes.RatingCaseUnitMismatch, OnlyCode(Check(With(rating))));
    }

    [Fact]
    public void A_rating_before_its_case_was_accepted_is_rejected() =>
        Assert.Equal(ErrorCodes.RatingBeforeAcceptance, OnlyCode(Check(With(Active("R1", at: "2023-12-04T08:00:00+08:00")))));

    [Fact]
    public void An_active_rating_after_the_window_closed_is_rejected()
    {
        // Completed Monday 2023-12-04; 7 working days end on Wednesday 2023-12-13.
        Assert.True(Check(With(Active("R1", at: "2023-12-13T23:00:00+08:00"))).IsClean);
        Assert.Equal(ErrorCodes.RatingWindowClosed, OnlyCode(Check(With(Active("R1", at: "2023-12-14T09:00:00+08:00")))));
    }

    [Fact]
    public void A_second_active_rating_of_a_case_is_rejected_whatever_the_input_order()
    {
        Rating first = Active("R1", at: "2023-12-05T10:00:00+08:00");
        Rating second = Active("R2", at: "2023-12-06T10:00:00+08:00");
        foreach (ValidationReport report in new[] { Check(With(first, second)), Check(With(second, first)) })
        {
            Assert.Equal(ErrorCodes.RatingActiveDuplicate, OnlyCode(report));
            Assert.Equal("R2", report.Rejected[0].Key);
        }
    }

    [Fact]
    public void A_repeated_rating_id_is_rejected() =>
        Assert.Contains(ErrorCodes.RatingIdDuplicate, Check(With(Active("R1"), Active("R1", at: "2023-12-06T10:00:00+08:00"))).Rejected.SelectMany(r => r.Problems).Select(p => p.Code));

    [Fact]
    public void Appeals_target_an_existing_bad_rating_once_and_after_it()
    {
        Rating bad = Active("R1", RatingLevel.Dissatisfied, comment: "慢");
        Rating good = Active("R2");
        var other = new ServiceCase(CaseNumber.Parse("C2"), MatterA, Unit, At("2023-12-04T09:00:00+08:00"), At("2023-12-04T10:00:00+08:00"));
        Rating goodOfOther = new(RatingId.Parse("R2"), Unit, RatingChannel.App, RatingLevel.VerySatisfied, RatingOrigin.Active, At("2023-12-05T10:00:00+08:00"), true, other.Number, MatterA);
        var set = new RecordSet
        {
            Cases = RecordSet.FromApi([TheCase, other]),
            Ratings = RecordSet.FromApi([bad, goodOfOther]),
            Appeals = RecordSet.FromApi([
                new Appeal(AppealId.Parse("A1"), bad.Id, At("2023-12-06T09:00:00+08:00")),
                new Appeal(AppealId.Parse("A2"), bad.Id, At("2023-12-07T09:00:00+08:00")),
                new Appeal(AppealId.Parse("A3"), good.Id, At("2023-12-07T09:00:00+08:00")),
                new Appeal(AppealId.Parse("A4"), RatingId.Parse("NOPE"), At("2023-12-07T09:00:00+08:00")),
            ]),
        };
        ValidationReport report = Check(set);
        Assert.Equal(ErrorCodes.AppealDuplicate, report.Rejected.Single(r => r.Key == "A2").Problems.Single().Code);
        Assert.Equal(ErrorCodes.AppealRatingNotBad, report.Rejected.Single(r => r.Key == "A3").Problems.Single().Code);
        Assert.Equal(ErrorCodes.AppealRatingUnknown, report.Rejected.Single(r => r.Key == "A4").Problems.Single().Code);
        Assert.Equal(report.Read, report.AcceptedCount + report.RejectedCount);
    }

    [Fact]
    public void An_appeal_filed_before_its_rating_is_rejected()
    {
        Rating bad = Active("R1", RatingLevel.Dissatisfied, comment: "慢");
        var set = With(bad) with { Appeals = RecordSet.FromApi([new Appeal(AppealId.Parse("A1"), bad.Id, At("2023-12-05T09:00:00+08:00"))]) };
        Assert.Equal(ErrorCodes.AppealBeforeRating, OnlyCode(Check(set)));
    }

    [Fact]
    public void Rectifying_a_void_rating_is_refused()
    {
        Rating bad = Active("R1", RatingLevel.Dissatisfied, comment: "慢");
        var set = With(bad) with
        {
            Appeals = RecordSet.FromApi([new Appeal(AppealId.Parse("A1"), bad.Id, At("2023-12-06T09:00:00+08:00")).Decide(AppealDecision.Upheld, At("2023-12-07T09:00:00+08:00"))]),
            Rectifications = RecordSet.FromApi([new RectificationOrder(bad.Id, At("2023-12-05T11:00:00+08:00"))]),
        };
        Assert.Equal(ErrorCodes.RectificationRatingVoid, OnlyCode(Check(set)));
    }

    [Fact]
    public void A_rectification_of_a_good_unknown_or_earlier_rating_is_refused()
    {
        Rating good = Active("R1");
        var set = With(good) with
        {
            Rectifications = RecordSet.FromApi([
                new RectificationOrder(good.Id, At("2023-12-05T11:00:00+08:00")),
                new RectificationOrder(RatingId.Parse("NOPE")),
            ]),
        };
        ValidationReport report = Check(set);
        Assert.Equal(ErrorCodes.RectificationRatingNotBad, report.Rejected.Single(r => r.Key == "R1").Problems.Single().Code);
        Assert.Equal(ErrorCodes.RectificationRatingUnknown, report.Rejected.Single(r => r.Key == "NOPE").Problems.Single().Code);

        Rating bad = Active("R2", RatingLevel.Dissatisfied, comment: "慢");
        var early = With(bad) with { Rectifications = RecordSet.FromApi([new RectificationOrder(bad.Id, At("2023-12-05T09:00:00+08:00"))]) };
        Assert.Equal(ErrorCodes.RectificationBeforeRating, OnlyCode(Check(early)));
        var twice = With(bad) with { Rectifications = RecordSet.FromApi([new RectificationOrder(bad.Id), new RectificationOrder(bad.Id)]) };
        Assert.Equal(ErrorCodes.RectificationDuplicate, OnlyCode(Check(twice)));
    }

    [Fact]
    public void Follow_ups_name_a_known_case_and_come_after_it()
    {
        var set = With() with
        {
            FollowUps = RecordSet.FromApi([
                new FollowUp(CaseNumber.Parse("NOPE"), At("2023-12-04T11:00:00+08:00"), FollowUpChannel.Phone, true),
                new FollowUp(Case, At("2023-12-04T08:00:00+08:00"), FollowUpChannel.Phone, true),
            ]),
        };
        ValidationReport report = Check(set);
        Assert.Equal([ErrorCodes.FollowUpCaseUnknown, ErrorCodes.FollowUpBeforeCase], report.Rejected.Select(r => r.Problems.Single().Code));
    }

    [Fact]
    public void Catalogue_checks_duplicates_unknown_matters_and_division_codes()
    {
        var set = new RecordSet
        {
            Units = RecordSet.FromApi([new ServiceUnit(Unit, "龙亭区", UnitLevel.County)]),
            Matters = RecordSet.FromApi([
                new Evaluation.Core.Catalog.Matter(MatterCode.Parse("OTHER"), "x", DepartmentCode.Parse("D"), MatterKind.PublicService, 5),
                new Evaluation.Core.Catalog.Matter(MatterCode.Parse("OTHER"), "x", DepartmentCode.Parse("D"), MatterKind.PublicService, 5),
            ]),
            Cases = RecordSet.FromApi([TheCase, TheCase]),
        };
        ValidationReport report = Check(set);
        string[] codes = [.. report.Rejected.SelectMany(r => r.Problems).Select(p => p.Code)];
        Assert.Contains(ErrorCodes.UnitDivisionCodeMissing, codes);
        Assert.Contains(ErrorCodes.CatalogueCodeDuplicate, codes);
        Assert.Contains(ErrorCodes.CaseMatterUnknown, codes);
        Assert.Contains(ErrorCodes.CaseNumberDuplicate, codes);
    }

    [Fact]
    public void Every_problem_has_an_English_and_a_Chinese_message_chosen_by_culture()
    {
        RecordProblem problem = RecordProblem.Of("comment", ErrorCodes.RatingBadReasonMissing);
        Assert.StartsWith("A bad rating", problem.Message(CultureInfo.GetCultureInfo("en-US")), System.StringComparison.Ordinal);
        Assert.StartsWith("差评", problem.Message(CultureInfo.GetCultureInfo("zh-CN")), System.StringComparison.Ordinal);
        Assert.All(typeof(ErrorCodes).GetFields().Select(f => (string)f.GetValue(null)!), code =>
        {
            Assert.NotEqual(code, ErrorMessages.English(code));
            Assert.NotEqual(code, ErrorMessages.Chinese(code));
        });
    }
}
