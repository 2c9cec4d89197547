using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Evaluation.Workbooks.Writing;

namespace Evaluation.Cli.Rendering.Html;

/// <summary>
/// Lines over the periods, one per series with a point (<c>circle.point</c>) at each period that has a value, and a
/// legend; the y axis starts at zero.
/// </summary>
internal static class LineChart
{
    private const double Width = 640, Left = 56, Right = 16, Top = 34, PlotHeight = 200;

    internal static string Draw(string title, IReadOnlyList<string> periods, IReadOnlyList<(string Name, double?[] Values)> series, ColumnKind kind)
    {
        double max = series.SelectMany(s => s.Values).Max(v => v ?? 0);
        max = max <= 0 ? 1 : max;
        double plot = Width - Left - Right;
        double step = periods.Count > 1 ? plot / (periods.Count - 1) : 0;
        double legendTop = Top + PlotHeight + 40;
        double height = legendTop + (series.Count * 18) + 8;
        double X(int i) => Left + (periods.Count > 1 ? i * step : plot / 2);
        double Y(double v) => Top + PlotHeight - (PlotHeight * v / max);
        var svg = new StringBuilder();
        svg.Append("<svg class=\"chart lines\" role=\"img\" viewBox=\"0 0 ").Append(ChartValues.Svg(Width)).Append(' ').Append(ChartValues.Svg(height))
            .Append("\" aria-label=\"").Append(Svg.Escape(title)).Append("\">");
        Svg.Text(svg, 0, 18, title, "class=\"title\"");
        foreach (double tick in new[] { 0, max / 2, max })
        {
            svg.Append("<line class=\"grid\" x1=\"").Append(ChartValues.Svg(Left)).Append("\" x2=\"").Append(ChartValues.Svg(Width - Right))
                .Append("\" y1=\"").Append(ChartValues.Svg(Y(tick))).Append("\" y2=\"").Append(ChartValues.Svg(Y(tick))).Append("\"/>");
            Svg.Text(svg, Left - 4, Y(tick) + 4, ChartValues.Axis(tick, kind), "class=\"axis\" text-anchor=\"end\"");
        }
        int labelEvery = Math.Max(1, (int)Math.Ceiling(periods.Count / 8.0));
        for (int i = 0; i < periods.Count; i += labelEvery)
        {
            Svg.Text(svg, X(i), Top + PlotHeight + 18, periods[i], "class=\"axis\" text-anchor=\"middle\"");
        }
        for (int s = 0; s < series.Count; s++)
        {
            string colour = Svg.Palette[s % Svg.Palette.Length];
            string points = string.Join(' ', Enumerable.Range(0, periods.Count).Where(i => series[s].Values[i] is not null)
                .Select(i => ChartValues.Svg(X(i)) + "," + ChartValues.Svg(Y(series[s].Values[i]!.Value))));
            svg.Append("<polyline class=\"series\" fill=\"none\" stroke=\"").Append(colour).Append("\" stroke-width=\"2\" points=\"").Append(points).Append("\"/>");
            for (int i = 0; i < periods.Count; i++)
            {
                if (series[s].Values[i] is double v)
                {
                    svg.Append("<circle class=\"point\" r=\"3\" cx=\"").Append(ChartValues.Svg(X(i))).Append("\" cy=\"").Append(ChartValues.Svg(Y(v)))
                        .Append("\" fill=\"").Append(colour).Append("\"><title>").Append(Svg.Escape(series[s].Name + " " + periods[i] + ": " + ChartValues.Axis(v, kind)))
                        .Append("</title></circle>");
                }
            }
            double ly = legendTop + (s * 18);
            svg.Append("<rect class=\"legend\" x=\"").Append(ChartValues.Svg(Left)).Append("\" y=\"").Append(ChartValues.Svg(ly - 10)).Append("\" width=\"12\" height=\"12\" fill=\"")
                .Append(colour).Append("\"/>");
            Svg.Text(svg, Left + 18, ly, series[s].Name, "class=\"label\"");
        }
        return svg.Append("</svg>").ToString();
    }
}
