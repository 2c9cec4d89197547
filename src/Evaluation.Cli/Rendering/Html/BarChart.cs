using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Evaluation.Workbooks.Writing;

namespace Evaluation.Cli.Rendering.Html;

/// <summary>
/// Horizontal bars, one per row in the table's order, labelled with the row's name and its printed cell; for a rate, the total's
/// rate as a vertical line. Every row has a bar (<c>rect.bar</c>), of no length where the value is not applicable.
/// </summary>
internal static class BarChart
{
    private const double Width = 640, Left = 150, Right = 70, Top = 34, RowHeight = 22;

    internal static string Draw(string title, IReadOnlyList<string> labels, IReadOnlyList<string> printed, ColumnKind kind, string? total, string totalLabel)
    {
        double?[] values = [.. printed.Select(p => ChartValues.Of(kind, p))];
        double? totalValue = total is null ? null : ChartValues.Of(kind, total);
        double max = Math.Max(values.Max(v => v ?? 0), totalValue ?? 0);
        max = max <= 0 ? 1 : max;
        double plot = Width - Left - Right;
        double height = Top + (labels.Count * RowHeight) + 24;
        var svg = new StringBuilder();
        svg.Append("<svg class=\"chart bars\" role=\"img\" viewBox=\"0 0 ").Append(ChartValues.Svg(Width)).Append(' ').Append(ChartValues.Svg(height))
            .Append("\" aria-label=\"").Append(Svg.Escape(title)).Append("\">");
        Svg.Text(svg, 0, 18, title, "class=\"title\"");
        for (int i = 0; i < labels.Count; i++)
        {
            double y = Top + (i * RowHeight);
            double length = values[i] is double v ? plot * v / max : 0;
            Svg.Text(svg, Left - 6, y + 15, Shorten(labels[i]), "class=\"label\" text-anchor=\"end\"");
            svg.Append("<rect class=\"bar").Append(values[i] is null ? " na" : string.Empty).Append("\" x=\"").Append(ChartValues.Svg(Left))
                .Append("\" y=\"").Append(ChartValues.Svg(y + 3)).Append("\" width=\"").Append(ChartValues.Svg(length))
                .Append("\" height=\"").Append(ChartValues.Svg(RowHeight - 6)).Append("\" fill=\"").Append(Svg.Palette[0]).Append("\"><title>")
                .Append(Svg.Escape(labels[i] + ": " + printed[i])).Append("</title></rect>");
            Svg.Text(svg, Left + length + 4, y + 15, printed[i], "class=\"value\"");
        }
        if (totalValue is double line)
        {
            double x = Left + (plot * line / max);
            double bottom = Top + (labels.Count * RowHeight);
            svg.Append("<line class=\"total\" x1=\"").Append(ChartValues.Svg(x)).Append("\" x2=\"").Append(ChartValues.Svg(x)).Append("\" y1=\"")
                .Append(ChartValues.Svg(Top - 4)).Append("\" y2=\"").Append(ChartValues.Svg(bottom)).Append("\" stroke=\"").Append(Svg.Palette[5])
                .Append("\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>");
            Svg.Text(svg, x, bottom + 16, totalLabel + " " + total, "class=\"total-label\" text-anchor=\"middle\"");
        }
        return svg.Append("</svg>").ToString();
    }

    /// <summary>A label that fits the left margin: at most 10 wide characters.</summary>
    private static string Shorten(string label) => TextWidth.Of(label) <= 20 ? label : label[..Math.Min(label.Length, 9)] + "…";
}
