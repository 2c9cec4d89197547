using System;
using Evaluation.Core.Utility;

namespace Evaluation.Core.Catalog;

/// <summary>
/// A place where service is given and rated: a county or district (县区), a town or street (乡镇, 街道),
/// a village or community (村, 社区), or a functional zone (示范区).
/// </summary>
/// <remarks>
/// Units form a hierarchy through <see cref="ParentCode"/>; reports roll village figures up to towns,
/// counties and the city. A functional zone has no division code. Immutable; equality is by value.
/// </remarks>
public sealed record ServiceUnit
{
    /// <summary>Creates a service unit.</summary>
    /// <param name="code">The unit code.</param>
    /// <param name="name">The name reports print (县区名称).</param>
    /// <param name="level">The administrative level.</param>
    /// <param name="divisionCode">The 12-digit division code, or null for a functional zone or when unknown.</param>
    /// <param name="parentCode">The enclosing unit, or null for the top of the hierarchy.</param>
    public ServiceUnit(UnitCode code, string name, UnitLevel level, DivisionCode? divisionCode = null, UnitCode? parentCode = null)
    {
        Preconditions.CheckArgument(code != default, nameof(code), "must be a parsed unit code");
        Preconditions.CheckArgument(Enum.IsDefined(level), nameof(level), "must be a defined unit level");
        Preconditions.CheckArgument(divisionCode != default(DivisionCode), nameof(divisionCode), "must be a parsed division code or null");
        Preconditions.CheckArgument(parentCode != code, nameof(parentCode), "must differ from the unit's own code");
        Code = code;
        Name = Preconditions.CheckNotBlank(name, nameof(name));
        Level = level;
        DivisionCode = divisionCode;
        ParentCode = parentCode;
    }

    /// <summary>The unit code.</summary>
    public UnitCode Code { get; }

    /// <summary>The name reports print.</summary>
    public string Name { get; }

    /// <summary>The administrative level.</summary>
    public UnitLevel Level { get; }

    /// <summary>The 12-digit division code, or null (functional zones have none).</summary>
    public DivisionCode? DivisionCode { get; }

    /// <summary>The enclosing unit, or null at the top of the hierarchy.</summary>
    public UnitCode? ParentCode { get; }
}
