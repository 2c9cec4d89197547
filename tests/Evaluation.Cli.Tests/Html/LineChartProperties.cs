using System;
using System.Collections.Generic;
using System.Linq;
using Evaluation.Cli.Rendering;
using Evaluation.Cli.Rendering.Html;
using Evaluation.Workbooks.Writing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Evaluation.Cli.Tests.Html;

/// <summary>
/// A table's line charts, its rows read a block at a time on several processors, against a reference that reads each
/// row of strings in order: the periods, the largest groups (of equal ones the first in the table's order) and, where a
/// group has two rows of one period, the later row's figures.
/// </summary>
public class LineChartProperties
{
    private static readonly string[] Headings = ["序号", "单位", "统计周期", "评价数量", "好评率"];
    private static readonly ColumnKind[] Kinds = [ColumnKind.Count, ColumnKind.Text, ColumnKind.Text, ColumnKind.Count, ColumnKind.Rate];

    private static readonly Gen<string[]> Row =
        from unit in Gen.Elements("龙亭区", "顺河区", "", "a b", "顺河区 ")
        from period in Gen.Elements("2023-01", "2023-02", "2023-03", "2023-10")
        from ratings in Gen.Choose(0, 5)
        from rate in Gen.Elements("/", "0.00%", "12.50%", "100.00%", "99.99%")
        select new[] { "1", unit, period, ratings.ToString(System.Globalization.CultureInfo.InvariantCulture), rate };

    [Property(MaxTest = 300)]
    public Property Charts_read_on_every_processor_are_those_of_the_rows_read_in_order() =>
        Prop.ForAll(Row.ArrayOf().ToArbitrary(), Gen.Choose(1, 5).ToArbitrary(), (rows, blockRows) =>
        {
            var made = new CellRows(rows.Length, (i, line) =>
            {
                foreach (string cell in rows[i])
                {
                    line.Add(cell);
                }
            });
            var table = new Table("标题", Headings, made) { Kinds = Kinds, PeriodColumn = 2, ChartColumns = [3, 4], BlockRows = blockRows };
            IReadOnlyList<string> charts = TableCharts.Of(table, Language.Zh).Charts;
            IReadOnlyList<string> expected = Reference(rows);
            return charts.SequenceEqual(expected).Label($"{rows.Length} rows in blocks of {blockRows}");
        });

    /// <summary>The charts as rows of strings read in order give them: sizes summed as they come, ties kept in the order of first appearance.</summary>
    private static IReadOnlyList<string> Reference(string[][] rows)
    {
        if (rows.Length == 0)
        {
            return [];
        }
        string Label(string[] row) => row[1];
        var sizes = new List<(string Label, long Size)>();
        foreach (string[] row in rows)
        {
            int at = sizes.FindIndex(s => s.Label == Label(row));
            long size = long.Parse(row[3], System.Globalization.CultureInfo.InvariantCulture);
            if (at < 0)
            {
                sizes.Add((Label(row), size));
            }
            else
            {
                sizes[at] = (sizes[at].Label, sizes[at].Size + size);
            }
        }
        string[] periods = [.. rows.Select(r => r[2]).Distinct().Order(StringComparer.Ordinal)];
        string[] chosen = [.. sizes.OrderByDescending(s => s.Size).Take(TableCharts.MaxSeries).Select(s => s.Label)];
        int[] charted = [3, 4];
        return [.. charted.Select(column => LineChart.Draw(
            Headings[column],
            periods,
            [.. chosen.Select(group => (group.Length == 0 ? "全部" : group, periods.Select(p =>
                rows.LastOrDefault(r => Label(r) == group && r[2] == p) is string[] row ? ChartValues.Of(Kinds[column], row[column]) : null).ToArray()))],
            Kinds[column]))];
    }
}
