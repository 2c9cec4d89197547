using System;
using System.IO;
using System.Linq;
using Evaluation.Cli.Rendering;
using Evaluation.Cli.Tables;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Metrics;
using Evaluation.Core.Periods;
using Evaluation.Core.Policies;
using Evaluation.IO.Json;
using Evaluation.Reporting;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Evaluation.Cli.Tests;

/// <summary>
/// The printed report's console table finds its columns' widths from the rows' values (each column's extremes formatted
/// once) rather than from every row's text: the table it prints is the one printed from the same rows made as strings and
/// measured cell by cell, whatever the counts (negative, huge), the rates (not applicable, whole, just under and at the
/// points where rounding adds a digit, at every number of decimals), the names (wide characters, characters beyond the
/// basic plane), the ranking and the blocks the rows are read in.
/// </summary>
public class MetricsTableProperties
{
    private static readonly string?[] Codes = ["410202", "M1", "W-07", null, "0001"];

    private static readonly string?[] Names = [null, "龙亭区", "Longting", "不动产登记（转移）", "区\u3000", "𠀀号窗口", "a"];

    private static readonly string?[] Periods = ["2023-01", "2023-12-31", "2023年第1季度", "2023-W05", null];

    [Property(MaxTest = 300)]
    public Property Widths_found_from_the_values_print_the_table_measured_from_the_text()
    {
        Gen<Table> tables =
            from decimals in Gen.Choose(0, 6)
            from dimensions in Gen.Choose(0, 2)
            from period in Gen.Elements<ReportingPeriodKind?>(null, ReportingPeriodKind.Month)
            from cap in Gen.Elements(1L, 100L, 1_000L, 1_005L, 10_000L)
            from rows in Row(dimensions, period is not null, decimals, cap).ArrayOf()
            from total in Gen.Elements(0, 1)
            from sort in Gen.Elements<string?>(null, "ratings", "goodRate", "bad")
            from language in Gen.Elements(Language.Zh, Language.En)
            from blockRows in Gen.Choose(1, 4)
            select Build(rows, dimensions, period, decimals, total == 1, sort, language) with { BlockRows = blockRows };
        return Prop.ForAll(tables.ToArbitrary(), Gen.Choose(0, 1000).Two().ToArbitrary(), (table, ends) =>
        {
            string printed = Text(table);
            string measured = Text(table with { Rows = [.. table.Rows] });
            // The widths of some rows alone, without the headings' (wider than "/" or a rate of one digit).
            var made = (CellRows)table.Rows;
            (int from, int to) = (Math.Min(ends.Item1, ends.Item2) % (made.Count + 1), Math.Max(ends.Item1, ends.Item2) % (made.Count + 1));
            (from, to) = (Math.Min(from, to), Math.Max(from, to));
            int[] found = new int[table.Headings.Count], ofText = new int[table.Headings.Count];
            made.WidenColumns(from, to, new CellLine(), found);
            var line = new CellLine();
            for (int row = from; row < to; row++)
            {
                made.Fill(row, line);
                line.WidenColumns(ofText);
            }
            return (printed == measured).Label("printed:\n" + printed + "\nmeasured from the text:\n" + measured)
                .And(found.SequenceEqual(ofText)).Label($"rows {from} to {to}: {string.Join(",", found)} against {string.Join(",", ofText)}");
        });
    }

    /// <summary>A row's fields: codes and names, a period, every count and rate the source gives.</summary>
    private sealed record FieldRow(string?[] Codes, string?[] Names, string? Period, long[] Counts, Rate[] Rates);

    private static Gen<FieldRow> Row(int dimensions, bool withPeriod, int decimals, long capInBasisPoints) =>
        from codes in Gen.Elements(Codes).ArrayOf(dimensions)
        from names in Gen.Elements(Names).ArrayOf(dimensions)
        from period in withPeriod ? Gen.Elements(Periods) : Gen.Constant<string?>(null)
        from counts in Count().ArrayOf(ReportRows.CountNames.Length)
        from rates in RateUnder(decimals, capInBasisPoints).ArrayOf(ReportRows.RateNames.Length)
        select new FieldRow(codes, names, period, counts, rates);

    private static Gen<long> Count() => Gen.OneOf(
        Gen.Choose(0, 9).Select(c => (long)c),
        Gen.Choose(0, 1_000_000).Select(c => (long)c),
        Gen.Elements(long.MaxValue, long.MinValue, -1L, -10L, 9L, 10L, 99L, 100L));

    /// <summary>
    /// Rates up to a cap (in basis points) most of the time, and the rates whose rounding to <paramref name="decimals"/>
    /// places lands on 10% or 100% (a digit more) or just under: half a last place below 10% over a denominator of 2 x 10^(decimals + 2),
    /// one below the denominator.
    /// </summary>
    private static Gen<Rate> RateUnder(int decimals, long capInBasisPoints)
    {
        long edge = 2 * (long)Math.Pow(10, decimals + 2);
        return Gen.OneOf(
            Gen.Constant(default(Rate)),
            from denominator in Gen.Elements(1L, 3L, 7L, 2_000L, 20_000L, 1_000_000_000_000L)
            from numerator in Gen.Choose(0, 10_000)
            select new Rate(denominator * Math.Min(numerator, capInBasisPoints) / 10_000, denominator),
            from numerator in Gen.Elements(edge / 10 - 2, edge / 10 - 1, edge / 10, edge - 1, edge)
            select new Rate(numerator, edge));
    }

    /// <summary>The printed report of rows given field by field, with or without a total.</summary>
    private static Table Build(FieldRow[] rows, int dimensions, ReportingPeriodKind? period, int decimals, bool withTotal, string? sort, Language language)
    {
        EvaluationPolicy.Builder builder = EvaluationPolicy.Henan.ToBuilder();
        builder.DisplayDecimals = decimals;
        EvaluationPolicy policy = builder.Build();
        string[] dimensionNames = [.. Enumerable.Range(0, dimensions).Select(d => d == 0 ? "unit" : "matter")];
        ReportDocument Document(FieldRow[] of, string[] names) =>
            new(names, period?.ToString().ToLowerInvariant(), policy.Name, Instant.FromUtc(2023, 12, 31, 0, 0), of.Length, of.Length, 0, new ReportRowsOnDemand(of.Length, names, (i, fields) =>
            {
                FieldRow row = of[i];
                row.Codes.CopyTo(fields.Codes, 0);
                row.Names.CopyTo(fields.DisplayNames, 0);
                fields.Period = row.Period;
                row.Counts.CopyTo(fields.Counts, 0);
                row.Rates.CopyTo(fields.Rates, 0);
            }));
        FieldRow[] total = withTotal ? [rows.Length > 0 ? rows[^1] with { Codes = [], Names = [], Period = null } : new FieldRow([], [], null, new long[ReportRows.CountNames.Length], new Rate[ReportRows.RateNames.Length])] : [];
        var grouping = new Grouping(dimensionNames.Select(d => d == "unit" ? GroupingDimension.Unit : GroupingDimension.Matter), period);
        return MetricsReport.Build(g => g.Dimensions.Length == 0 && g.Period is null ? Document(total, []) : Document(rows, dimensionNames), grouping, policy, language, sort);
    }

    private static string Text(Table table)
    {
        using var writer = new StringWriter();
        table.WriteTo(writer, OutputFormat.Table);
        return writer.ToString();
    }
}
