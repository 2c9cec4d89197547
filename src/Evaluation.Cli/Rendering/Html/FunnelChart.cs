using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Evaluation.Core.Metrics;

namespace Evaluation.Cli.Rendering.Html;

/// <summary>The rectification funnel: bad ratings, those rectified, those rectified on time, as centred bars (<c>rect.stage</c>) with their counts and shares of the first.</summary>
internal static class FunnelChart
{
    private const double Width = 640, Top = 34, StageHeight = 40;

    internal static string Draw(string title, IReadOnlyList<(string Label, long Count)> stages)
    {
        long first = stages.Count > 0 ? stages[0].Count : 0;
        var svg = new StringBuilder();
        svg.Append("<svg class=\"chart funnel\" role=\"img\" viewBox=\"0 0 ").Append(ChartValues.Svg(Width)).Append(' ')
            .Append(ChartValues.Svg(Top + (stages.Count * (StageHeight + 8)) + 8)).Append("\" aria-label=\"").Append(Svg.Escape(title)).Append("\">");
        Svg.Text(svg, 0, 18, title, "class=\"title\"");
        for (int i = 0; i < stages.Count; i++)
        {
            double share = first == 0 ? 0 : (double)stages[i].Count / first;
            double w = 80 + ((Width - 200) * share);
            double y = Top + (i * (StageHeight + 8));
            svg.Append("<rect class=\"stage\" x=\"").Append(ChartValues.Svg((Width - w) / 2)).Append("\" y=\"").Append(ChartValues.Svg(y))
                .Append("\" width=\"").Append(ChartValues.Svg(w)).Append("\" height=\"").Append(ChartValues.Svg(StageHeight))
                .Append("\" fill=\"").Append(Svg.Palette[i % Svg.Palette.Length]).Append("\"/>");
            string text = stages[i].Label + " " + stages[i].Count.ToString(CultureInfo.InvariantCulture)
                + (i == 0 || first == 0 ? string.Empty : " (" + new Rate(stages[i].Count, first).Format(2) + ")");
            Svg.Text(svg, Width / 2, y + 25, text, "class=\"stage-label\" text-anchor=\"middle\"");
        }
        return svg.Append("</svg>").ToString();
    }
}
