using System;
using System.Collections.Generic;
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

    /// <summary>The charts of a table, or why it has none though it has figures (too long to chart).</summary>
    internal static TableFigures Of(Table table, Language language)
    {
        int[] charted = ChartedColumns(table);
        if (BodyCount(table) == 0 || charted.Length == 0)
        {
            return new TableFigures([], null);
        }
        int[] labelColumns = [.. Enumerable.Range(0, table.Headings.Count).Where(c => KindOf(table, c) == ColumnKind.Text && c != table.PeriodColumn)];
        string Label(string[] row) => string.Join(" ", labelColumns.Select(c => row[c]).Where(t => t.Length > 0));
        return table.PeriodColumn is int period ? Lines(table, charted, period, labelColumns, language) : Bars(table, charted, Label, language);
    }

    /// <summary>Bars per row, in the table's order; a rate's with the total's rate as a line.</summary>
    private static TableFigures Bars(Table table, int[] charted, Func<string[], string> label, Language language)
    {
        int rows = BodyCount(table);
        if (rows > MaxBars)
        {
            return new TableFigures([], language.Pick(
                FormattableString.Invariant($"共 {rows} 行，超过 {MaxBars} 行，不绘柱状图；数据见上表。"),
                FormattableString.Invariant($"{rows} rows: too many to chart as bars (at most {MaxBars}); the table lists them.")));
        }
        List<string[]> body = [.. Body(table)];
        string[] total = table.EndsWithTotal && table.Rows.Count > 0 ? table.Rows[^1] : [];
        return new TableFigures([.. charted.Select(c => BarChart.Draw(
            table.Headings[c],
            [.. body.Select(label)],
            [.. body.Select(r => r[c])],
            KindOf(table, c),
            KindOf(table, c) == ColumnKind.Rate && total.Length > c ? total[c] : null,
            language.Pick("合计", "Total")))], null);
    }

    /// <summary>
    /// Lines over the periods for the largest groups. The rows are read twice on every processor, each into a line
    /// reused from row to row, and never held: once for the periods and each group's size (its first charted count,
    /// summed exactly), once for the chosen groups' figures. A row's group and period are looked up by their text,
    /// without a string a row.
    /// </summary>
    private static TableFigures Lines(Table table, int[] charted, int period, int[] labelColumns, Language language)
    {
        int size = charted.FirstOrDefault(c => KindOf(table, c) == ColumnKind.Count, charted[0]);
        ColumnKind sizeKind = KindOf(table, size);
        int rows = BodyCount(table);
        // Each thread's gathering (at least one), merged into the first.
        IReadOnlyList<GroupSizes> parts = table.ReadRows(rows, () => new GroupSizes(new RowLabel(labelColumns)), (part, row, cells) =>
            part.Add(row, cells[period], part.Label.Of(cells), ChartValues.Exact(sizeKind, cells[size]) ?? 0));
        GroupSizes all = parts[0];
        foreach (GroupSizes part in parts.Skip(1))
        {
            all.Merge(part);
        }
        if (all.Periods.Count > MaxPeriods)
        {
            return new TableFigures([], language.Pick(
                FormattableString.Invariant($"共 {all.Periods.Count} 个统计周期，超过 {MaxPeriods} 个，不绘图；数据见上表。"),
                FormattableString.Invariant($"{all.Periods.Count} periods: too many to chart (at most {MaxPeriods}); the table lists them.")));
        }
        string[] periods = [.. all.Periods.Order(StringComparer.Ordinal)];
        Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> index = periods.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        // The largest groups; of equal ones, the first in the table's order.
        Dictionary<string, int> chosen = all.Groups.OrderByDescending(g => g.Value.Size).ThenBy(g => g.Value.First).Take(MaxSeries)
            .Select((g, i) => (g.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);
        Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> chosenByLabel = chosen.GetAlternateLookup<ReadOnlySpan<char>>();
        // The chosen groups' rows, found on every processor; where a group has two rows of one period, the later counts.
        var values = new double?[chosen.Count, charted.Length, periods.Length];
        IEnumerable<(int Row, int Group, int Period, double?[] Values)> found = table.ReadRows(
            rows,
            () => (Label: new RowLabel(labelColumns), Found: new List<(int Row, int Group, int Period, double?[] Values)>()),
            (part, row, cells) =>
            {
                if (chosenByLabel.TryGetValue(part.Label.Of(cells), out int g))
                {
                    part.Found.Add((row, g, index[cells[period]], [.. charted.Select(c => ChartValues.Of(KindOf(table, c), cells[c]))]));
                }
            }).SelectMany(part => part.Found);
        foreach ((_, int g, int p, double?[] figures) in found.OrderBy(f => f.Row))
        {
            for (int c = 0; c < charted.Length; c++)
            {
                values[g, c, p] = figures[c];
            }
        }
        string[] names = [.. chosen.Keys.Select(k => k.Length == 0 ? language.Pick("全部", "All") : k)];
        return new TableFigures([.. charted.Select((column, c) => LineChart.Draw(
            table.Headings[column],
            periods,
            [.. names.Select((name, g) => (name, Enumerable.Range(0, periods.Length).Select(p => values[g, c, p]).ToArray()))],
            KindOf(table, column)))], null);
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

/// <summary>A table's charts, or why it is listed without them.</summary>
/// <param name="Charts">The charts' SVG, in the order of the charted columns.</param>
/// <param name="Omitted">Why the table has no chart though it has figures to chart (too many rows or periods), or null.</param>
internal sealed record TableFigures(IReadOnlyList<string> Charts, string? Omitted);
