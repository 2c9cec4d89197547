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

        return new Table(
            Title(grouping, language),
            [
                language.Pick("序号", "No."), .. grouping.Dimensions.Select(d => DimensionHeading(d, language)),
                .. grouping.Period is null ? Array.Empty<string>() : [language.Pick("统计周期", "Period")],
                language.Pick("评价数量", "Ratings"), language.Pick("主动评价数", "Active"), language.Pick("好评率", "Good rate"), language.Pick("差评", "Bad"),
                language.Pick("差评整改率", "Rectification rate"), language.Pick("评价覆盖事项率", "Matter coverage rate"), language.Pick("主动评价率", "Active rating rate"),
            ],
            new CellRows(rows.Count + 1, CellsOf),
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
            if (cells.Scratch is not RowFields fields)
            {
                cells.Scratch = fields = new RowFields(source.DimensionNames.Length, source.CountNames.Length, source.RateNames.Length);
            }
            source.Fill(row, fields);
            for (int d = 0; d < fields.Codes.Length; d++)
            {
                cells.Add(fields.Codes[d] is string code ? fields.DisplayNames[d] ?? code : "-");
            }
            if (withPeriod)
            {
                cells.Add(fields.Period);
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
    }
}
