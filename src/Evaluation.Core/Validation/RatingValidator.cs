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
    private readonly EvaluationPolicy policy;

    /// <summary>Creates the validator for a policy.</summary>
    /// <param name="policy">The policy.</param>
    public RatingValidator(EvaluationPolicy policy)
    {
        this.policy = Preconditions.CheckNotNull(policy, nameof(policy));
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

    /// <summary>
    /// Whether any rule can fail for a rating of a level: every rule is about bad ratings (差评), so a rating of another
    /// level passes without being checked, which spares validating millions of ratings one by one.
    /// </summary>
    /// <param name="level">The rating's level.</param>
    /// <returns>True when the rating must be validated.</returns>
    public bool Concerns(RatingLevel level) => policy.IsBad(level);

    /// <summary>
    /// Whether the rules above reject a rating of this level and origin that gives a reason (tags or a comment) or none:
    /// what <see cref="AbstractValidator{T}.Validate(T)"/> decides, from the facts alone, for a reader that holds ratings
    /// as rows rather than records.
    /// </summary>
    /// <param name="level">The rating's level.</param>
    /// <param name="origin">Its origin.</param>
    /// <param name="hasReason">Whether it gives a reason (<see cref="Rating.HasReason"/>).</param>
    internal bool Rejects(RatingLevel level, RatingOrigin origin, bool hasReason) =>
        policy.IsBad(level) && (origin == RatingOrigin.Default || (origin == RatingOrigin.Active && policy.RequireReasonForBad && !hasReason));
}
