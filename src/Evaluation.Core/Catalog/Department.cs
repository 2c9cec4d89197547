using Evaluation.Core.Utility;

namespace Evaluation.Core.Catalog;

/// <summary>A department (部门) of a service unit, such as a county's civil-affairs bureau or a civic centre's housing-fund centre.</summary>
/// <remarks>Immutable; equality is by value over every property.</remarks>
public sealed record Department
{
    /// <summary>Creates a department.</summary>
    /// <param name="code">The department code.</param>
    /// <param name="name">The name that reports print (部门名称).</param>
    /// <param name="unitCode">The service unit the department belongs to.</param>
    public Department(DepartmentCode code, string name, UnitCode unitCode)
    {
        Preconditions.CheckArgument(code != default, nameof(code), "must be a parsed department code");
        Preconditions.CheckArgument(unitCode != default, nameof(unitCode), "must be a parsed unit code");
        Code = code;
        Name = Preconditions.CheckNotBlank(name, nameof(name));
        UnitCode = unitCode;
    }

    /// <summary>The department code.</summary>
    public DepartmentCode Code { get; }

    /// <summary>The name reports print (部门名称).</summary>
    public string Name { get; }

    /// <summary>The service unit the department belongs to.</summary>
    public UnitCode UnitCode { get; }
}
