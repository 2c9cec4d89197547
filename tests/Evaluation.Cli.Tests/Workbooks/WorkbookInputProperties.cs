using System;
using System.Collections.Generic;
using System.Data;
using System.Globalization;
using System.IO;
using System.Linq;
using Evaluation.Tests.Shared;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MiniExcel = MiniExcelLibs.MiniExcel;
using nietras.SeparatedValues;
using Xunit;

namespace Evaluation.Cli.Tests.Workbooks;

/// <summary>
/// A directory of workbooks is read as the same directory of CSV files: the workbooks are written by another library
/// (MiniExcel) with typed cells (dates, whole numbers, true and false, text), and the report and the rejects must be the
/// same, the rejects named by workbook, sheet, row and column.
/// </summary>
public class WorkbookInputProperties
{
    /// <summary>A CSV cell as a typed workbook cell: an instant in China Standard Time as a date, a whole number as a number, true/false as a boolean.</summary>
    private static object Typed(string cell)
    {
        if (cell.Length == 0)
        {
            return DBNull.Value;
        }
        if (cell.Length == 25 && cell.EndsWith("+08:00", StringComparison.Ordinal)
            && DateTime.TryParseExact(cell[..19], "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime local))
        {
            return local;
        }
        if (cell.Length < 15 && long.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out long n) && n.ToString(CultureInfo.InvariantCulture) == cell)
        {
            return n;
        }
        return cell switch { "true" => true, "false" => false, _ => cell };
    }

    /// <summary>Writes each CSV file of a directory as a workbook of the same name in another, with typed cells.</summary>
    internal static void WriteAsWorkbooks(string csvDirectory, string workbookDirectory)
    {
        Directory.CreateDirectory(workbookDirectory);
        foreach (string csv in Directory.GetFiles(csvDirectory, "*.csv"))
        {
            using SepReader reader = Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromFile(csv);
            var table = new DataTable();
            foreach (string name in reader.Header.ColNames)
            {
                table.Columns.Add(name.TrimStart('\uFEFF'), typeof(object));
            }
            foreach (SepReader.Row row in reader)
            {
                object[] cells = new object[row.ColCount];
                for (int i = 0; i < cells.Length; i++)
                {
                    cells[i] = Typed(row[i].ToString());
                }
                table.Rows.Add(cells);
            }
            MiniExcel.SaveAs(Path.Combine(workbookDirectory, Path.ChangeExtension(Path.GetFileName(csv), ".xlsx")), table, sheetName: "导出数据");
        }
    }

    private static (int Code, string Output, string[][] Rejects) Run(string directory, string rejects, params string[] report)
    {
        CliRunner.Result validate = CliRunner.Run("validate", directory, "--rejects", rejects);
        CliRunner.Result result = CliRunner.Run(["report", directory, .. report]);
        using SepReader reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromFile(rejects);
        string[][] rows = [.. reader.Enumerate(row => new[] { row["file"].ToString(), row["line"].ToString(), row["column"].ToString(), row["code"].ToString() })];
        return (result.Code * 10 + validate.Code, result.Output, rows);
    }

    [Property(MaxTest = 25)]
    public Property A_directory_of_workbooks_gives_the_report_and_rejects_of_the_same_directory_as_CSV()
    {
        Gen<string[][]> files =
            from rows in MessyExports.Files()
            from catalogue in MessyExports.Pick("0", "1")
            from layout in MessyExports.Pick("plain", "crlf-bom-extra")
            select new[] { rows[0], rows[1], rows[2], rows[3], rows[4], [catalogue, layout] };
        return Prop.ForAll(files.ToArbitrary(), parts =>
        {
            using var root = new TemporaryDirectory();
            string csv = Path.Combine(root.Path, "csv"), xlsx = Path.Combine(root.Path, "xlsx");
            Directory.CreateDirectory(csv);
            MessyExports.WriteDirectory(csv, parts);
            WriteAsWorkbooks(csv, xlsx);
            string[] report = ["--by", "unit", "--period", "month", "--format", "json"];
            var fromCsv = Run(csv, Path.Combine(root.Path, "csv-rejects.csv"), report);
            var fromWorkbooks = Run(xlsx, Path.Combine(root.Path, "xlsx-rejects.csv"), report);
            Assert.Equal(fromCsv.Code, fromWorkbooks.Code);
            Assert.Equal(fromCsv.Output, fromWorkbooks.Output);
            // The same rejects for the same reasons, named in the workbooks by sheet, row and cell.
            Assert.Equal(fromCsv.Rejects.Length, fromWorkbooks.Rejects.Length);
            for (int i = 0; i < fromCsv.Rejects.Length; i++)
            {
                string[] a = fromCsv.Rejects[i], b = fromWorkbooks.Rejects[i];
                Assert.Equal(Path.ChangeExtension(a[0], ".xlsx"), b[0]);
                Assert.Equal(a[3], b[3]);
                Assert.Matches(a[2].Length == 0 ? @"^\(导出数据!\d+:\d+\)$" : "^" + a[2] + @" \(导出数据![A-Z]+\d+\)$", b[2]);
            }
            return true;
        });
    }
}
