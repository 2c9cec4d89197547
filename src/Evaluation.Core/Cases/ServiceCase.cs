using System;
using Evaluation.Core.Catalog;
using Evaluation.Core.Utility;
using NodaTime;

namespace Evaluation.Core.Cases;

/// <summary>
/// A case (办件): one application of one matter by one applicant, accepted (受理) at a unit and later completed (办结).
/// </summary>
/// <remarks>
/// Immutable: <see cref="Complete"/> returns a new case. Equality is by value over every property.
/// A case completed before it was accepted cannot be built.
/// </remarks>
public sealed record ServiceCase
{
    /// <summary>Creates a case.</summary>
    /// <param name="number">The case number (办件编号).</param>
    /// <param name="matterCode">The matter applied for.</param>
    /// <param name="unitCode">The unit that accepted the case.</param>
    /// <param name="acceptedAt">When the case was accepted (受理时间).</param>
    /// <param name="completedAt">When the case was completed (办结时间), or null while in progress.</param>
    /// <param name="departmentCode">The department that handled the case, if known.</param>
    /// <param name="windowCode">The window that accepted the case, if known.</param>
    public ServiceCase(
        CaseNumber number,
        MatterCode matterCode,
        UnitCode unitCode,
        Instant acceptedAt,
        Instant? completedAt = null,
        DepartmentCode? departmentCode = null,
        WindowCode? windowCode = null)
    {
        Preconditions.CheckArgument(number != default, nameof(number), "must be a parsed case number");
        Preconditions.CheckArgument(matterCode != default, nameof(matterCode), "must be a parsed matter code");
        Preconditions.CheckArgument(unitCode != default, nameof(unitCode), "must be a parsed unit code");
        Preconditions.CheckArgument(departmentCode != default(DepartmentCode), nameof(departmentCode), "must be a parsed department code or null");
        Preconditions.CheckArgument(windowCode != default(WindowCode), nameof(windowCode), "must be a parsed window code or null");
        Preconditions.CheckArgument(completedAt is null || completedAt.Value >= acceptedAt, nameof(completedAt), "must not be before acceptedAt");
        Number = number;
        MatterCode = matterCode;
        UnitCode = unitCode;
        AcceptedAt = acceptedAt;
        CompletedAt = completedAt;
        this.departmentCode = departmentCode ?? default;
        this.windowCode = windowCode ?? default;
    }

    // Optional codes are kept as their default value when absent (a parsed code is never empty): a batch holds millions
    // of cases, and each byte saved is memory read and copied less.
    private readonly DepartmentCode departmentCode;
    private readonly WindowCode windowCode;

    /// <summary>The case number (办件编号).</summary>
    public CaseNumber Number { get; }

    /// <summary>The matter applied for (事项编码).</summary>
    public MatterCode MatterCode { get; }

    /// <summary>The unit that accepted the case.</summary>
    public UnitCode UnitCode { get; }

    /// <summary>When the case was accepted (受理时间).</summary>
    public Instant AcceptedAt { get; }

    /// <summary>When the case was completed (办结时间), or null while in progress.</summary>
    public Instant? CompletedAt { get; }

    /// <summary>The department that handled the case, if known.</summary>
    public DepartmentCode? DepartmentCode => departmentCode.IsDefault ? null : departmentCode;

    /// <summary>The window that accepted the case, if known.</summary>
    public WindowCode? WindowCode => windowCode.IsDefault ? null : windowCode;

    /// <summary>Where the case stands.</summary>
    public CaseStatus Status => CompletedAt is null ? CaseStatus.InProgress : CaseStatus.Completed;

    /// <summary>Returns this case completed at <paramref name="at"/>.</summary>
    /// <param name="at">The completion instant; not before <see cref="AcceptedAt"/>.</param>
    /// <returns>A new, completed case.</returns>
    /// <exception cref="InvalidOperationException">The case is already completed.</exception>
    public ServiceCase Complete(Instant at)
    {
        if (CompletedAt is not null)
        {
            throw new InvalidOperationException($"Case {Number} was already completed at {CompletedAt}.");
        }
        return new ServiceCase(Number, MatterCode, UnitCode, AcceptedAt, at, DepartmentCode, WindowCode);
    }
}
