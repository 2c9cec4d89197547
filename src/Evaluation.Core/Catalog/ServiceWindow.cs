using System;
using Evaluation.Core.Utility;

namespace Evaluation.Core.Catalog;

/// <summary>A service window (窗口) of a unit's hall, of one kind, optionally staffed by one department.</summary>
/// <remarks>Immutable; equality is by value.</remarks>
public sealed record ServiceWindow
{
    /// <summary>Creates a window.</summary>
    /// <param name="code">The window code.</param>
    /// <param name="name">The window's name.</param>
    /// <param name="unitCode">The unit whose hall has the window.</param>
    /// <param name="departmentCode">The department that staffs the window, or null for a shared window.</param>
    /// <param name="kind">The kind of window.</param>
    public ServiceWindow(WindowCode code, string name, UnitCode unitCode, DepartmentCode? departmentCode, WindowKind kind)
    {
        Preconditions.CheckArgument(code != default, nameof(code), "must be a parsed window code");
        Preconditions.CheckArgument(unitCode != default, nameof(unitCode), "must be a parsed unit code");
        Preconditions.CheckArgument(departmentCode != default(DepartmentCode), nameof(departmentCode), "must be a parsed department code or null");
        Preconditions.CheckArgument(Enum.IsDefined(kind), nameof(kind), "must be a defined window kind");
        Code = code;
        Name = Preconditions.CheckNotBlank(name, nameof(name));
        UnitCode = unitCode;
        DepartmentCode = departmentCode;
        Kind = kind;
    }

    /// <summary>The window code.</summary>
    public WindowCode Code { get; }

    /// <summary>The window's name.</summary>
    public string Name { get; }

    /// <summary>The unit whose hall has the window.</summary>
    public UnitCode UnitCode { get; }

    /// <summary>The department that staffs the window, or null.</summary>
    public DepartmentCode? DepartmentCode { get; }

    /// <summary>The kind of window.</summary>
    public WindowKind Kind { get; }
}
