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
}
