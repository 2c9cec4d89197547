using Evaluation.Core.Catalog;
using FluentValidation;

namespace Evaluation.Core.Validation;

/// <summary>The rules of a service unit record: counties, towns and villages carry their 12-digit division code.</summary>
public sealed class ServiceUnitValidator : AbstractValidator<ServiceUnit>
{
    /// <summary>Creates the validator.</summary>
    public ServiceUnitValidator()
    {
        RuleFor(u => u.DivisionCode)
            .NotNull()
            .When(u => u.Level is UnitLevel.County or UnitLevel.Town or UnitLevel.Village)
            .OverridePropertyName("division_code")
            .WithErrorCode(ErrorCodes.UnitDivisionCodeMissing)
            .WithMessage(_ => Localized.Message(ErrorCodes.UnitDivisionCodeMissing));
    }
}
