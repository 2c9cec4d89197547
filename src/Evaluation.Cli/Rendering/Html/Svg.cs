using System.Net;
using System.Text;

namespace Evaluation.Cli.Rendering.Html;

/// <summary>Small helpers that write SVG and HTML text, escaped.</summary>
internal static class Svg
{
    /// <summary>The series colours, distinguishable in print and by most colour-blind readers (Okabe and Ito's palette).</summary>
    internal static readonly string[] Palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];

    internal static string Escape(string text) => WebUtility.HtmlEncode(text);

    internal static void Text(StringBuilder svg, double x, double y, string text, string attributes = "") =>
        svg.Append("<text x=\"").Append(ChartValues.Svg(x)).Append("\" y=\"").Append(ChartValues.Svg(y)).Append('"')
            .Append(attributes.Length == 0 ? string.Empty : " " + attributes).Append('>').Append(Escape(text)).Append("</text>");
}
