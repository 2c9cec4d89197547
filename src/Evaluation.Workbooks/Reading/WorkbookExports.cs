using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Evaluation.IO.Csv;
using Evaluation.Workbooks.Writing;

namespace Evaluation.Workbooks.Reading;

/// <summary>
/// A data directory whose exports are Excel workbooks (<c>ratings.xlsx</c>, <c>cases.xlsx</c>, ...) instead of CSV
/// files, made readable by the CSV reader: the first sheet of each workbook is written, cell by cell, as the CSV file
/// of the same kind in a directory of its own, beside the directory's CSV files (linked, not copied). Rows read and
/// rejected there are then named by where they are in the workbook: <see cref="Locate"/>.
/// </summary>
/// <remarks>
/// On the first sheet, the first row with any cell holds the column names, as a CSV file's header does; rows without a
/// cell are skipped. Cells typed as text, numbers, true/false and dates are all read: a date or time (a number in a date
/// format) is the instant it shows in China Standard Time (UTC+8), since a sheet holds no zone. A kind given both as a
/// workbook and as a CSV file is refused (<see cref="Problems"/>): one of them would be left unread. Dispose to delete
/// the converted files.
/// </remarks>
public sealed class WorkbookExports : IDisposable
{
    private readonly Dictionary<string, (string Workbook, SheetToCsv.Origin Origin)> converted;

    private WorkbookExports(string csvDirectory, Dictionary<string, (string, SheetToCsv.Origin)> converted, IReadOnlyList<string> problems) =>
        (CsvDirectory, this.converted, Problems) = (csvDirectory, converted, problems);

    /// <summary>The directory to read: the converted workbooks and the source directory's CSV files.</summary>
    public string CsvDirectory { get; }

    /// <summary>Why a file could not be used (a kind given twice, a workbook that cannot be opened); empty when none.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>The file names of the format's workbooks: <c>cases.xlsx</c>, <c>ratings.xlsx</c>, ...</summary>
    public static IEnumerable<string> WorkbookNames => Enum.GetValues<CsvFileKind>().Select(kind => WorkbookName(CsvSchema.FileName(kind)));

    /// <summary>Whether a directory holds any of the format's workbooks.</summary>
    /// <param name="directory">The directory.</param>
    /// <returns>True when one of <see cref="WorkbookNames"/> is in it.</returns>
    public static bool HasWorkbooks(string directory) => WorkbookNames.Any(name => File.Exists(Path.Combine(directory, name)));

    /// <summary>Converts the workbooks of a directory and links its CSV files beside them, in a new temporary directory.</summary>
    /// <param name="directory">The data directory.</param>
    /// <param name="progress">Receives a line per workbook converted, or null.</param>
    /// <returns>The converted directory; see <see cref="Problems"/> for files that could not be used.</returns>
    public static WorkbookExports Convert(string directory, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        string target = Path.Combine(Path.GetTempPath(), "evaluation-workbooks-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(target);
        var converted = new Dictionary<string, (string, SheetToCsv.Origin)>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (CsvFileKind kind in Enum.GetValues<CsvFileKind>())
        {
            string csv = CsvSchema.FileName(kind);
            string workbook = WorkbookName(csv);
            string csvPath = Path.Combine(directory, csv), workbookPath = Path.Combine(directory, workbook);
            bool hasCsv = File.Exists(csvPath), hasWorkbook = File.Exists(workbookPath);
            if (hasCsv && hasWorkbook)
            {
                problems.Add($"{workbook}: the directory also holds {csv}; give each kind of record once, as a workbook or as a CSV file.");
            }
            else if (hasWorkbook)
            {
                progress?.Report($"converting {workbook}");
                try
                {
                    converted[csv] = (workbook, SheetToCsv.Convert(workbookPath, Path.Combine(target, csv)));
                }
                catch (Exception e) when (IsDamage(e))
                {
                    File.Delete(Path.Combine(target, csv));
                    problems.Add($"{workbook}: not a workbook that can be read ({e.Message}).");
                }
            }
            else if (hasCsv)
            {
                Link(csvPath, Path.Combine(target, csv));
            }
        }
        return new WorkbookExports(target, converted, problems);
    }

    /// <summary>The name a file of the CSV reader's output has in the source directory: <c>ratings.xlsx</c> for a converted <c>ratings.csv</c>.</summary>
    /// <param name="csvFile">A CSV file name of the format.</param>
    /// <returns>The workbook's name when it was converted, otherwise <paramref name="csvFile"/>.</returns>
    public string SourceName(string csvFile) => converted.TryGetValue(csvFile, out var source) ? source.Workbook : csvFile;

    /// <summary>A message about the converted directory's files with each converted file called by its workbook's name.</summary>
    /// <param name="message">A message naming files of <see cref="CsvDirectory"/>, such as a file error of the reader.</param>
    /// <returns>The message with <c>ratings.csv</c> read as <c>ratings.xlsx</c> where that was converted.</returns>
    public string InSourceNames(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        foreach ((string csv, (string workbook, _)) in converted)
        {
            message = message.Replace(csv, workbook, StringComparison.Ordinal);
        }
        return message;
    }

    /// <summary>
    /// A reject of the converted directory, named by where it is in its workbook: the workbook's file, the sheet row as
    /// its line, and as its column the field with its cell (<c>level (Sheet1!H12)</c>), or the whole row
    /// (<c>Sheet1!12:12</c>). A reject of a CSV file is returned as it is.
    /// </summary>
    /// <param name="reject">A reject of a file in <see cref="CsvDirectory"/>.</param>
    /// <returns>The reject, located.</returns>
    public CsvReject Locate(CsvReject reject)
    {
        ArgumentNullException.ThrowIfNull(reject);
        if (!converted.TryGetValue(reject.File, out var source))
        {
            return reject;
        }
        (string workbook, SheetToCsv.Origin origin) = source;
        long row = reject.Line >= 1 && reject.Line <= origin.Rows.Count ? origin.Rows[(int)reject.Line - 1] : reject.Line;
        string sheet = QuotedSheet(origin.Sheet);
        string rowText = row.ToString(CultureInfo.InvariantCulture);
        int column = reject.Column is null ? -1 : IndexOf(origin.Header, reject.Column is "id" ? KeyColumn(reject.File) : reject.Column);
        string where = column < 0
            ? (reject.Column is null ? string.Empty : reject.Column + " ") + $"({sheet}!{rowText}:{rowText})"
            : $"{reject.Column} ({sheet}!{WorkbookWriter.ColumnName(column)}{rowText})";
        return reject with { File = workbook, Line = row, Column = where };
    }

    /// <summary>Deletes the converted files.</summary>
    public void Dispose()
    {
        if (Directory.Exists(CsvDirectory))
        {
            Directory.Delete(CsvDirectory, recursive: true);
        }
    }

    /// <summary>
    /// Whether an exception from opening or reading a workbook says the file is damaged or not a workbook: whatever the
    /// zip, packaging and XML readers throw for bytes they cannot make sense of (damaged parts and relationships surface as
    /// invalid operations and arguments), but never a failure of the process itself.
    /// </summary>
    private static bool IsDamage(Exception e) =>
        e is InvalidDataException or IOException or FileFormatException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException
            or System.Xml.XmlException or InvalidOperationException or ArgumentException or FormatException or NotSupportedException
            or KeyNotFoundException or OverflowException or InvalidCastException;

    /// <summary>The column holding a file's identifier, which a duplicate's problem calls <c>id</c>: the first the format requires.</summary>
    private static string KeyColumn(string csvFile) =>
        Enum.GetValues<CsvFileKind>().Where(kind => CsvSchema.FileName(kind) == csvFile).Select(kind => CsvSchema.RequiredColumns(kind)[0]).FirstOrDefault("id");

    private static string WorkbookName(string csvFile) => Path.ChangeExtension(csvFile, ".xlsx");

    private static int IndexOf(IReadOnlyList<string> header, string column)
    {
        for (int i = 0; i < header.Count; i++)
        {
            if (string.Equals(header[i], column, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>A sheet's name as a reference writes it: quoted when it holds anything but letters, digits and underscores.</summary>
    private static string QuotedSheet(string name) =>
        name.All(c => char.IsLetterOrDigit(c) || c == '_') ? name : "'" + name.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>Links a CSV file into the converted directory, or copies it where links cannot be made.</summary>
    private static void Link(string source, string target)
    {
        try
        {
            File.CreateSymbolicLink(target, Path.GetFullPath(source));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            File.Copy(source, target);
        }
    }
}
