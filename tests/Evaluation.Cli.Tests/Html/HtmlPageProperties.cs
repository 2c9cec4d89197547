using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using Evaluation.Cli.Rendering;
using Evaluation.Cli.Rendering.Html;
using Evaluation.Workbooks.Writing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Evaluation.Cli.Tests.Html;

/// <summary>
/// A page's table body, its rows made and written a block at a time on several processors, against a reference that
/// writes each row of strings in order, every cell escaped by <see cref="WebUtility.HtmlEncode(string)"/>.
/// </summary>
public class HtmlPageProperties
{
    private static readonly Gen<string> Pieces = Gen.Elements(
        "1", "龙亭区", "99.99%", "/", "", "a<b>&", "\"q\"", "it's", "\u00a0", "\u00e9", "\u00ff", "\u0100", "\ud840\udc00", "\ud840", "\udc00", "\u201c好\u201d");

    [Property(MaxTest = 500)]
    public Property Text_is_escaped_as_the_frameworks_html_encoder_escapes_it() =>
        Prop.ForAll(Pieces.ArrayOf().Select(string.Concat).ToArbitrary(), text =>
        {
            var escaped = new StringBuilder();
            Svg.Escape(text, escaped);
            return (escaped.ToString() == WebUtility.HtmlEncode(text)).Label(escaped.ToString());
        });

    [Property(MaxTest = 200)]
    public Property A_tables_body_is_its_rows_in_order_each_cell_escaped() =>
        Prop.ForAll(
            Pieces.ArrayOf(3).ArrayOf().ToArbitrary(),
            Gen.Choose(1, 5).ToArbitrary(),
            Gen.Elements(true, false).ToArbitrary(),
            (rows, blockRows, endsWithTotal) =>
            {
                ColumnKind[] kinds = [ColumnKind.Count, ColumnKind.Text, ColumnKind.Rate];
                var made = new CellRows(rows.Length, (i, line) =>
                {
                    foreach (string cell in rows[i])
                    {
                        line.Add(cell);
                    }
                });
                var table = new Table("标题", ["序号", "单位", "好评率"], made, "注") { Kinds = kinds, BlockRows = blockRows, EndsWithTotal = endsWithTotal };
                var page = new StringWriter();
                HtmlPage.Write(page, "页", [table], null, Language.Zh);
                string expected = "<tbody>\n" + string.Concat(rows.Select((row, r) =>
                    (endsWithTotal && r == rows.Length - 1 ? "<tr class=\"total\">" : "<tr>")
                    + string.Concat(row.Select((cell, c) => (kinds[c] == ColumnKind.Text ? "<td>" : "<td class=\"num\">") + WebUtility.HtmlEncode(cell) + "</td>"))
                    + "</tr>\n")) + "</tbody>";
                return page.ToString().Contains(expected, System.StringComparison.Ordinal).Label($"{rows.Length} rows in blocks of {blockRows}");
            });
}
