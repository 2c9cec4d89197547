using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Evaluation.Reporting;
using Evaluation.Cli.Rendering;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Catalog;
using Evaluation.Core.Metrics;
using Evaluation.Core.Periods;

using static Evaluation.Workbooks.Writing.ColumnKind;

namespace Evaluation.Cli.Tables;

/// <summary>
/// 静态二维码数据汇总: per county, district or functional zone (towns and villages rolled up), static-QR ratings in the
/// report's last month, bad ones that month, and static-QR ratings over the whole range.
/// </summary>
internal static class QrTable
{
    internal static Table Build(TableInputs inputs, Language language)
    {
        IReadOnlyList<(GroupKey Key, RatingTally Tally)> rolled = inputs.RolledUpByUnitAndMonth();
        ReportingPeriod month = inputs.LastMonth;
        var rows = new List<string[]>();
        long monthTotal = 0, badTotal = 0, yearTotal = 0;
        int number = 0;
        foreach (ServiceUnit unit in inputs.Units.Where(u => u.Level is UnitLevel.County or UnitLevel.FunctionalZone))
        {
            var mine = rolled.Where(r => r.Key.Codes[0] == unit.Code.Value).ToList();
            long inMonth = mine.Where(r => r.Key.Period == month).Sum(r => r.Tally[TallyCounter.StaticQrRatings]);
            long bad = mine.Where(r => r.Key.Period == month).Sum(r => r.Tally[TallyCounter.StaticQrBad]);
            long year = mine.Sum(r => r.Tally[TallyCounter.StaticQrRatings]);
            if (year == 0)
            {
                continue;
            }
            (monthTotal, badTotal, yearTotal) = (monthTotal + inMonth, badTotal + bad, yearTotal + year);
            rows.Add([Cells.Number(++number), unit.Name, Cells.Count(inMonth), Cells.Count(bad), Cells.Count(year)]);
        }
        rows.Add([string.Empty, language.Pick("合计", "Total"), Cells.Count(monthTotal), Cells.Count(badTotal), Cells.Count(yearTotal)]);
        string m = month.Start.Month.ToString(CultureInfo.InvariantCulture);
        return new Table(
            language.Pick("各县区\u201c好差评\u201d静态二维码数据汇总", "Static QR code ratings by district"),
            [
                language.Pick("序号", "No."), language.Pick("评价县区（乡、村）", "District (towns, villages)"),
                language.Pick(m + "月评价数量", "Ratings in " + month), language.Pick(m + "月差评", "Bad in " + month), language.Pick("全年评价数量", "Ratings in range"),
            ],
            rows) { Kinds = [Count, Text, Count, Count, Count], EndsWithTotal = true };
    }
}
