namespace Evaluation.Core.Periods;

/// <summary>The length of a reporting period (统计周期).</summary>
public enum ReportingPeriodKind
{
    /// <summary>A day (日), written <c>2023-12-05</c>.</summary>
    Day = 1,

    /// <summary>An ISO week (周), Monday to Sunday, written <c>2023-W49</c>.</summary>
    Week = 2,

    /// <summary>A month (月), written <c>2023-12</c>.</summary>
    Month = 3,

    /// <summary>A quarter (季度), written <c>2023-Q4</c>.</summary>
    Quarter = 4,

    /// <summary>A year (年度), written <c>2023</c>.</summary>
    Year = 5,
}
