using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Evaluation.IO;
using Evaluation.IO.Columnar;
using Evaluation.IO.Csv;
using Evaluation.Npgsql.Loading;
using Evaluation.Reporting;
using Npgsql;
using NpgsqlTypes;

namespace Evaluation.Npgsql.Reading;

/// <summary>
/// Reads the tables of <see cref="EvaluationSchema"/> as a report's input (读取): cases and ratings with binary
/// <c>COPY ... TO STDOUT</c> straight into the columnar tables a directory's large files are read into (each row
/// decoded into the format's text and read by the same rules, so the report of a loaded directory is the report of the
/// directory), the other kinds through the format's CSV.
/// </summary>
public static class DatabaseSource
{
    private static readonly (CsvFileKind Kind, string Table)[] Kinds =
    [
        (CsvFileKind.Units, "units"), (CsvFileKind.Departments, "departments"), (CsvFileKind.Windows, "windows"), (CsvFileKind.Matters, "matters"),
        (CsvFileKind.Cases, "cases"), (CsvFileKind.Ratings, "ratings"), (CsvFileKind.Appeals, "appeals"),
        (CsvFileKind.Rectifications, "rectifications"), (CsvFileKind.FollowUps, "follow_ups"),
    ];

    /// <summary>
    /// Reads every table into a report's input: the cases and the ratings with binary <c>COPY ... TO STDOUT</c>, two
    /// connections at once, straight into the columnar tables a directory's large files are read into; the catalogue
    /// and the other, smaller kinds through the format's CSV.
    /// </summary>
    /// <param name="dataSource">The database.</param>
    /// <param name="progress">Receives a line per table read, or null.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The input, as <see cref="ReportInput.ReadDirectory"/> would give for the tables written as files.</returns>
    public static Task<ReportInput> ReadAsync(NpgsqlDataSource dataSource, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        return ReadAsync(dataSource, null, progress, cancellationToken);
    }

    /// <summary>
    /// Prepares the report of the records in the database under some options (报表), reading only the cases and ratings
    /// the options' date range needs when it has one (the range pushed down to the server): the same report, figure for
    /// figure, as <see cref="ReportPipeline.Prepare"/> of everything read with <see cref="ReadAsync(NpgsqlDataSource, IProgress{string}?, CancellationToken)"/>.
    /// </summary>
    /// <remarks>
    /// With a range, the ratings of the range are read, with the cases completed in it (or early enough for a default
    /// rating's window to close in it), every case those ratings, the appeals, the rectifications and the follow-ups name,
    /// and every rating of those cases, so that each rule sees all it needs; the upper end is pushed down only with an
    /// as-of instant given (otherwise the as-of instant is the latest of all the records). The report's
    /// <see cref="PreparedReport.Read"/>, accepted and rejected counts, rejects and record lists are then those of the rows
    /// read. When the rows read cannot settle the as-of instant or the provisional years alone (no accepted record from the
    /// range's start on; a provisional year before the earliest), everything is read and the report prepared again.
    /// </remarks>
    /// <param name="dataSource">The database.</param>
    /// <param name="options">The policy, calendar, range and as-of instant.</param>
    /// <param name="progress">Receives a line per table read and per stage, or null.</param>
    /// <param name="cancellationToken">Cancels the reading and the preparation.</param>
    /// <returns>The report, ready for rows by any grouping.</returns>
    /// <exception cref="InvalidDataException">A table could not be read as its file of the format.</exception>
    public static async Task<PreparedReport> PrepareAsync(
        NpgsqlDataSource dataSource, ReportOptions options, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(options);
        IProgress<ReportProgress>? stages = progress as IProgress<ReportProgress> ?? (progress is null ? null : new StageLines(progress));
        if (DateSlice.For(options) is DateSlice slice)
        {
            progress?.Report($"reading the part of the range: {slice.Description}");
            PreparedReport part = ReportPipeline.Prepare(Checked(await ReadAsync(dataSource, slice, progress, cancellationToken).ConfigureAwait(false)), options, stages, cancellationToken);
            if (slice.IsExact(part, options))
            {
                return part;
            }
            progress?.Report("the part cannot settle the as-of instant or the provisional years alone: reading everything");
        }
        return ReportPipeline.Prepare(Checked(await ReadAsync(dataSource, null, progress, cancellationToken).ConfigureAwait(false)), options, stages, cancellationToken);
    }

    /// <summary>Each stage of a preparation as a progress line, told at once on the preparing thread.</summary>
    private sealed class StageLines(IProgress<string> lines) : IProgress<ReportProgress>
    {
        public void Report(ReportProgress value) => lines.Report(value.Description);
    }

    /// <summary>The input, unless a table could not be read as its file.</summary>
    private static ReportInput Checked(ReportInput input) =>
        input.FileErrors.Count == 0 ? input : throw new InvalidDataException(string.Join(Environment.NewLine, input.FileErrors));

    private static async Task<ReportInput> ReadAsync(NpgsqlDataSource dataSource, DateSlice? slice, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        string directory = Path.Combine(Path.GetTempPath(), "evaluation-database-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            await ExportAsync(dataSource, directory, Kinds.Where(k => k.Kind is not (CsvFileKind.Cases or CsvFileKind.Ratings)), progress, cancellationToken).ConfigureAwait(false);
            var cases = new CaseTable();
            var ratings = new RatingTable();
            DirectoryContents others = await Task.Run(
                () => DataDirectory.Read(directory, progress is null ? null : progress.Report, (_, _, done, onCaseReject, onRatingReject) =>
                {
                    CsvFileSummary? casesRead = null, ratingsRead = null;
                    Parallel.Invoke(
                        () =>
                        {
                            casesRead = Copy(dataSource, "cases", slice is null ? null : slice.Cases, CsvFileKind.Cases, rows => cases.Read(rows, CsvSchema.FileName(CsvFileKind.Cases), onCaseReject), cancellationToken);
                            done(casesRead);
                            cases.Numbers.Prepare();
                        },
                        () => ratingsRead = Copy(dataSource, "ratings", slice is null ? null : slice.Ratings, CsvFileKind.Ratings, rows => ratings.Read(rows, CsvSchema.FileName(CsvFileKind.Ratings), onRatingReject), cancellationToken));
                    done(ratingsRead!);
                    return (casesRead, ratingsRead);
                }),
                cancellationToken).ConfigureAwait(false);
            return ReportInput.FromTables(new ColumnarDirectory(others, cases, ratings), null);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>
    /// Copies a table's rows, all or those the query <paramref name="part"/> makes of the columns selects, out in
    /// PostgreSQL's binary format into <paramref name="read"/>, on a connection of its own.
    /// </summary>
    private static CsvFileSummary Copy(
        NpgsqlDataSource dataSource, string table, Func<string, string>? part, CsvFileKind kind, Func<IDecodedRows, CsvFileSummary> read, CancellationToken cancellationToken)
    {
        string[] columns = [.. CsvSchema.RequiredColumns(kind), .. CsvSchema.OptionalColumns(kind)];
        BinaryCopyRows.FieldKind[] kinds = [.. columns.Select(column => KindOf(Tables.Types[table][column]))];
        using NpgsqlConnection connection = dataSource.OpenConnection();
        long expected = 0;
        if (part is null)
        {
            // The whole table: its size as the server last counted it, so that the columns are made once.
            using var estimate = new NpgsqlCommand($"SELECT greatest(reltuples, 0)::bigint FROM pg_class WHERE oid = '{table}'::regclass", connection);
            expected = (long)estimate.ExecuteScalar()!;
        }
        string selected = string.Join(", ", columns);
        // A whole table is copied as a table (its columns named), which spares the server a query's executor per row.
        string source = part is null ? $"{table} ({selected})" : $"({part(selected)})";
        using NpgsqlRawCopyStream stream = connection.BeginRawBinaryCopy($"COPY {source} TO STDOUT (FORMAT binary)");
        using CancellationTokenRegistration cancel = cancellationToken.Register(stream.Cancel);
        CsvFileSummary summary = read(new BinaryCopyRows(stream, columns, kinds, expected));
        cancellationToken.ThrowIfCancellationRequested();
        return summary;
    }

    private static BinaryCopyRows.FieldKind KindOf(NpgsqlDbType type) => type switch
    {
        NpgsqlDbType.TimestampTz => BinaryCopyRows.FieldKind.Instant,
        NpgsqlDbType.Boolean => BinaryCopyRows.FieldKind.Flag,
        NpgsqlDbType.Smallint => BinaryCopyRows.FieldKind.Integer,
        _ => BinaryCopyRows.FieldKind.Text,
    };

    /// <summary>Writes every table as the CSV file of its kind into a directory (the interchange format).</summary>
    /// <param name="dataSource">The database.</param>
    /// <param name="directory">The directory to write the files into; it must exist.</param>
    /// <param name="progress">Receives a line per table written, or null.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>A task that completes when every table is written.</returns>
    public static Task ExportAsync(NpgsqlDataSource dataSource, string directory, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(directory);
        return ExportAsync(dataSource, directory, Kinds, progress, cancellationToken);
    }

    private static async Task ExportAsync(
        NpgsqlDataSource dataSource, string directory, IEnumerable<(CsvFileKind Kind, string Table)> kinds, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        await using NpgsqlConnection connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        foreach ((CsvFileKind kind, string table) in kinds)
        {
            string[] columns = [.. CsvSchema.RequiredColumns(kind), .. CsvSchema.OptionalColumns(kind)];
            string select = string.Join(", ", columns.Select(c =>
                Tables.Types[table][c] switch
                {
                    NpgsqlDbType.TimestampTz => $"{InstantText(c)} AS {c}",
                    NpgsqlDbType.Boolean => $"CASE WHEN {c} THEN 'true' WHEN NOT {c} THEN 'false' END AS {c}",
                    _ => c,
                }));
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
