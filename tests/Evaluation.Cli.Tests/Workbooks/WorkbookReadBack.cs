using System.Collections.Generic;
using System.Data;
using System.IO;
using System.Text;
using ExcelDataReader;

namespace Evaluation.Cli.Tests.Workbooks;

/// <summary>A workbook read back with ExcelDataReader, a library other than the one that wrote it: each sheet's name and its cells with their number formats.</summary>
internal sealed record WorkbookReadBack(IReadOnlyList<WorkbookReadBack.Sheet> Sheets)
{
    internal sealed record Sheet(string Name, IReadOnlyList<IReadOnlyList<Cell>> Rows);

    internal sealed record Cell(object? Value, string? Format);

    static WorkbookReadBack() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    internal static WorkbookReadBack Read(string path)
    {
        using FileStream stream = File.OpenRead(path);
        using IExcelDataReader reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
        var sheets = new List<Sheet>();
        do
        {
            var rows = new List<IReadOnlyList<Cell>>();
            while (reader.Read())
            {
                var cells = new List<Cell>();
                for (int i = 0; i < reader.FieldCount; i++)
                {
                    cells.Add(new Cell(reader.GetValue(i), reader.GetNumberFormatString(i)));
                }
                rows.Add(cells);
            }
            sheets.Add(new Sheet(reader.Name, rows));
        }
        while (reader.NextResult());
        return new WorkbookReadBack(sheets);
    }
}
