using System;
using Evaluation.Core.Utility;

namespace Evaluation.Core.Catalog;

/// <summary>
/// A government-service matter (政务服务事项) in the official catalogue, with its promised time limit (承诺时限).
/// </summary>
/// <remarks>
/// A matter whose promised limit is zero working days is an immediate matter (即办件): it is done on the spot.
/// Instances are immutable; equality is by value over every property.
/// </remarks>
public sealed record Matter
{
    /// <summary>Creates a matter.</summary>
    /// <param name="code">The matter code (事项编码).</param>
    /// <param name="name">The matter's name as the catalogue prints it.</param>
    /// <param name="departmentCode">The department that handles it.</param>
    /// <param name="kind">The kind of matter.</param>
    /// <param name="promisedWorkingDays">The promised limit in working days (承诺时限), 0 for an immediate matter (即办件), or null when none is published.</param>
    public Matter(MatterCode code, string name, DepartmentCode departmentCode, MatterKind kind, int? promisedWorkingDays)
    {
        Preconditions.CheckArgument(code != default, nameof(code), "must be a parsed matter code");
        Preconditions.CheckArgument(Enum.IsDefined(kind), nameof(kind), "must be a defined matter kind");
        if (promisedWorkingDays is int days)
        {
            Preconditions.CheckRange(days, nameof(promisedWorkingDays), 0, 3650);
        }
        Code = code;
        Name = Preconditions.CheckNotBlank(name, nameof(name));
        DepartmentCode = departmentCode;
        Kind = kind;
        PromisedWorkingDays = promisedWorkingDays;
    }

    /// <summary>The matter code (事项编码).</summary>
    public MatterCode Code { get; }

    /// <summary>The matter's name.</summary>
    public string Name { get; }

    /// <summary>The department that handles the matter.</summary>
    public DepartmentCode DepartmentCode { get; }

    /// <summary>The kind of matter.</summary>
    public MatterKind Kind { get; }

    /// <summary>The promised limit in working days (承诺时限), or null when none is published.</summary>
    public int? PromisedWorkingDays { get; }

    /// <summary>Whether the matter is an immediate matter (即办件), done on the spot.</summary>
    public bool IsImmediate => PromisedWorkingDays == 0;
}
