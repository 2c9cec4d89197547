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
/// 现场评价情况: on-site ratings (device, tablet, static QR code, kiosk) of each department of a hall's unit, in the report's
/// last month and over the whole range. The unit is the one given, or the first city-level unit with departments.
/// </summary>
internal static class CivicCentreTable
{
    internal static Table Build(TableInputs inputs, Language language, string? unitCode)
    {
        IReadOnlyList<Department> departments = inputs.Departments;
        ServiceUnit? hall = unitCode is null
            ? inputs.Units.FirstOrDefault(u => u.Level == UnitLevel.City && departments.Any(d => d.UnitCode == u.Code))
            : inputs.Units.FirstOrDefault(u => u.Code.Value == unitCode);
        IReadOnlyList<(GroupKey Key, RatingTally Tally)> result = inputs.ByUnitDepartmentAndMonth();
        ReportingPeriod month = inputs.LastMonth;
        var rows = new List<string[]>();
        long monthTotal = 0, yearTotal = 0;
        int number = 0;
        foreach (Department department in departments.Where(d => hall is not null && d.UnitCode == hall.Code))
        {
            var mine = result.Where(r => r.Key.Codes[0] == hall!.Code.Value && r.Key.Codes[1] == department.Code.Value).ToList();
            long inMonth = mine.Where(r => r.Key.Period == month).Sum(r => r.Tally[TallyCounter.OnSiteRatings]);
            long year = mine.Sum(r => r.Tally[TallyCounter.OnSiteRatings]);
            (monthTotal, yearTotal) = (monthTotal + inMonth, yearTotal + year);
            rows.Add([Cells.Number(++number), department.Name, Cells.Count(inMonth), Cells.Count(year)]);
        }
        rows.Add([string.Empty, language.Pick("合计", "Total"), Cells.Count(monthTotal), Cells.Count(yearTotal)]);
        string m = month.Start.Month.ToString(CultureInfo.InvariantCulture);
        return new Table(
            language.Pick((hall?.Name ?? string.Empty) + "现场评价情况", "On-site ratings by department" + (hall is null ? string.Empty : " of " + hall.Name)),
            [language.Pick("序号", "No."), language.Pick("部门名称", "Department"), language.Pick(m + " 月评价量", "Ratings in " + month), language.Pick("全年评价量", "Ratings in range")],
            rows) { Kinds = [Count, Text, Count, Count], EndsWithTotal = true };
    }
}
