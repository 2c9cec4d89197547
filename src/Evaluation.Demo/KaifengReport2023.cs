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

    /// <summary>The title of the static-QR table.</summary>
    public const string QrTableTitle = "开封市各县区\u201c好差评\u201d静态二维码数据汇总";

    /// <summary>The title of the requests table.</summary>
    public const string RequestsTableTitle = "开封市各县区\u201c有诉即办\u201d服务专区工作情况汇总";

    /// <summary>The title of the civic-centre table.</summary>
    public const string CivicCentreTableTitle = "开封市政务服务系统2023年现场评价情况";

    /// <summary>The civic centre's unit code in the demo.</summary>
    public const string CivicCentreCode = "410200SMZJ";

    /// <summary>The demonstration zone's unit code in the demo.</summary>
    public const string DemonstrationZoneCode = "KFSFQ";

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

    /// <summary>The rows of 开封市各县区"好差评"静态二维码数据汇总: December ratings, December bad ratings, yearly ratings.</summary>
    public static ImmutableArray<QrFigures> StaticQr { get; } =
    [
        new(1, "410203", "顺河回族区", 15680, 2, 112047),
        new(2, "410222", "通许县", 597, 1, 110416),
        new(3, "410202", "龙亭区", 2205, 0, 21265),
        new(4, "410212", "祥符区", 51, 0, 116748),
        new(5, "410204", "鼓楼区", 2885, 1, 70534),
        new(6, "410205", "禹王台区", 6746, 1, 75188),
        new(7, "410221", "杞县", 11562, 2, 164706),
        new(8, "410223", "尉氏县", 266, 2, 39349),
        new(9, DemonstrationZoneCode, "示范区", 1344, 2, 43171),
        new(10, "410225", "兰考县", 13938, 0, 228641),
    ];

    /// <summary>
    /// The rows of 开封市各县区"有诉即办"服务专区工作情况汇总: cases at the 导办帮办代办, 万人助万企 and 办不成事 windows;
    /// null where the unit has no such window ("/").
    /// </summary>
    public static ImmutableArray<RequestFigures> Requests { get; } =
    [
        new(1, CivicCentreCode, "市民之家", 8844, 182, null),
        new(2, DemonstrationZoneCode, "示范区", 67879, 0, 0),
        new(3, "410202", "龙亭区", 8070, 2, 0),
        new(4, "410223", "尉氏县", 13715, 71, 95),
        new(5, "410212", "祥符区", 39968, 60, 20),
        new(6, "410222", "通许县", 39783, 211, 34),
        new(7, "410221", "杞县", 11256, 23, 15),
        new(8, "410205", "禹王台区", 8051, 54, 22),
        new(9, "410204", "鼓楼区", 7531, 2003, 16),
        new(10, "410203", "顺河回族区", 5317, 1776, 69),
        new(11, "410225", "兰考县", 111381, 139, 49),
    ];

    /// <summary>The rows of 开封市政务服务系统2023年现场评价情况 (市民之家 departments): December and yearly on-site ratings.</summary>
    public static ImmutableArray<CivicCentreFigures> CivicCentre { get; } =
    [
        new(1, "SMZJ-RS", "人力资源和社会保障局", 3388, 29678),
        new(2, "SMZJ-SFQ", "示范区行政服务中心", 1344, 32580),
        new(3, "SMZJ-GJJ", "公积金管理中心", 223, 4333),
        new(4, "SMZJ-SW2", "第二税务分局", 187, 2484),
        new(5, "SMZJ-CRJ", "出入境管理支队", 148, 2449),
        new(6, "SMZJ-YB", "医疗保障局", 10, 1084),
        new(7, "SMZJ-BDC", "不动产登记中心", 15, 1856),
    ];
}
