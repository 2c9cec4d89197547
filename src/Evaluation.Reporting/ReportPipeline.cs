using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Calendars;
using Evaluation.Core.Periods;
using Evaluation.Core.Policies;
using Evaluation.Core.Ratings;
using Evaluation.Core.Rectification;
using Evaluation.IO;
using Evaluation.IO.Columnar;
using Evaluation.IO.Csv;
using Evaluation.Reporting.Cases;
using NodaTime;

namespace Evaluation.Reporting;

/// <summary>
/// The one chain every report runs (报表流水线): validate the records, settle the as-of instant, judge the default ratings
/// owed, decide each rating's lifecycle facts (appeals, rectifications), and encode the ratings of the date range into a
/// batch. Cases and ratings stay in their tables; records are made only where a rule needs one (a bad rating's
/// lifecycle, a case owed a default rating) and when a caller walks the cases or ratings.
/// </summary>
public static class ReportPipeline
{
    /// <summary>Prepares a report from an input under some options.</summary>
    /// <param name="input">The data directory or records.</param>
    /// <param name="options">The policy, calendar, range and as-of instant.</param>
    /// <param name="progress">Receives each stage as it starts, or null.</param>
    /// <param name="cancellationToken">Stops the preparation as a stage starts (a stage runs to its end once started).</param>
    /// <returns>The report, ready for rows by any grouping.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="InvalidOperationException">A report prepared from the same input released its records (<see cref="ReportOptions.ReleaseRecords"/>).</exception>
    public static PreparedReport Prepare(ReportInput input, ReportOptions options, IProgress<ReportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        void Report(ReportStage stage, string description)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(new ReportProgress(stage, description));
            cancellationToken.ThrowIfCancellationRequested();
        }

        ColumnarDirectory tables = input.Tables;
        CheckNotReleased(tables);
        CaseTable cases = tables.Cases;
        RatingTable ratings = tables.Ratings;
        Report(ReportStage.Validating, $"validating {tables.Others.Read:N0} rows");
        ColumnarValidation validation = ColumnarValidator.Validate(
            tables.Others.Records, cases, ratings, options.Policy, options.Deadlines, options.ReclaimMemoryBetweenStages ? ReclaimTemporaries : null);
        if (options.ReclaimMemoryBetweenStages)
        {
            ReclaimTemporaries();
        }
        Report(ReportStage.ApplyingLifecycle, "applying the lifecycle rules");
        Instant asOf = default;
        int[] unrated = [];
        Parallel.Invoke(
            () => asOf = options.AsOf ?? Latest(validation, cases, ratings) ?? LatestInstant.NoInstant,
            () => unrated = UnratedCases(validation, cases));
        var lifecycle = new RatingLifecycle(options.Policy, options.Deadlines, validation.Accepted.Appeals.Select(a => a.Record),
            validation.Accepted.Rectifications.Select(r => r.Record), asOf);
        // The default ratings owed are judged while the accepted ratings are encoded; they are added after them. The
        // cases' numbers are read no more once they are judged.
        Task<OwedDefaultRatings> owedDefaults = Task.Run(() =>
        {
            OwedDefaultRatings judged = OwedDefaultRatings.Judge(cases, unrated, options.Policy, options.Deadlines, asOf, lifecycle);
            if (options.ReleaseRecords)
            {
                tables.ReleaseCaseKeys();
            }
            return judged;
        }, cancellationToken);
        // The ratings appeals and orders name are assessed from their rows now; every other one as it is encoded.
        Dictionary<int, RatingFacts> namedFacts = KeptRatings.NamedFacts(validation, ratings, lifecycle);
        HashSet<int> voided = CaseCounter.VoidedRatingRows(namedFacts);

        Report(ReportStage.Encoding, $"encoding {validation.KeptRatings.Length:N0} ratings; judging the default ratings owed to {unrated.Length:N0} unrated cases");
        if (options.ReleaseRecords)
        {
            // Nothing after this point reads a rating's key but the records' sequences, which the option gives up: the
            // keys' memory goes back to the system before the batch's columns are made.
            tables.ReleaseRatingKeys();
        }
        int[] inRange = options.IsBounded
            ? [.. validation.KeptRatings.Where(row => options.Covers(ratings.Rows[row].RatedAt))]
            : validation.KeptRatings;
        var codes = new DimensionCodes(ratings.Units.Codes, ratings.Departments.Codes, ratings.Matters.Codes, ratings.Windows.Codes);
        var builder = new RatingBatch.Builder(options.Policy, capacity: 0)
            .AddRange(inRange.Length, codes, new KeptRatings(ratings, inRange, options.Policy, lifecycle, namedFacts));
        OwedDefaultRatings defaults = owedDefaults.GetAwaiter().GetResult();
        defaults.AddTo(builder, options);
        RatingBatch batch = builder.Build();
        if (options.ReclaimMemoryBetweenStages)
        {
            // What encoding left behind is garbage now; counting reuses its memory.
            ReclaimTemporaries();
        }
        int? firstKeptYear = options.Deadlines.Calendar.ProvisionalYears.IsEmpty
            ? null
            : FirstYear(validation.KeptCases.Select(row => cases.Rows[row].AcceptedAt).Concat(validation.KeptRatings.Select(row => ratings.Rows[row].RatedAt)));
        Report(ReportStage.Ready, "counting");
        return new PreparedReport
        {
            Policy = options.Policy,
            AsOf = asOf,
            AcceptedRecords = validation.Accepted,
            Cases = validation.KeptCases.Select(cases.Materialize),
            AcceptedRatings = validation.KeptRatings.Select(ratings.Materialize),
            Rejects = RejectsFile.Combine(input.Directory, tables.Others.Rejects, validation.Rejected),
            Read = tables.Others.Read,
            AcceptedCount = validation.AcceptedCount,
            RejectedCount = validation.Rejected.Length + tables.Others.Rejects.Length,
            Batch = batch,
            DefaultRatings = defaults.Records,
            Lifecycle = lifecycle,
            From = options.From,
            To = options.To,
            Counter = new CaseCounter(cases, ratings, validation, defaults, voided),
            ProvisionalYears = options.Deadlines.Calendar.ProvisionalYears.IsEmpty ? [] : ProvisionalYears(options.Deadlines.Calendar, firstKeptYear ?? ChinaTime.DateOf(asOf).Year, asOf),
            FirstKeptYear = firstKeptYear,
        };
    }

    /// <summary>
    /// Checks an input against the rules (校验) without preparing a report: each record alone, then against the others
    /// (duplicates, unknown cases and ratings, conflicting ratings, deadlines the calendar cannot place), as
    /// <see cref="Prepare"/> does first.
    /// </summary>
    /// <param name="input">The data directory or records.</param>
    /// <param name="policy">The policy the records are checked under.</param>
    /// <param name="deadlines">The working calendar deadlines are counted with, or null for <see cref="DeadlineCalculator.China"/>.</param>
    /// <param name="cancellationToken">Stops the check before it starts.</param>
    /// <returns>What was accepted and rejected, file by file.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="InvalidOperationException">A report prepared from the same input released its records (<see cref="ReportOptions.ReleaseRecords"/>).</exception>
    public static InputValidation Validate(ReportInput input, EvaluationPolicy policy, DeadlineCalculator? deadlines = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return Validate(input, new ReportOptions { Policy = policy, Deadlines = deadlines ?? DeadlineCalculator.China }, cancellationToken);
    }

    /// <summary>
    /// Checks an input against the rules (校验) as <see cref="Prepare"/> does first under the same options: their policy
    /// and calendar, and, with <see cref="ReportOptions.ReclaimMemoryBetweenStages"/>, a collection once the keys are
    /// matched. The range, the as-of instant and <see cref="ReportOptions.ReleaseRecords"/> do not bear on the check.
    /// </summary>
    /// <param name="input">The data directory or records.</param>
    /// <param name="options">The policy, the calendar and whether to collect between stages.</param>
    /// <param name="cancellationToken">Stops the check before it starts.</param>
    /// <returns>What was accepted and rejected, file by file.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="InvalidOperationException">A report prepared from the same input released its records (<see cref="ReportOptions.ReleaseRecords"/>).</exception>
    public static InputValidation Validate(ReportInput input, ReportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        cancellationToken.ThrowIfCancellationRequested();
        ColumnarDirectory tables = input.Tables;
        CheckNotReleased(tables);
        DirectoryContents contents = tables.Others;
        ColumnarValidation validation = ColumnarValidator.Validate(
            contents.Records, tables.Cases, tables.Ratings, options.Policy, options.Deadlines, options.ReclaimMemoryBetweenStages ? ReclaimTemporaries : null);
        var ruleRejects = validation.Rejected.Where(r => r.Source?.File is not null).GroupBy(r => r.Source!.Value.File!).ToDictionary(g => g.Key, g => (long)g.Count());
        CsvFileSummary[] files = [.. contents.Files.Select(f =>
        {
            long broke = ruleRejects.GetValueOrDefault(f.File);
            return f with { Records = f.Records - broke, Rejected = f.Rejected + broke };
        })];
        long rejected = contents.Rejects.Length + validation.Rejected.Length;
        return new InputValidation(files, RejectsFile.Combine(input.Directory, contents.Rejects, validation.Rejected), contents.FileErrors)
        {
            Read = contents.Read,
            AcceptedCount = contents.Read - rejected,
            RejectedCount = rejected,
            Accepted = new DirectoryRecords
            {
                Units = validation.Accepted.Units.Select(u => u.Record),
                Departments = validation.Accepted.Departments.Select(d => d.Record),
                Windows = validation.Accepted.Windows.Select(w => w.Record),
                Matters = validation.Accepted.Matters.Select(m => m.Record),
                Cases = validation.KeptCases.Select(tables.Cases.Materialize),
                Ratings = validation.KeptRatings.Select(tables.Ratings.Materialize),
                Appeals = validation.Accepted.Appeals.Select(a => a.Record),
                Rectifications = validation.Accepted.Rectifications.Select(r => r.Record),
                FollowUps = validation.Accepted.FollowUps.Select(f => f.Record),
            },
        };
    }

    /// <summary>Refuses an input whose records a report prepared from it released (<see cref="ReportOptions.ReleaseRecords"/>).</summary>
    private static void CheckNotReleased(ColumnarDirectory tables)
    {
        if (tables.RecordKeysReleased)
        {
            throw new InvalidOperationException("A report prepared from this input released its records (ReportOptions.ReleaseRecords); read the input again to prepare or validate it once more.");
        }
    }

    /// <summary>The year of the earliest of <paramref name="instants"/>, or null when there are none.</summary>
    private static int? FirstYear(IEnumerable<Instant> instants) =>
        instants.Select(i => (int?)ChinaTime.DateOf(i).Year).Min();

    /// <summary>The provisional years from <paramref name="first"/> to the year after <paramref name="asOf"/>'s.</summary>
    private static ImmutableArray<int> ProvisionalYears(WorkingCalendar calendar, int first, Instant asOf)
    {
        int last = ChinaTime.DateOf(asOf).Year + 1;
        return [.. calendar.ProvisionalYears.Where(y => y >= first && y <= last)];
    }

    /// <summary>
    /// Lets the collector take back the hundreds of megabytes validation matched keys in (their partitions and
    /// first-occurrence arrays) before the batch is encoded, so that the batch's columns reuse that memory instead of
    /// new pages, each of which the system must map and clear (docs/performance.md). The heap then holds few objects
    /// with references (the tables' rows hold none), so the collection takes milliseconds.
    /// </summary>
    private static void ReclaimTemporaries() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: false);

    /// <summary>
    /// The rows of the accepted completed cases that no accepted rating names, in row order: the ratings' cases marked,
    /// then the unmarked cases listed, each pass on every processor.
    /// </summary>
    private static int[] UnratedCases(ColumnarValidation validation, CaseTable cases)
    {
        var rated = new bool[cases.Count];
        int[] keptRatings = validation.KeptRatings, caseOfRating = validation.CaseOfRating;
        // Two ratings of one case may mark it at once: both write true.
        RowParts.ForEach(keptRatings.Length, (start, end) =>
        {
            for (int i = start; i < end; i++)
            {
                int c = caseOfRating[keptRatings[i]];
                if (c >= 0)
                {
                    rated[c] = true;
                }
            }
        });
        return RowParts.Where(validation.KeptCases, row => cases.Rows[row].IsCompleted && !rated[row]);
    }

    /// <summary>The latest instant of the accepted records.</summary>
    private static Instant? Latest(ColumnarValidation validation, CaseTable cases, RatingTable ratings)
    {
        Instant? latest = LatestInstant.Of(validation.Accepted);
        if (validation.KeptRatings.Length > 0)
        {
            Instant rated = LatestInstant.Of(validation.KeptRatings, new LatestInstant.RatedAt(ratings.Rows)).Value;
            latest = latest is null || rated > latest ? rated : latest;
        }
        if (validation.KeptCases.Length > 0)
        {
            Instant handled = LatestInstant.Of(validation.KeptCases, new LatestInstant.LastInstant(cases.Rows)).Value;
            latest = latest is null || handled > latest ? handled : latest;
        }
        return latest;
    }
}
