using System.Collections.Generic;
using System.IO;
using System.Linq;
using Evaluation.Workbooks.Writing;

namespace Evaluation.Cli.Rendering.Html;

/// <summary>
/// One self-contained HTML page (no script, no font, no request beyond the file): each table, with the charts that fit
/// it beside it (<see cref="TableCharts"/>), and the rectification funnel. Readable on a phone's width (tables scroll
/// sideways, charts scale) and printed (charts are not split across pages).
/// </summary>
internal static class HtmlPage
{
    private const string Style = """
        :root { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: #1a1a1a; }
        body { margin: 24px auto; max-width: 1100px; padding: 0 16px; }
        h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
        .table-wrap { overflow-x: auto; }
        table { border-collapse: collapse; font-size: 0.9rem; }
        th, td { border: 1px solid #b7c4d1; padding: 4px 8px; white-space: nowrap; }
        th { background: #ddebf7; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        tr.total td { font-weight: bold; }
        p.note { color: #595959; font-size: 0.85rem; }
        .charts { display: flex; flex-wrap: wrap; gap: 16px; margin-top: 12px; }
        figure { margin: 0; flex: 1 1 480px; max-width: 640px; }
        svg.chart { width: 100%; height: auto; font-size: 12px; }
        svg .title { font-size: 14px; font-weight: bold; }
        svg .grid { stroke: #e0e0e0; }
        svg .stage-label { fill: #ffffff; font-weight: bold; paint-order: stroke; stroke: #00000055; stroke-width: 2px; }
        @media (max-width: 600px) { body { padding: 0 8px; } th, td { padding: 2px 4px; } }
        @media print { body { max-width: none; } figure, svg.chart { break-inside: avoid; } .table-wrap { overflow: visible; } }
        """;

    /// <summary>Writes the page: a title, each table with its charts, then the funnel when one is given.</summary>
    internal static void Write(TextWriter writer, string title, IReadOnlyList<Table> tables, string? funnel, Language language)
    {
        writer.Write("<!DOCTYPE html>\n<html lang=\"");
        writer.Write(language == Language.En ? "en" : "zh-CN");
        writer.Write("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        writer.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n<title>");
        writer.Write(Svg.Escape(title));
        writer.Write("</title>\n<style>\n");
        writer.Write(Style);
        writer.Write("\n</style>\n</head>\n<body>\n<h1>");
        writer.Write(Svg.Escape(title));
        writer.Write("</h1>\n");
        foreach (Table table in tables)
        {
            WriteTable(writer, table, language);
        }
        if (funnel is not null)
        {
            writer.Write("<section>\n<div class=\"charts\"><figure>");
            writer.Write(funnel);
            writer.Write("</figure></div>\n</section>\n");
        }
        writer.Write("</body>\n</html>\n");
    }

    private static void WriteTable(TextWriter writer, Table table, Language language)
    {
        writer.Write("<section>\n<h2>");
        writer.Write(Svg.Escape(table.Title));
        writer.Write("</h2>\n<div class=\"table-wrap\"><table>\n<thead><tr>");
        foreach (string heading in table.Headings)
        {
            writer.Write("<th>");
            writer.Write(Svg.Escape(heading));
            writer.Write("</th>");
        }
        writer.Write("</tr></thead>\n<tbody>\n");
        // The body's rows are made and written on every processor, a block at a time, as the text formats' are.
        table.WriteLines(writer, (r, cells, line) =>
        {
            line.Append(table.EndsWithTotal && r == table.Rows.Count - 1 ? "<tr class=\"total\">" : "<tr>");
            for (int c = 0; c < cells.Count; c++)
            {
                ColumnKind kind = c < table.Kinds.Count ? table.Kinds[c] : ColumnKind.Text;
                line.Append(kind == ColumnKind.Text ? "<td>" : "<td class=\"num\">");
                Svg.Escape(cells[c], line);
                line.Append("</td>");
            }
            line.Append("</tr>");
        });
        writer.Write("</tbody>\n</table></div>\n");
        if (table.Note is string note)
        {
            writer.Write("<p class=\"note\">");
            writer.Write(Svg.Escape(note));
            writer.Write("</p>\n");
        }
        TableFigures figures = TableCharts.Of(table, language);
        if (figures.Charts.Count > 0)
        {
            writer.Write("<div class=\"charts\">");
            foreach (string chart in figures.Charts)
            {
                writer.Write("<figure>");
                writer.Write(chart);
                writer.Write("</figure>");
            }
            writer.Write("</div>\n");
        }
        else if (figures.Omitted is string why)
        {
            writer.Write("<p class=\"note\">");
            writer.Write(Svg.Escape(why));
            writer.Write("</p>\n");
        }
        writer.Write("</section>\n");
    }
}
