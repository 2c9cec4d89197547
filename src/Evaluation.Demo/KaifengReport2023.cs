using System.Collections.Immutable;

namespace Evaluation.Demo;

/// <summary>
/// The published figures of Kaifeng city's 2023 annual report on government-service ratings (开封市2023年政务服务
/// "好差评"工作情况), which the demo data set reproduces at record level.
/// </summary>
public static class KaifengReport2023
{
    /// <summary>The title of the district table.</summary>
    public const string DistrictTableTitle = "开封市各县区\u201c好差评\u201d数据汇总";

    /// <summary>The rows of 开封市各县区"好差评"数据汇总, in the report's order.</summary>
    public static ImmutableArray<DistrictFigures> Districts { get; } =
    [
        new(1, "410202", "龙亭区", 490360, "97.20%", 4, "99.94%"),
        new(2, "410223", "尉氏县", 465525, "94.11%", 3, "93.99%"),
        new(3, "410221", "杞县", 288191, "98.05%", 4, "89.00%"),
        new(4, "410212", "祥符区", 277101, "100.00%", 3, "88.59%"),
        new(5, "410222", "通许县", 269226, "97.01%", 2, "93.37%"),
        new(6, "410203", "顺河回族区", 196660, "95.30%", 0, "95.92%"),
        new(7, "410205", "禹王台区", 196050, "97.55%", 0, "97.42%"),
        new(8, "410204", "鼓楼区", 169723, "97.70%", 1, "96.83%"),
        new(9, "410225", "兰考县", 2583668, "89.27%", 9, "68.28%"),
    ];
}
