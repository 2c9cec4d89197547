namespace Evaluation.Core.Catalog;

/// <summary>The kind of a government-service matter (事项类型) in the official catalogue.</summary>
public enum MatterKind
{
    /// <summary>Administrative licence (行政许可).</summary>
    AdministrativeLicence = 1,

    /// <summary>Administrative payment (行政给付).</summary>
    AdministrativePayment = 2,

    /// <summary>Administrative confirmation (行政确认).</summary>
    AdministrativeConfirmation = 3,

    /// <summary>Administrative ruling (行政裁决).</summary>
    AdministrativeRuling = 4,

    /// <summary>Administrative reward (行政奖励).</summary>
    AdministrativeReward = 5,

    /// <summary>Other administrative power (其他行政权力).</summary>
    OtherAdministrativePower = 6,

    /// <summary>Public service (公共服务).</summary>
    PublicService = 7,
}
