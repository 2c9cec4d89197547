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
    /// Lines over the periods for the largest groups. The rows are read twice, each into a line reused from row to row,
    /// and never held: once for the periods and each group's size (its first charted count, summed), once for the chosen
    /// groups' figures. A row's group and period are looked up by their text, without a string a row.
    /// </summary>
    private static TableFigures Lines(Table table, int[] charted, int period, int[] labelColumns, Language language)
    {
        int size = charted.FirstOrDefault(c => KindOf(table, c) == ColumnKind.Count, charted[0]);
        var periodSet = new HashSet<string>(StringComparer.Ordinal);
        var sizes = new Dictionary<string, double>(StringComparer.Ordinal);
        HashSet<string>.AlternateLookup<ReadOnlySpan<char>> periodsByText = periodSet.GetAlternateLookup<ReadOnlySpan<char>>();
        Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> sizesByLabel = sizes.GetAlternateLookup<ReadOnlySpan<char>>();
        // A row's label (its text columns but the period, those with text, a space apart) is made in a buffer reused from row to row.
        char[] labelText = new char[64];
        ReadOnlySpan<char> Label(CellLine cells)
        {
            int length = 0;
            foreach (int c in labelColumns)
            {
                ReadOnlySpan<char> cell = cells[c];
                if (cell.IsEmpty)
                {
                    continue;
                }
                if (length + 1 + cell.Length > labelText.Length)
                {
                    Array.Resize(ref labelText, 2 * (length + 1 + cell.Length));
                }
                if (length > 0)
                {
                    labelText[length++] = ' ';
                }
                cell.CopyTo(labelText.AsSpan(length));
                length += cell.Length;
            }
            return labelText.AsSpan(0, length);
        }
        table.ReadRows(BodyCount(table), (_, cells) =>
        {
            periodsByText.Add(cells[period]);
            ReadOnlySpan<char> group = Label(cells);
            double value = ChartValues.Of(KindOf(table, size), cells[size]) ?? 0;
            sizesByLabel[group] = (sizesByLabel.TryGetValue(group, out double sum) ? sum : 0) + value;
        });
        if (periodSet.Count > MaxPeriods)
        {
            return new TableFigures([], language.Pick(
                FormattableString.Invariant($"共 {periodSet.Count} 个统计周期，超过 {MaxPeriods} 个，不绘图；数据见上表。"),
                FormattableString.Invariant($"{periodSet.Count} periods: too many to chart (at most {MaxPeriods}); the table lists them.")));
        }
        string[] periods = [.. periodSet.Order(StringComparer.Ordinal)];
        Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> index = periods.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        // The largest groups; of equal ones, the first in the table's order (the dictionary keeps the order of insertion).
        Dictionary<string, int> chosen = sizes.OrderByDescending(g => g.Value).Take(MaxSeries).Select((g, i) => (g.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);
        Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> chosenByLabel = chosen.GetAlternateLookup<ReadOnlySpan<char>>();
        var values = new double?[chosen.Count, charted.Length, periods.Length];
        table.ReadRows(BodyCount(table), (_, cells) =>
        {
            if (chosenByLabel.TryGetValue(Label(cells), out int g))
            {
                for (int c = 0; c < charted.Length; c++)
                {
                    values[g, c, index[cells[period]]] = ChartValues.Of(KindOf(table, charted[c]), cells[charted[c]]);
                }
            }
        });
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
