namespace Evaluation.Core.Aggregation;

/// <summary>A dimension ratings can be grouped by (统计维度).</summary>
public enum GroupingDimension
{
    /// <summary>The rated service unit (县区, 乡镇, 村).</summary>
    Unit = 1,

    /// <summary>The rated department (部门).</summary>
    Department = 2,

    /// <summary>The rated matter (事项).</summary>
    Matter = 3,

    /// <summary>The rated window (窗口).</summary>
    Window = 4,

    /// <summary>The rating channel (评价渠道).</summary>
    Channel = 5,
}
