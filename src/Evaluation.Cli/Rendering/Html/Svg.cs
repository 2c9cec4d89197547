using System;
using System.Buffers;
using System.Net;
using System.Text;

namespace Evaluation.Cli.Rendering.Html;

/// <summary>Small helpers that write SVG and HTML text, escaped.</summary>
internal static class Svg
{
    /// <summary>The series colours, distinguishable in print and by most colour-blind readers (Okabe and Ito's palette).</summary>
    internal static readonly string[] Palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];

    internal static string Escape(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Appends text as <see cref="Escape(string)"/> escapes it, making no string when nothing needs escaping.</summary>
    internal static void Escape(ReadOnlySpan<char> text, StringBuilder to)
    {
        if (text.IndexOfAny(Escaped) < 0)
        {
            to.Append(text);
            return;
        }
        to.Append(WebUtility.HtmlEncode(text.ToString()));
    }

    /// <summary>What <see cref="WebUtility.HtmlEncode(string)"/> changes: markup, quotes, U+00A0 to U+00FF, and surrogates.</summary>
    private static readonly SearchValues<char> Escaped = SearchValues.Create(EscapedCharacters());

    private static string EscapedCharacters()
    {
        var escaped = new StringBuilder("<>&\"'");
        for (int c = 0xA0; c <= 0xFF; c++)
        {
            escaped.Append((char)c);
        }
        for (int c = 0xD800; c <= 0xDFFF; c++)
        {
            escaped.Append((char)c);
        }
        return escaped.ToString();
    }

    internal static void Text(StringBuilder svg, double x, double y, string text, string attributes = "") =>
        svg.Append("<text x=\"").Append(ChartValues.Svg(x)).Append("\" y=\"").Append(ChartValues.Svg(y)).Append('"')
            .Append(attributes.Length == 0 ? string.Empty : " " + attributes).Append('>').Append(Escape(text)).Append("</text>");
}
