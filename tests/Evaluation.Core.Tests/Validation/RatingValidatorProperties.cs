using System.Linq;
using Evaluation.Core.Cases;
using Evaluation.Core.Catalog;
using Evaluation.Core.Policies;
using Evaluation.Core.Ratings;
using Evaluation.Core.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Evaluation.Core.Tests.Validation;

public class RatingValidatorProperties
{
    private static readonly EvaluationPolicy[] Policies = [EvaluationPolicy.National, EvaluationPolicy.Henan, EvaluationPolicy.Guangdong, EvaluationPolicy.Guangxi];

    /// <summary>Rule: a rating the validator does not concern (not bad) passes its rules, so skipping it changes nothing.</summary>
    [Property(MaxTest = 500)]
    public Property A_rating_the_validator_does_not_concern_passes_its_rules()
    {
        Gen<(EvaluationPolicy, Rating)> ratings =
            from policy in Gen.Elements(Policies)
            from level in Gen.Choose(1, 5)
            from isDefault in Gen.Elements(true, false)
            from comment in Gen.Elements<string?>(null, "慢")
            from tagged in Gen.Elements(true, false)
            select (policy, new Rating(RatingId.Parse("R1"), UnitCode.Parse("U1"), isDefault ? RatingChannel.System : RatingChannel.App, (RatingLevel)level,
                isDefault ? RatingOrigin.Default : RatingOrigin.Active, Instant.FromUtc(2023, 12, 5, 2, 0), false, CaseNumber.Parse("C1"), MatterCode.Parse("M1"),
                tags: tagged ? [RatingTag.Parse("slow")] : null, comment: comment));
        return Prop.ForAll(ratings.ToArbitrary(), pair =>
        {
            (EvaluationPolicy policy, Rating rating) = pair;
            var validator = new RatingValidator(policy);
            return validator.Concerns(rating.Level) || validator.Validate(rating).IsValid;
        });
    }
    /// <summary>
    /// Rule: the validator's decision from a rating's facts (level, origin, whether it gives a reason) is its decision on
    /// the record, and <see cref="RecordSetValidator.ChecksAlone(RatingLevel, RatingOrigin, bool, Instant)"/> is true
    /// exactly when <see cref="RecordSetValidator.CheckRating"/> finds a problem of the rating's own (instants inside the
    /// calendar and beyond it, policies that require a reason for a bad rating and one that does not).
    /// </summary>
    [Property(MaxTest = 1000)]
    public Property The_decision_from_a_rating_s_facts_is_the_decision_on_its_record()
    {
        EvaluationPolicy.Builder lenient = EvaluationPolicy.Henan.ToBuilder();
        lenient.RequireReasonForBad = false;
        EvaluationPolicy[] policies = [.. Policies, lenient.Build()];
        Gen<(EvaluationPolicy, Rating)> ratings =
            from policy in Gen.Elements(policies)
            from level in Gen.Choose(1, 5)
            from isDefault in Gen.Elements(true, false)
            from comment in Gen.Elements<string?>(null, "慢", " ")
            from tagged in Gen.Elements(true, false)
            from year in Gen.Elements(2015, 2023, 2024, 2027, 2035)
            from day in Gen.Choose(0, 364)
            select (policy, new Rating(RatingId.Parse("R1"), UnitCode.Parse("U1"), isDefault ? RatingChannel.System : RatingChannel.App, (RatingLevel)level,
                isDefault ? RatingOrigin.Default : RatingOrigin.Active, Instant.FromUtc(year, 1, 1, 2, 0) + Duration.FromDays(day), false, CaseNumber.Parse("C1"),
                MatterCode.Parse("M1"), tags: tagged ? [RatingTag.Parse("slow")] : null, comment: comment));
        return Prop.ForAll(ratings.ToArbitrary(), pair =>
        {
            (EvaluationPolicy policy, Rating rating) = pair;
            var validator = new RatingValidator(policy);
            var records = new RecordSetValidator(policy, Evaluation.Core.Calendars.DeadlineCalculator.China);
            bool alone = records.ChecksAlone(rating.Level, rating.Origin, rating.HasReason, rating.RatedAt);
            return (validator.Rejects(rating.Level, rating.Origin, rating.HasReason) == !validator.Validate(rating).IsValid).Label("the validator's rules")
                .And((alone == (records.CheckRating(rating, null, checkCases: false).Count > 0)).Label("a rating's own problems"));
        });
    }
}
