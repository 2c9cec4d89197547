using Evaluation.Core.Catalog;
using Evaluation.Core.Metrics;
using NodaTime;

namespace Evaluation.Core.FollowUps;

/// <summary>
/// One row of the daily follow-up ledger (政务服务大回访日报台账) of the county action plan:
/// 单位, 日期, 当日办件量, 当日回访量, 当日回访率, 当日回访不满意量, 静态二维码"好评"评价数量.
/// </summary>
/// <param name="Unit">The unit (单位).</param>
/// <param name="Date">The day (日期), China Standard Time.</param>
/// <param name="Cases">Cases completed that day (当日办件量).</param>
/// <param name="FollowedUp">Of those, cases followed up (当日回访量).</param>
/// <param name="Dissatisfied">Of those, follow-ups where the applicant was not satisfied (当日回访不满意量).</param>
/// <param name="StaticQrGood">Good ratings through the static QR code given that day (静态二维码"好评"评价数量).</param>
public sealed record FollowUpLedgerRow(UnitCode Unit, LocalDate Date, long Cases, long FollowedUp, long Dissatisfied, long StaticQrGood)
{
    /// <summary>The follow-up rate (当日回访率).</summary>
    public Rate FollowUpRate => new(FollowedUp, Cases);
}
