using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Evaluation.Core.Calendars;
using Evaluation.Core.Policies;
using Evaluation.IO;
using Evaluation.IO.Csv;
using Evaluation.Reporting;
using Npgsql;

namespace Evaluation.Npgsql.Loading;

/// <summary>
/// Loads a data directory into the tables of <see cref="EvaluationSchema"/> (装载): the directory is validated as
/// <c>validate</c> does, and the accepted records of each file are written with binary <c>COPY</c>, one transaction per
/// file. Loading is idempotent: a record whose key a table already holds is not written again, so loading the same
/// directory twice leaves one copy, and a load interrupted (the process killed, the server restarted) leaves each file
/// either whole or absent, and completes when run again.
/// </summary>
public static class DirectoryLoader
{
    /// <summary>Validates and loads a directory.</summary>
    /// <param name="dataSource">The database.</param>
    /// <param name="input">The directory, read (<see cref="ReportInput.ReadDirectory"/>).</param>
    /// <param name="policy">The policy the records are validated under.</param>
    /// <param name="deadlines">The calendar; China's by default.</param>
    /// <param name="progress">Receives a line per file written, or null.</param>
    /// <param name="cancellationToken">Cancels the load between and within files (a file's transaction is then rolled back).</param>
    /// <returns>What each file came to, and the rejects.</returns>
    public static async Task<LoadResult> LoadAsync(
        NpgsqlDataSource dataSource, ReportInput input, EvaluationPolicy policy, DeadlineCalculator? deadlines = null,
        IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(policy);
        InputValidation validation = ReportPipeline.Validate(input, policy, deadlines, cancellationToken);
        if (validation.FileErrors.Count > 0)
        {
            return new LoadResult([], validation.Rejects, validation.FileErrors);
        }
        await EvaluationSchema.EnsureAsync(dataSource, cancellationToken).ConfigureAwait(false);
        DirectoryRecords accepted = validation.Accepted;
        var files = new List<LoadedFile>();
        // Catalogues first, then the records that name them, as a reader of the tables would expect them.
        async Task Load<T>(CsvFileKind kind, TableWriter<T> table, IEnumerable<T>? records)
        {
            string file = CsvSchema.FileName(kind);
            if (validation.Files.FirstOrDefault(f => f.File == file) is not CsvFileSummary summary)
            {
                return;
            }
            (long written, long present) = await table.WriteAsync(dataSource, records ?? [], cancellationToken).ConfigureAwait(false);
            files.Add(new LoadedFile(file, summary.Read, summary.Rejected, written, present));
            progress?.Report($"{file}: {written} written, {present} already present, {summary.Rejected} rejected");
        }

        await Load(CsvFileKind.Units, Tables.Units, accepted.Units).ConfigureAwait(false);
        await Load(CsvFileKind.Departments, Tables.Departments, accepted.Departments).ConfigureAwait(false);
        await Load(CsvFileKind.Windows, Tables.Windows, accepted.Windows).ConfigureAwait(false);
        await Load(CsvFileKind.Matters, Tables.Matters, accepted.Matters).ConfigureAwait(false);
        await Load(CsvFileKind.Cases, Tables.Cases, accepted.Cases).ConfigureAwait(false);
        await Load(CsvFileKind.Ratings, Tables.Ratings, accepted.Ratings).ConfigureAwait(false);
        await Load(CsvFileKind.Appeals, Tables.Appeals, accepted.Appeals).ConfigureAwait(false);
        await Load(CsvFileKind.Rectifications, Tables.Rectifications, accepted.Rectifications).ConfigureAwait(false);
        await Load(CsvFileKind.FollowUps, Tables.FollowUps, accepted.FollowUps).ConfigureAwait(false);
        return new LoadResult(files, validation.Rejects, validation.FileErrors);
    }
}
