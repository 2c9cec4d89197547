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
