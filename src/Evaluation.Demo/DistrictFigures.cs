namespace Evaluation.Demo;

/// <summary>
/// One row of the table 开封市各县区"好差评"数据汇总: ratings (评价数量), matter coverage rate (评价覆盖事项率),
/// bad ratings (差评) and active rating rate (主动评价率), as printed.
/// </summary>
/// <param name="Number">The row number (序号).</param>
/// <param name="UnitCode">The unit code the demo gives the district.</param>
/// <param name="Name">The district's name (评价县区).</param>
/// <param name="Ratings">The ratings.</param>
/// <param name="CoverageRate">The coverage rate as printed, for example <c>97.20%</c>.</param>
/// <param name="Bad">The bad ratings.</param>
/// <param name="ActiveRate">The active rating rate as printed.</param>
public sealed record DistrictFigures(int Number, string UnitCode, string Name, long Ratings, string CoverageRate, long Bad, string ActiveRate);

/// <summary>One row of 开封市各县区"好差评"静态二维码数据汇总.</summary>
/// <param name="Number">The row number (序号).</param>
/// <param name="UnitCode">The unit code.</param>
/// <param name="Name">The unit's name.</param>
/// <param name="December">12月评价数量.</param>
/// <param name="DecemberBad">12月差评.</param>
/// <param name="Year">全年评价数量.</param>
public sealed record QrFigures(int Number, string UnitCode, string Name, long December, long DecemberBad, long Year);

/// <summary>One row of 开封市各县区"有诉即办"服务专区工作情况汇总; null where the unit has no such window.</summary>
/// <param name="Number">The row number (序号).</param>
/// <param name="UnitCode">The unit code.</param>
/// <param name="Name">The unit's name.</param>
/// <param name="Assisted">Cases at the 导办、帮办、代办 window.</param>
/// <param name="Enterprise">Cases at the 万人助万企 window.</param>
/// <param name="Unresolved">Cases at the 办不成事 supervision window.</param>
public sealed record RequestFigures(int Number, string UnitCode, string Name, long? Assisted, long? Enterprise, long? Unresolved);

/// <summary>One row of 开封市政务服务系统2023年现场评价情况.</summary>
/// <param name="Number">The row number (序号).</param>
/// <param name="DepartmentCode">The department code the demo gives it.</param>
/// <param name="Name">部门名称.</param>
/// <param name="December">12月评价量.</param>
/// <param name="Year">全年评价量.</param>
public sealed record CivicCentreFigures(int Number, string DepartmentCode, string Name, long December, long Year);
