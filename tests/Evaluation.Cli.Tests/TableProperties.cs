using System.IO;
using System.Linq;
using Evaluation.Cli.Rendering;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Evaluation.Cli.Tests;

/// <summary>A table of many rows, its lines made a block of rows at a time on several processors, is written as one block would write it.</summary>
public class TableProperties
{
    private static readonly Gen<string> Cells = Gen.Elements("1", "12,345", "龙亭区", "-", "/", "99.99%", "a \"quoted\" cell", "", "+3", "Total");

    [Property(MaxTest = 200)]
    public Property Lines_made_in_blocks_are_the_lines_of_one_block() =>
        Prop.ForAll(
            Cells.ArrayOf(3).ArrayOf().ToArbitrary(),
            Gen.Choose(1, 5).ToArbitrary(),
            Gen.Elements(OutputFormat.Table, OutputFormat.Markdown, OutputFormat.Csv).ToArbitrary(),
            (rows, blockRows, format) =>
            {
                var whole = new Table("标题", ["序号", "单位", "评价数量"], rows, "Note") { BlockRows = int.MaxValue / 2 };
                return (Text(whole with { BlockRows = blockRows }, format) == Text(whole, format))
                    .Label($"{rows.Length} rows in blocks of {blockRows} as {format}");
            });

    private static string Text(Table table, OutputFormat format)
    {
        using var writer = new StringWriter();
        table.WriteTo(writer, format);
        return writer.ToString();
    }
}
