using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Evaluation.Cli;

/// <summary>A report table: title, headings and rows of text cells, rendered as an aligned console table or Markdown.</summary>
internal sealed record Table(string Title, IReadOnlyList<string> Headings, IReadOnlyList<string[]> Rows)
{
    internal string ToConsoleText()
    {
        int[] widths = [.. Headings.Select((h, i) => Rows.Select(r => Width(r[i])).Prepend(Width(h)).Max())];
        var text = new StringBuilder().AppendLine(Title);
        text.AppendLine(Line(Headings, widths));
        text.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (string[] row in Rows)
        {
            text.AppendLine(Line(row, widths));
        }
        return text.ToString();
    }

    internal string ToMarkdown()
    {
        var text = new StringBuilder().Append("### ").AppendLine(Title).AppendLine();
        text.Append("| ").Append(string.Join(" | ", Headings)).AppendLine(" |");
        text.Append('|').Append(string.Concat(Headings.Select(_ => " --- |"))).AppendLine();
        foreach (string[] row in Rows)
        {
            text.Append("| ").Append(string.Join(" | ", row)).AppendLine(" |");
        }
        return text.ToString();
    }

    private static string Line(IReadOnlyList<string> cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => i < 2 ? c + new string(' ', widths[i] - Width(c)) : new string(' ', widths[i] - Width(c)) + c)).TrimEnd();

    /// <summary>Display width: East Asian wide characters take two columns.</summary>
    private static int Width(string text)
    {
        int width = 0;
        foreach (Rune rune in text.EnumerateRunes())
        {
            width += rune.Value is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 ? 2 : 1;
        }
        return width;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Title} ({Rows.Count} rows)");
}
