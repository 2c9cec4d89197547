using Evaluation.Core.Utility;

namespace Evaluation.Core.Catalog;

/// <summary>A government-service hall or centre (政务服务大厅/中心) or a convenience station (便民服务站) of a unit.</summary>
/// <remarks>Immutable; equality is by value.</remarks>
public sealed record ServiceHall
{
    /// <summary>Creates a hall.</summary>
    /// <param name="code">The hall code.</param>
    /// <param name="name">The hall's name, for example 开封市民之家.</param>
    /// <param name="unitCode">The unit that runs the hall.</param>
    public ServiceHall(HallCode code, string name, UnitCode unitCode)
    {
        Preconditions.CheckArgument(code != default, nameof(code), "must be a parsed hall code");
        Preconditions.CheckArgument(unitCode != default, nameof(unitCode), "must be a parsed unit code");
        Code = code;
        Name = Preconditions.CheckNotBlank(name, nameof(name));
        UnitCode = unitCode;
    }

    /// <summary>The hall code.</summary>
    public HallCode Code { get; }

    /// <summary>The hall's name.</summary>
    public string Name { get; }

    /// <summary>The unit that runs the hall.</summary>
    public UnitCode UnitCode { get; }
}
