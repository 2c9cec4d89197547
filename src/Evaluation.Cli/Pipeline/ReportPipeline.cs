using System;
using System.Collections.Generic;
using System.Linq;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Appeals;
using Evaluation.Core.Calendars;
using Evaluation.Core.Cases;
using Evaluation.Core.Periods;
using Evaluation.Core.Ratings;
using Evaluation.Core.Rectification;
using Evaluation.Core.Validation;
using Evaluation.IO;
using Evaluation.IO.Csv;
using NodaTime;

namespace Evaluation.Cli.Pipeline;

/// <summary>
/// The chain every report runs, on records: validate the records, settle the as-of instant, add the default ratings
/// owed, decide each rating's lifecycle facts, and load the ratings of the date range into a batch. The tool runs
/// <see cref="ColumnarReportPipeline"/>, which reaches the same outcome on tables; this record form is its reference,
/// which the tests hold it to.
/// </summary>
internal static class ReportPipeline
{
    internal static ReportContext Run(RecordSet records, IReadOnlyList<CsvReject> unreadable, string? directory, ReportOptions options, Action<string> progress)
    {
        progress($"validating {records.Count:N0} records");
        ValidationReport report = new RecordSetValidator(options.Policy, options.Deadlines).Validate(records);
        RecordSet accepted = report.Accepted;
        Instant asOf = options.AsOf ?? LatestInstant(accepted) ?? NoInstant;

        progress("applying the lifecycle rules: default ratings owed");
        var ratings = accepted.Ratings.Select(r => r.Record).ToList();
        IReadOnlyList<Rating> defaults = [.. new DefaultRatingRule(options.Policy, options.Deadlines)
            .Owed(accepted.Cases.Select(c => c.Record), ratings, asOf).Select(d => d.ToRating())];
        var lifecycle = new RatingLifecycle(options.Policy, options.Deadlines, accepted.Appeals.Select(a => a.Record), accepted.Rectifications.Select(r => r.Record), asOf);
        Rating[] all = [.. ratings, .. defaults];
        Rating[] inRange = options.IsBounded ? [.. all.AsParallel().AsOrdered().Where(rating => options.Covers(rating.RatedAt))] : all;
        progress("applying the lifecycle rules: each rating's facts");
        RatingFacts[] facts = [.. inRange.AsParallel().AsOrdered().Select(lifecycle.Assess)];
        progress($"encoding {inRange.Length:N0} ratings");
        var builder = new RatingBatch.Builder(options.Policy, inRange.Length);
        builder.AddRange(inRange, facts);
        progress("aggregating");
        return new ReportContext
        {
            Policy = options.Policy,
            AsOf = asOf,
            Accepted = accepted,
            Cases = accepted.Cases.Select(c => c.Record),
            AcceptedRatings = ratings,
            Rejects = RejectsFile.Combine(directory, unreadable, report.Rejected),
            Read = records.Count + unreadable.Count,
            AcceptedCount = report.AcceptedCount,
            RejectedCount = report.RejectedCount + unreadable.Count,
            Batch = builder.Build(),
            DefaultRatings = defaults,
            Lifecycle = lifecycle,
            From = options.From,
            To = options.To,
            ProvisionalYears = options.Deadlines.Calendar.ProvisionalYears.IsEmpty
                ? []
                : ColumnarReportPipeline.ProvisionalYears(options.Deadlines.Calendar, accepted.Cases.Select(c => c.Record.AcceptedAt)
                    .Concat(accepted.Ratings.Select(r => r.Record.RatedAt)), asOf),
        };
    }

    /// <summary>The as-of instant of records without any instant.</summary>
    internal static readonly Instant NoInstant = Instant.FromUtc(2000, 1, 1, 0, 0);

    /// <summary>The latest instant found in the records, or null: the as-of instant when none is given.</summary>
    internal static Instant? LatestInstant(RecordSet records)
    {
        Instant? latest = null;
        void Consider(Instant? instant)
        {
            if (instant is Instant i && (latest is null || i > latest))
            {
                latest = i;
            }
        }
        foreach (Sourced<Rating> r in records.Ratings)
        {
            Consider(r.Record.RatedAt);
        }
        foreach (Sourced<ServiceCase> c in records.Cases)
        {
            Consider(c.Record.CompletedAt ?? c.Record.AcceptedAt);
        }
        foreach (Sourced<Appeal> a in records.Appeals)
        {
            Consider(a.Record.DecidedAt ?? a.Record.FiledAt);
        }
        foreach (Sourced<RectificationOrder> r in records.Rectifications)
        {
            Consider(r.Record.FeedbackAt ?? r.Record.RectifiedAt ?? r.Record.VerifiedAt);
        }
        foreach (Sourced<Evaluation.Core.FollowUps.FollowUp> f in records.FollowUps)
        {
            Consider(f.Record.VisitedAt);
        }
        return latest;
    }
}
