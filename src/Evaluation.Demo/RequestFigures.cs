namespace Evaluation.Demo;

/// <summary>One row of 开封市各县区"有诉即办"服务专区工作情况汇总; null where the unit has no such window.</summary>
/// <param name="Number">The row number (序号).</param>
/// <param name="UnitCode">The unit code.</param>
/// <param name="Name">The unit's name.</param>
/// <param name="Assisted">Cases at the 导办、帮办、代办 window.</param>
/// <param name="Enterprise">Cases at the 万人助万企 window.</param>
/// <param name="Unresolved">Cases at the 办不成事 supervision window.</param>
public sealed record RequestFigures(int Number, string UnitCode, string Name, long? Assisted, long? Enterprise, long? Unresolved);
