namespace Evaluation.Demo;

/// <summary>One row of 开封市各县区"好差评"静态二维码数据汇总.</summary>
/// <param name="Number">The row number (序号).</param>
/// <param name="UnitCode">The unit code.</param>
/// <param name="Name">The unit's name.</param>
/// <param name="December">12月评价数量.</param>
/// <param name="DecemberBad">12月差评.</param>
/// <param name="Year">全年评价数量.</param>
public sealed record QrFigures(int Number, string UnitCode, string Name, long December, long DecemberBad, long Year);
