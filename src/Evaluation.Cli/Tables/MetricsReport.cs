using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Evaluation.Cli.Rendering;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Periods;
using Evaluation.Core.Policies;
using Evaluation.IO.Json;
using Evaluation.Reporting;

using Evaluation.Workbooks.Writing;
using static Evaluation.Workbooks.Writing.ColumnKind;

namespace Evaluation.Cli.Tables;

/// <summary>
/// The printed report of any grouping: the report's rows (<see cref="PreparedReport.Rows"/>, or a cluster's merged part)
/// as a table of the main metrics, with a total.
/// </summary>
internal static class MetricsReport
{
    /// <summary>The metrics an HTML page charts, by their place among the values: ratings, good rate, matter coverage rate, active rating rate.</summary>
    private static readonly int[] ChartedMetrics = [0, 2, 5, 6];

    /// <summary>The table of a grouping's rows, with the total as the last row.</summary>
    /// <param name="rowsOf">The report's rows by a grouping: asked for <paramref name="grouping"/> and for no grouping (the total).</param>
    /// <param name="grouping">The grouping of the table's rows.</param>
    /// <param name="policy">The policy the rows were counted under (display decimals, the formulas' note).</param>
    /// <param name="language">The headings' language.</param>
    /// <param name="sort">The metric to rank the rows by, or null for key order.</param>
    internal static Table Build(Func<Grouping, ReportDocument> rowsOf, Grouping grouping, EvaluationPolicy policy, Language language, string? sort)
    {
        IReadOnlyList<ReportRow> rows = rowsOf(grouping).Rows;
        IReadOnlyList<ReportRow> totals = rowsOf(new Grouping([])).Rows;
        ReportRow? total = totals.Count > 0 ? totals[0] : null;
        // Rows that can be read field by field (a prepared report's) are, into fields kept with the writer's line: a row
        // of the table then makes no object.
        var fields = rows is IRowFieldSource source ? new PrintedFields(source) : null;
        // Rows in list order are numbered by their place; only ranked rows are kept in another order, with their ranks.
        (int Number, int Index)[]? ranked = sort is null ? null
            : fields is not null ? [.. fields.Rank(rows.Count, sort)]
            : [.. Ordering.Apply([.. Enumerable.Range(0, rows.Count)], i => rows[i], sort)];
        int decimals = policy.DisplayDecimals;
        // The cells of a group's row are written as the row is written; the total comes last, labelled in the first
        // dimension's column (without dimensions there is none, and no label).
        void CellsOf(int index, CellLine cells)
        {
            if (index == rows.Count)
            {
                cells.Add(string.Empty);
                for (int d = 0; d < grouping.Dimensions.Length; d++)
                {
                    cells.Add(d == 0 ? language.Pick("合计", "Total") : string.Empty);
                }
                if (grouping.Period is not null)
                {
                    cells.Add(string.Empty);
                }
                AddValues(cells, total, decimals);
                return;
            }
            (int number, int at) = ranked is null ? (index + 1, index) : ranked[index];
            cells.AddCount(number);
            if (fields is not null)
            {
                fields.Add(cells, at, grouping.Period is not null, decimals);
                return;
            }
            ReportRow row = rows[at];
            foreach (ReportDimension d in row.Dimensions)
            {
                cells.Add(d.Code is null ? "-" : d.DisplayName ?? d.Code);
            }
            if (grouping.Period is not null)
            {
                cells.Add(row.Period);
            }
            AddValues(cells, row, decimals);
        }

        // A console table's widths are found from the groups' values, the widest of each column formatted once, rather than
        // from every row's text (then made a second time to be written); the total's row is measured as written.
        void WidenColumns(int from, int to, CellLine cells, int[] widths)
        {
            fields!.WidenColumns(from, Math.Min(to, rows.Count), ranked, grouping.Period is not null, decimals, cells, widths);
            if (from <= rows.Count && rows.Count < to)
            {
                cells.Clear();
                CellsOf(rows.Count, cells);
                cells.WidenColumns(widths);
            }
        }

        return new Table(
            Title(grouping, language),
            [
                language.Pick("序号", "No."), .. grouping.Dimensions.Select(d => DimensionHeading(d, language)),
                .. grouping.Period is null ? Array.Empty<string>() : [language.Pick("统计周期", "Period")],
                language.Pick("评价数量", "Ratings"), language.Pick("主动评价数", "Active"), language.Pick("好评率", "Good rate"), language.Pick("差评", "Bad"),
                language.Pick("差评整改率", "Rectification rate"), language.Pick("评价覆盖事项率", "Matter coverage rate"), language.Pick("主动评价率", "Active rating rate"),
            ],
            new CellRows(rows.Count + 1, CellsOf, fields is null ? null : WidenColumns),
            Formulas.Note(policy, language))
        {
            Kinds = [Count, .. grouping.Dimensions.Select(_ => Text), .. grouping.Period is null ? Array.Empty<ColumnKind>() : [Text], Count, Count, Rate, Count, Rate, Rate, Rate],
            EndsWithTotal = true,
            PeriodColumn = grouping.Period is null ? null : 1 + grouping.Dimensions.Length,
            // The ratings, the good rate, the matter coverage rate and the active rating rate.
            ChartColumns = [.. ChartedMetrics.Select(m => 1 + grouping.Dimensions.Length + (grouping.Period is null ? 0 : 1) + m)],
        };
    }

    /// <summary>For example “好差评”指标（单位×渠道，按月） or Rating metrics (Unit x Channel, by month).</summary>
    private static string Title(Grouping grouping, Language language)
    {
        string dimensions = string.Join(language.Pick("×", " x "), grouping.Dimensions.Select(d => DimensionHeading(d, language)));
        string period = grouping.Period is ReportingPeriodKind kind ? language.Pick("，", ", ") + PeriodName(kind, language) : string.Empty;
        return language.Pick("\u201c好差评\u201d指标（" + dimensions + period + "）", "Rating metrics (" + dimensions + period + ")");
    }

    private static string PeriodName(ReportingPeriodKind period, Language language) => period switch
    {
        ReportingPeriodKind.Day => language.Pick("按日", "by day"),
        ReportingPeriodKind.Week => language.Pick("按周", "by week"),
        ReportingPeriodKind.Month => language.Pick("按月", "by month"),
        ReportingPeriodKind.Quarter => language.Pick("按季度", "by quarter"),
        _ => language.Pick("按年", "by year"),
    };

    private static string DimensionHeading(GroupingDimension d, Language language) => d switch
    {
        GroupingDimension.Unit => language.Pick("单位", "Unit"),
        GroupingDimension.Department => language.Pick("部门", "Department"),
        GroupingDimension.Matter => language.Pick("事项", "Matter"),
        GroupingDimension.Window => language.Pick("窗口", "Window"),
        _ => language.Pick("评价渠道", "Channel"),
    };

    /// <summary>The metrics a row prints after its dimensions and period, in order, by their names in the JSON contract, and whether each is a rate.</summary>
    private static readonly (string Name, bool IsRate)[] Printed =
    [
        ("ratings", false), ("activeRatings", false), ("goodRate", true), ("bad", false), ("rectificationRate", true),
        ("matterCoverageRate", true), ("activeRatingRate", true),
    ];

    /// <summary>A row's printed values; a report without any row has a total of zeros and rates not applicable.</summary>
    private static void AddValues(CellLine cells, ReportRow? row, int decimals)
    {
        foreach ((string name, bool isRate) in Printed)
        {
            if (isRate)
            {
                cells.AddRate(row is null ? default : Ordering.RateOf(row, name), decimals);
            }
            else
            {
                cells.AddCount(row is null ? 0 : Ordering.Count(row, name));
            }
        }
    }

    /// <summary>
    /// A row's printed cells read from its fields (<see cref="IRowFieldSource"/>), the printed metrics found by their
    /// places among the source's counts and rates once, and the fields kept with the line (<see cref="CellLine.Scratch"/>)
    /// to be reused from row to row.
    /// </summary>
    private sealed class PrintedFields(IRowFieldSource source)
    {
        private readonly int[] places = [.. Printed.Select(p => p.IsRate ? source.RateNames.IndexOf(p.Name) : source.CountNames.IndexOf(p.Name))];

        /// <summary>
        /// The rows ranked by a metric (<see cref="Ordering.RankRows"/>), each row's score read from its fields once, on
        /// every processor, a block of rows at a time: no row object is made.
        /// </summary>
        internal IEnumerable<(int Number, int Index)> Rank(int count, string metric)
        {
            Ordering.CheckMetric(metric);
            bool byCount = Ordering.IsCount(metric);
            int place = byCount ? source.CountNames.IndexOf(metric) : source.RateNames.IndexOf(metric);
            long[] counts = byCount ? new long[count] : [];
            Core.Metrics.Rate[] rates = byCount ? [] : new Core.Metrics.Rate[count];
            // A partitioner of no rows is refused: a report without rows ranks none.
            Parallel.ForEach(count == 0 ? [] : Partitioner.Create(0, count, 4096).GetDynamicPartitions(), range =>
            {
                var fields = new RowFields(source.DimensionNames.Length, source.CountNames.Length, source.RateNames.Length);
                for (int row = range.Item1; row < range.Item2; row++)
                {
                    source.Fill(row, fields);
                    if (byCount)
                    {
                        counts[row] = fields.Counts[place];
                    }
                    else
                    {
                        rates[row] = fields.Rates[place];
                    }
                }
            });
            return Ordering.RankRows(metric, counts, rates);
        }

        /// <summary>Adds a row's dimensions, its period when the rows have one, and its printed values.</summary>
        internal void Add(CellLine cells, int row, bool withPeriod, int decimals)
        {
            RowFields fields = FieldsOf(cells);
            source.Fill(row, fields);
            for (int t = 0; t < fields.Codes.Length + (withPeriod ? 1 : 0); t++)
            {
                cells.Add(TextOf(fields, t));
            }
            for (int i = 0; i < Printed.Length; i++)
            {
                if (Printed[i].IsRate)
                {
                    cells.AddRate(fields.Rates[places[i]], decimals);
                }
                else
                {
                    cells.AddCount(fields.Counts[places[i]]);
                }
            }
        }

        /// <summary>
        /// Widens each column's width to the widest cell that <see cref="Add"/> (after the row's number) would write for
        /// the rows <paramref name="from"/> to <paramref name="to"/> (excluded), without writing them: a number's text is
        /// no narrower than a smaller one's of its sign, and a rate's than a lower one's (its rounding never goes down as
        /// the rate goes up; "/" when not applicable), so each column's extremes are formatted once; a name's width is
        /// measured once for a run of rows that share it.
        /// </summary>
        internal void WidenColumns(int from, int to, (int Number, int Index)[]? ranked, bool withPeriod, int decimals, CellLine cells, int[] widths)
        {
            if (from >= to)
            {
                return;
            }
            RowFields fields = FieldsOf(cells);
            int texts = fields.Codes.Length + (withPeriod ? 1 : 0);
            var lastText = new string?[texts];
            int mostNumber = 0;
            long[] least = new long[Printed.Length], greatest = new long[Printed.Length];
            Array.Fill(least, long.MaxValue);
            Array.Fill(greatest, long.MinValue);
            var highest = new Core.Metrics.Rate?[Printed.Length];
            bool[] notApplicable = new bool[Printed.Length];
            for (int row = from; row < to; row++)
            {
                (int number, int at) = ranked is null ? (row + 1, row) : ranked[row];
                mostNumber = Math.Max(mostNumber, number);
                source.Fill(at, fields);
                for (int t = 0; t < texts; t++)
                {
                    string text = TextOf(fields, t);
                    if (!ReferenceEquals(text, lastText[t]))
                    {
                        lastText[t] = text;
                        widths[1 + t] = Math.Max(widths[1 + t], TextWidth.Of(text));
                    }
                }
                for (int i = 0; i < Printed.Length; i++)
                {
                    if (!Printed[i].IsRate)
                    {
                        long count = fields.Counts[places[i]];
                        (least[i], greatest[i]) = (Math.Min(least[i], count), Math.Max(greatest[i], count));
                        continue;
                    }
                    // No rate is above one whole (its numerator is never above its denominator).
                    Core.Metrics.Rate rate = fields.Rates[places[i]];
                    if (!rate.IsApplicable)
                    {
                        notApplicable[i] = true;
                    }
                    else if (highest[i] is not Core.Metrics.Rate high || (high.Numerator != high.Denominator && rate.CompareTo(high) > 0))
                    {
                        highest[i] = rate;
                    }
                }
            }
            cells.Clear();
            cells.AddCount(mostNumber);
            WidenTo(cells, ref widths[0]);
            for (int i = 0; i < Printed.Length; i++)
            {
                cells.Clear();
                if (!Printed[i].IsRate)
                {
                    cells.AddCount(least[i]);
                    cells.AddCount(greatest[i]);
                }
                if (notApplicable[i])
                {
                    cells.AddRate(default, decimals);
                }
                if (highest[i] is Core.Metrics.Rate high)
                {
                    cells.AddRate(high, decimals);
                }
                WidenTo(cells, ref widths[1 + texts + i]);
            }
        }

        /// <summary>
        /// A row's text cell after its number: a dimension's display name (its code when it has none, "-" for no code),
        /// then, past the dimensions, the period.
        /// </summary>
        private static string TextOf(RowFields fields, int cell) =>
            cell < fields.Codes.Length ? (fields.Codes[cell] is string code ? fields.DisplayNames[cell] ?? code : "-") : fields.Period ?? string.Empty;

        /// <summary>Widens a column's width to the widest of a line's cells.</summary>
        private static void WidenTo(CellLine cells, ref int width)
        {
            for (int c = 0; c < cells.Count; c++)
            {
                width = Math.Max(width, cells.WidthAt(c));
            }
        }

        /// <summary>
        /// The fields kept with a line, made for its first row of this table: a line may be shared by the rows of several
        /// tables (<see cref="CellRows"/>' line for rows read whole), whose sources fill fields of other shapes.
        /// </summary>
        private RowFields FieldsOf(CellLine cells)
        {
            if (cells.Scratch is not KeptFields kept || kept.Owner != this)
            {
                cells.Scratch = kept = new KeptFields(this, new RowFields(source.DimensionNames.Length, source.CountNames.Length, source.RateNames.Length));
            }
            return kept.Fields;
        }

        /// <summary>Fields kept with a line, and the table's fields they were made for.</summary>
        private sealed record KeptFields(PrintedFields Owner, RowFields Fields);
    }
}
