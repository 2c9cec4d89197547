using System.Collections.Generic;
using System.Linq;
using Evaluation.Reporting;
using Evaluation.Cli.Rendering;
using Evaluation.Core.Calendars;
using Evaluation.Core.FollowUps;
using Evaluation.Core.Periods;
using NodaTime;

using static Evaluation.Workbooks.Writing.ColumnKind;

namespace Evaluation.Cli.Tables;

/// <summary>
/// 政务服务大回访日报台账 of the county action plan: per unit and day, cases completed, followed up, the follow-up rate,
/// dissatisfied follow-ups and good static-QR ratings. Without a date range, the seven days up to the as-of date.
/// </summary>
internal static class FollowUpLedgerTable
{
    internal static Table Build(TableInputs inputs, Language language)
    {
        LocalDate last = inputs.To ?? ChinaTime.DateOf(inputs.AsOf);
        LocalDate first = inputs.From ?? last.PlusDays(-6);
        var names = inputs.Units.DistinctBy(u => u.Code).ToDictionary(u => u.Code.Value, u => u.Name, System.StringComparer.Ordinal);
        var ledger = inputs.FollowUpLedger().Where(r => r.Date >= first && r.Date <= last);
        var rows = ledger.Select(r => new[]
        {
            names.GetValueOrDefault(r.Unit.Value, r.Unit.Value),
            r.Date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Cells.Count(r.Cases), Cells.Count(r.FollowedUp), r.FollowUpRate.Format(inputs.Policy.DisplayDecimals), Cells.Count(r.Dissatisfied), Cells.Count(r.StaticQrGood),
        }).ToList();
        return new Table(
            language.Pick("政务服务大回访日报台账", "Daily follow-up ledger"),
            [
                language.Pick("单位", "Unit"), language.Pick("日期", "Date"), language.Pick("当日办件量", "Cases"), language.Pick("当日回访量", "Followed up"),
                language.Pick("当日回访率", "Follow-up rate"), language.Pick("当日回访不满意量", "Dissatisfied"), language.Pick("静态二维码\u201c好评\u201d评价数量", "Static-QR good ratings"),
            ],
            rows) { Kinds = [Text, Text, Count, Count, Rate, Count, Count] };
    }
}
