using System;
using System.Globalization;
using Evaluation.Workbooks.Writing;

namespace Evaluation.Cli.Rendering.Html;

/// <summary>Reads a chart's values back from a table's printed cells: counts as numbers, rates as percentages, "/" as none.</summary>
internal static class ChartValues
{
    /// <summary>The number a printed cell shows (a rate in percent), or null for "/" and anything else that is no number.</summary>
    internal static double? Of(ColumnKind kind, ReadOnlySpan<char> cell) => kind switch
    {
        ColumnKind.Count when long.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long n) => n,
        ColumnKind.Rate when cell.EndsWith('%') && double.TryParse(cell[..^1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double p) => p,
        _ => null,
    };

    /// <summary>
    /// The exact number a printed cell shows (a rate in percent), or null for "/" and anything else that is no number:
    /// sums of these are the same in any order, as a chart's group sizes read on several threads must be.
    /// </summary>
    internal static decimal? Exact(ColumnKind kind, ReadOnlySpan<char> cell) => kind switch
    {
        ColumnKind.Count when long.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long n) => n,
        ColumnKind.Rate when cell.EndsWith('%') && decimal.TryParse(cell[..^1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal p) => p,
        _ => null,
    };

    /// <summary>A value as the axis prints it.</summary>
    internal static string Axis(double value, ColumnKind kind) =>
        kind == ColumnKind.Rate ? value.ToString("0.##", CultureInfo.InvariantCulture) + "%" : value.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>A coordinate in an SVG attribute.</summary>
    internal static string Svg(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
