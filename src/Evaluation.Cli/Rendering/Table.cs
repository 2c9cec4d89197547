using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Evaluation.Cli.Rendering;

/// <summary>A report table: title, headings and rows of text cells, rendered as an aligned console table, Markdown or CSV.</summary>
internal sealed record Table(string Title, IReadOnlyList<string> Headings, IReadOnlyList<string[]> Rows, string? Note = null)
{
    internal string Render(OutputFormat format) => format switch
    {
        OutputFormat.Markdown => ToMarkdown(),
        OutputFormat.Csv => ToCsv(),
        _ => ToConsoleText(),
    };

    internal string ToConsoleText()
    {
        int[] widths = [.. Headings.Select((h, i) => Rows.Select(r => Width(r[i])).Prepend(Width(h)).Max())];
        var text = new StringBuilder().Append(Title).Append('\n');
        text.Append(Line(Headings, widths)).Append('\n');
        text.Append(string.Join("  ", widths.Select(w => new string('-', w)))).Append('\n');
        foreach (string[] row in Rows)
        {
            text.Append(Line(row, widths)).Append('\n');
        }
        if (Note is not null)
        {
            text.Append(Note).Append('\n');
        }
        return text.Append('\n').ToString();
    }

    internal string ToMarkdown()
    {
        var text = new StringBuilder().Append("### ").Append(Title).Append("\n\n");
        text.Append("| ").Append(string.Join(" | ", Headings)).Append(" |\n");
        text.Append('|').Append(string.Concat(Headings.Select(_ => " --- |"))).Append('\n');
        foreach (string[] row in Rows)
        {
            text.Append("| ").Append(string.Join(" | ", row)).Append(" |\n");
        }
        if (Note is not null)
        {
            text.Append('\n').Append(Note).Append('\n');
        }
        return text.Append('\n').ToString();
    }

    internal string ToCsv()
    {
        var text = new StringBuilder();
        text.Append(string.Join(",", Headings.Select(Quote))).Append('\n');
        foreach (string[] row in Rows)
        {
            text.Append(string.Join(",", row.Select(Quote))).Append('\n');
        }
        return text.ToString();
    }

    private static string Quote(string cell) => cell.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", System.StringComparison.Ordinal) + "\"" : cell;

    private static string Line(IReadOnlyList<string> cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => IsNumeric(c) ? new string(' ', widths[i] - Width(c)) + c : c + new string(' ', widths[i] - Width(c)))).TrimEnd();

    private static bool IsNumeric(string cell) => cell.Length > 0 && (char.IsAsciiDigit(cell[0]) || cell is "/" || cell[0] is '+' or '-');

    /// <summary>Display width: East Asian wide characters take two columns.</summary>
    private static int Width(string text)
    {
        int width = 0;
        foreach (Rune rune in text.EnumerateRunes())
        {
            width += rune.Value is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 or 0x201C or 0x201D ? 2 : 1;
        }
        return width;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Title} ({Rows.Count} rows)");
}
