using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Evaluation.Workbooks.Writing;

namespace Evaluation.Cli.Rendering.Html;

/// <summary>
/// The charts that fit a table: without a period column, bars per row (in the table's order) for each charted count
/// and rate, a rate's with the total's rate as a line; with one, lines per period for the largest groups.
/// </summary>
internal static class TableCharts
{
    /// <summary>The most rows drawn as bars; a longer table is listed, not charted.</summary>
    internal const int MaxBars = 60;

    /// <summary>The most groups drawn as lines: the largest by the first charted count.</summary>
    internal const int MaxSeries = 8;

    /// <summary>The most periods drawn along a line.</summary>
    internal const int MaxPeriods = 400;

    internal static IReadOnlyList<string> Of(Table table, Language language)
    {
        int[] charted = ChartedColumns(table);
        if (BodyCount(table) == 0 || charted.Length == 0 || TooManyToChart(table, language) is not null)
        {
            return [];
        }
        List<string[]> body = [.. Body(table)];
        int[] labelColumns = [.. Enumerable.Range(0, table.Headings.Count).Where(c => KindOf(table, c) == ColumnKind.Text && c != table.PeriodColumn)];
        string Label(string[] row) => string.Join(" ", labelColumns.Select(c => row[c]).Where(t => t.Length > 0));
        if (table.PeriodColumn is int period)
        {
            string[] periods = [.. body.Select(r => r[period]).Distinct().Order(StringComparer.Ordinal)];
            var index = periods.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i, StringComparer.Ordinal);
            int size = charted.FirstOrDefault(c => KindOf(table, c) == ColumnKind.Count, charted[0]);
            var groups = body.GroupBy(Label).OrderByDescending(g => g.Sum(r => ChartValues.Of(KindOf(table, size), r[size]) ?? 0)).Take(MaxSeries).ToList();
            return [.. charted.Select(c => LineChart.Draw(
                table.Headings[c],
                periods,
                [.. groups.Select(g => (g.Key.Length == 0 ? language.Pick("全部", "All") : g.Key, Series(g, c, period, index, KindOf(table, c), periods.Length)))],
                KindOf(table, c)))];
        }
        string[] total = table.EndsWithTotal && table.Rows.Count > 0 ? table.Rows[^1] : [];
        return [.. charted.Select(c => BarChart.Draw(
            table.Headings[c],
            [.. body.Select(Label)],
            [.. body.Select(r => r[c])],
            KindOf(table, c),
            KindOf(table, c) == ColumnKind.Rate && total.Length > c ? total[c] : null,
            language.Pick("合计", "Total")))];
    }

    /// <summary>Why a table is listed without charts, or null when it is charted (or has nothing to chart).</summary>
    internal static string? TooManyToChart(Table table, Language language)
    {
        int rows = BodyCount(table);
        if (table.PeriodColumn is int period)
        {
            int periods = Body(table).Select(r => r[period]).Distinct().Count();
            return periods <= MaxPeriods ? null : language.Pick(
                FormattableString.Invariant($"共 {periods} 个统计周期，超过 {MaxPeriods} 个，不绘图；数据见上表。"),
                FormattableString.Invariant($"{periods} periods: too many to chart (at most {MaxPeriods}); the table lists them."));
        }
        return rows <= MaxBars ? null : language.Pick(
            FormattableString.Invariant($"共 {rows} 行，超过 {MaxBars} 行，不绘柱状图；数据见上表。"),
            FormattableString.Invariant($"{rows} rows: too many to chart as bars (at most {MaxBars}); the table lists them."));
    }

    private static double?[] Series(IEnumerable<string[]> rows, int column, int period, Dictionary<string, int> index, ColumnKind kind, int periods)
    {
        var values = new double?[periods];
        foreach (string[] row in rows)
        {
            values[index[row[period]]] = ChartValues.Of(kind, row[column]);
        }
        return values;
    }

    /// <summary>The number of rows other than the total.</summary>
    private static int BodyCount(Table table) => table.EndsWithTotal ? Math.Max(0, table.Rows.Count - 1) : table.Rows.Count;

    /// <summary>The rows other than the total.</summary>
    private static IEnumerable<string[]> Body(Table table) => Enumerable.Range(0, BodyCount(table)).Select(r => table.Rows[r]);

    /// <summary>The columns charted: those the table names, or every count and rate but the ordinal (序号).</summary>
    private static int[] ChartedColumns(Table table) =>
        table.ChartColumns.Count > 0
            ? [.. table.ChartColumns]
            : [.. Enumerable.Range(0, table.Headings.Count).Where(c => KindOf(table, c) != ColumnKind.Text && table.Headings[c] is not ("序号" or "No."))];

    private static ColumnKind KindOf(Table table, int column) => column < table.Kinds.Count ? table.Kinds[column] : ColumnKind.Text;
}
