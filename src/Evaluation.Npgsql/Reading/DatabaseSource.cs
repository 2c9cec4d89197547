using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Evaluation.IO.Csv;
using Evaluation.Reporting;
using Npgsql;

namespace Evaluation.Npgsql.Reading;

/// <summary>
/// Reads the tables of <see cref="EvaluationSchema"/> as a report's input (读取): each table is streamed out with
/// <c>COPY ... TO STDOUT</c> in the interchange format's CSV (instants in China Standard Time with their offset), into
/// the same columnar reader as a directory's files, so the report of a loaded directory is the report of the directory.
/// </summary>
public static class DatabaseSource
{
    private static readonly (CsvFileKind Kind, string Table)[] Kinds =
    [
        (CsvFileKind.Units, "units"), (CsvFileKind.Departments, "departments"), (CsvFileKind.Windows, "windows"), (CsvFileKind.Matters, "matters"),
        (CsvFileKind.Cases, "cases"), (CsvFileKind.Ratings, "ratings"), (CsvFileKind.Appeals, "appeals"),
        (CsvFileKind.Rectifications, "rectifications"), (CsvFileKind.FollowUps, "follow_ups"),
    ];

    /// <summary>The columns typed <c>timestamptz</c>, written as ISO-8601 instants in China Standard Time.</summary>
    private static readonly HashSet<string> Instants =
        ["accepted_at", "completed_at", "rated_at", "filed_at", "decided_at", "verified_at", "rectified_at", "feedback_at", "visited_at"];

    /// <summary>The columns typed <c>boolean</c>, which <c>COPY</c> would write as <c>t</c> and <c>f</c>.</summary>
    private static readonly HashSet<string> Flags = ["real_name", "satisfied"];

    /// <summary>Reads every table into a report's input.</summary>
    /// <param name="dataSource">The database.</param>
    /// <param name="progress">Receives a line per table read, or null.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The input, as <see cref="ReportInput.ReadDirectory"/> would give for the tables written as files.</returns>
    public static async Task<ReportInput> ReadAsync(NpgsqlDataSource dataSource, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        string directory = Path.Combine(Path.GetTempPath(), "evaluation-database-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            await ExportAsync(dataSource, directory, progress, cancellationToken).ConfigureAwait(false);
            return ReportInput.ReadDirectory(directory, progress);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Writes every table as the CSV file of its kind into a directory (the interchange format).</summary>
    /// <param name="dataSource">The database.</param>
    /// <param name="directory">The directory to write the files into; it must exist.</param>
    /// <param name="progress">Receives a line per table written, or null.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>A task that completes when every table is written.</returns>
    public static async Task ExportAsync(NpgsqlDataSource dataSource, string directory, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(directory);
        await using NpgsqlConnection connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        foreach ((CsvFileKind kind, string table) in Kinds)
        {
            string[] columns = [.. CsvSchema.RequiredColumns(kind), .. CsvSchema.OptionalColumns(kind)];
            string select = string.Join(", ", columns.Select(c =>
                Instants.Contains(c) ? $"{InstantText(c)} AS {c}" : Flags.Contains(c) ? $"CASE WHEN {c} THEN 'true' WHEN NOT {c} THEN 'false' END AS {c}" : c));
            string file = Path.Combine(directory, CsvSchema.FileName(kind));
            using (TextReader text = await connection.BeginTextExportAsync(
                $"COPY (SELECT {select} FROM {table}) TO STDOUT (FORMAT csv, HEADER true)", cancellationToken).ConfigureAwait(false))
            await using (var writer = new StreamWriter(file, false, new UTF8Encoding(false), 1 << 16))
            {
                char[] buffer = new char[1 << 16];
                int read;
                while ((read = await text.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    await writer.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                }
            }
            progress?.Report($"{table}: copied out");
        }
    }

    /// <summary>
    /// A <c>timestamptz</c> column as the format's text: <c>2023-12-05T10:31:00+08:00</c>, with the microseconds when it has
    /// any; empty for NULL.
    /// </summary>
    private static string InstantText(string column) =>
        $"to_char({column} AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD\"T\"HH24:MI:SS') "
        + $"|| CASE WHEN date_trunc('second', {column}) = {column} THEN '' ELSE to_char({column} AT TIME ZONE 'Asia/Shanghai', '.US') END || '+08:00'";
}
