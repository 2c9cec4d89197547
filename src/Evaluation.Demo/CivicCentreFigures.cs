namespace Evaluation.Demo;

/// <summary>One row of 开封市政务服务系统2023年现场评价情况.</summary>
/// <param name="Number">The row number (序号).</param>
/// <param name="DepartmentCode">The department code the demo gives it.</param>
/// <param name="Name">部门名称.</param>
/// <param name="December">12月评价量.</param>
/// <param name="Year">全年评价量.</param>
public sealed record CivicCentreFigures(int Number, string DepartmentCode, string Name, long December, long Year);
