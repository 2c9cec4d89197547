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
/// either whole or absent, and completes when run again. An empty table takes its file's records with <c>COPY</c>
/// straight into it, its indexes (its key's among them) made again after, and the cases and the ratings are written at
/// once on two connections, so that a first load costs less than <c>COPY</c> of the same files into the same tables;
/// two loads into one table wait on each other.
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
        // What a file came to, or null when the directory has none.
        async Task<LoadedFile?> Write<T>(CsvFileKind kind, TableWriter<T> table, IEnumerable<T>? records)
        {
            string file = CsvSchema.FileName(kind);
            if (validation.Files.FirstOrDefault(f => f.File == file) is not CsvFileSummary summary)
            {
                return null;
            }
            (long written, long present) = await table.WriteAsync(dataSource, records ?? [], cancellationToken).ConfigureAwait(false);
            return new LoadedFile(file, summary.Read, summary.Rejected, written, present);
        }

        void Done(LoadedFile? loaded)
        {
            if (loaded is not null)
            {
                files.Add(loaded);
                progress?.Report($"{loaded.File}: {loaded.Written} written, {loaded.AlreadyPresent} already present, {loaded.Rejected} rejected");
            }
        }

        // Catalogues first, then the records that name them, as a reader of the tables would expect them. The cases and
        // the ratings, the two large files, are written at once on two connections (the server's index upkeep then
        // takes both processors), each in its own transaction, and told in order.
        Done(await Write(CsvFileKind.Units, Tables.Units, accepted.Units).ConfigureAwait(false));
        Done(await Write(CsvFileKind.Departments, Tables.Departments, accepted.Departments).ConfigureAwait(false));
        Done(await Write(CsvFileKind.Windows, Tables.Windows, accepted.Windows).ConfigureAwait(false));
        Done(await Write(CsvFileKind.Matters, Tables.Matters, accepted.Matters).ConfigureAwait(false));
        Task<LoadedFile?> cases = Task.Run(() => Write(CsvFileKind.Cases, Tables.Cases, accepted.Cases), cancellationToken);
        Task<LoadedFile?> ratings = Task.Run(() => Write(CsvFileKind.Ratings, Tables.Ratings, accepted.Ratings), cancellationToken);
        await Task.WhenAll(cases, ratings).ConfigureAwait(false);
        Done(await cases.ConfigureAwait(false));
        Done(await ratings.ConfigureAwait(false));
        Done(await Write(CsvFileKind.Appeals, Tables.Appeals, accepted.Appeals).ConfigureAwait(false));
        Done(await Write(CsvFileKind.Rectifications, Tables.Rectifications, accepted.Rectifications).ConfigureAwait(false));
        Done(await Write(CsvFileKind.FollowUps, Tables.FollowUps, accepted.FollowUps).ConfigureAwait(false));
        return new LoadResult(files, validation.Rejects, validation.FileErrors);
    }
}
