using Evaluation.Core.Policies;
using Evaluation.Core.Ratings;
using Evaluation.Core.Utility;
using FluentValidation;

namespace Evaluation.Core.Validation;

/// <summary>
/// The rules one rating must meet alone under a policy: a bad rating gives a reason when the policy requires one,
/// and a default rating is never bad. Rules that need other records are checked by <see cref="RecordSetValidator"/>.
/// </summary>
public sealed class RatingValidator : AbstractValidator<Rating>
{
    /// <summary>Creates the validator for a policy.</summary>
    /// <param name="policy">The policy.</param>
    public RatingValidator(EvaluationPolicy policy)
    {
        Preconditions.CheckNotNull(policy, nameof(policy));
        RuleFor(r => r.HasReason)
            .Equal(true)
            .When(r => policy.RequireReasonForBad && policy.IsBad(r.Level) && r.Origin == RatingOrigin.Active)
            .OverridePropertyName("comment")
            .WithErrorCode(ErrorCodes.RatingBadReasonMissing)
            .WithMessage(_ => Localized.Message(ErrorCodes.RatingBadReasonMissing));
        RuleFor(r => r.Level)
            .Must(level => !policy.IsBad(level))
            .When(r => r.Origin == RatingOrigin.Default)
            .OverridePropertyName("level")
            .WithErrorCode(ErrorCodes.RatingDefaultBad)
            .WithMessage(_ => Localized.Message(ErrorCodes.RatingDefaultBad));
    }
}
