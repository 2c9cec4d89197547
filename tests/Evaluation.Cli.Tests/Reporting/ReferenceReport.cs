using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Calendars;
using Evaluation.Core.Cases;
using Evaluation.Core.Periods;
using Evaluation.Core.Policies;
using Evaluation.Core.Ratings;
using Evaluation.Core.Rectification;
using Evaluation.Core.Validation;
using Evaluation.Reporting;
using NodaTime;

namespace Evaluation.Cli.Tests.Reporting;

/// <summary>
/// Every count and rate of the report's JSON contract computed from accepted records with plain LINQ, as the metrics
/// table of the definitions states them (docs/metrics.md), independently of the report pipeline: ratings attributed to
/// the rating date, completed cases to the completion date, each distinct matter counted once per group. The rules
/// that decide single facts (which records are accepted, which default ratings are owed, which ratings an appeal voids,
/// where a rectification stands) are the library's own rules, each tested on its own.
/// </summary>
internal static class ReferenceReport
{
    /// <summary>One row per group: its key text, then each count and rate (as numerator/denominator) by name.</summary>
    /// <param name="records">The records read.</param>
    /// <param name="options">The report's options.</param>
    /// <param name="grouping">The grouping.</param>
    /// <param name="unitOf">
    /// The unit a record's unit counts under, or null to leave the record out: a county for each unit below it, when
    /// rolling up. Each record's own unit by default.
    /// </param>
    internal static SortedDictionary<string, SortedDictionary<string, string>> Rows(RecordSet records, ReportOptions options, Grouping grouping, Func<string, string?>? unitOf = null)
    {
        unitOf ??= unit => unit;
        EvaluationPolicy policy = options.Policy;
        RecordSet accepted = new RecordSetValidator(policy, options.Deadlines).Validate(records).Accepted;
        var cases = accepted.Cases.Select(c => c.Record).ToList();
        var ratings = accepted.Ratings.Select(r => r.Record).ToList();
        Instant asOf = options.AsOf ?? Latest(accepted) ?? Instant.FromUtc(2000, 1, 1, 0, 0);
        var defaults = new DefaultRatingRule(policy, options.Deadlines).Owed(cases, ratings, asOf).Select(d => d.ToRating()).ToList();
        var lifecycle = new RatingLifecycle(policy, options.Deadlines, accepted.Appeals.Select(a => a.Record), accepted.Rectifications.Select(r => r.Record), asOf);
        var all = ratings.Concat(defaults).Select(r => (Rating: r, Facts: lifecycle.Assess(r))).ToList();
        var valid = all.Where(r => !r.Facts.IsVoid).ToList();

        // Facts of each case: rated actively by a valid rating (any time), rated by any valid rating, followed up.
        var activelyRated = valid.Where(r => r.Rating.Origin == RatingOrigin.Active && r.Rating.CaseNumber is not null).Select(r => r.Rating.CaseNumber!.Value).ToHashSet();
        var anyRated = valid.Where(r => r.Rating.CaseNumber is not null).Select(r => r.Rating.CaseNumber!.Value).ToHashSet();
        var followUps = accepted.FollowUps.Select(f => f.Record).ToLookup(f => f.CaseNumber);

        var ratingGroups = all.Where(r => options.Covers(r.Rating.RatedAt) && unitOf(r.Rating.UnitCode.Value) is not null)
            .ToLookup(r => KeyOf(grouping, r.Rating, unitOf(r.Rating.UnitCode.Value)!));
        var completed = cases.Where(c => c.CompletedAt is Instant done && options.Covers(done) && unitOf(c.UnitCode.Value) is not null).ToList();
        var caseGroups = completed.ToLookup(c => KeyOf(grouping, c, unitOf(c.UnitCode.Value)!));
        var rows = new SortedDictionary<string, SortedDictionary<string, string>>(StringComparer.Ordinal);
        foreach (string key in ratingGroups.Select(g => g.Key).Union(caseGroups.Select(g => g.Key)))
        {
            var r = ratingGroups[key].ToList();
            var v = r.Where(x => !x.Facts.IsVoid).Select(x => (x.Rating, x.Facts)).ToList();
            var c = caseGroups[key].ToList();
            var linked = v.Where(x => x.Rating.CaseNumber is not null).ToList();
            var bad = v.Where(x => policy.IsBad(x.Rating.Level)).ToList();
            long Count(Func<(Rating Rating, RatingFacts Facts), bool> predicate) => v.LongCount(predicate);
            bool CoverageRated(Rating rating) => rating.Origin == RatingOrigin.Active || policy.CoverageCountsDefaultRatings;
            bool CaseCoverageRated(ServiceCase sc) => policy.CoverageCountsDefaultRatings ? anyRated.Contains(sc.Number) : activelyRated.Contains(sc.Number);

            var counts = new Dictionary<string, long>
            {
                ["cases"] = c.Count,
                ["casesActivelyRated"] = c.Count(x => activelyRated.Contains(x.Number)),
                ["ratings"] = v.Count,
                ["activeRatings"] = Count(x => x.Rating.Origin == RatingOrigin.Active),
                ["defaultRatings"] = Count(x => x.Rating.Origin == RatingOrigin.Default),
                ["caseLinkedRatings"] = linked.Count,
                ["good"] = Count(x => policy.SentimentOf(x.Rating.Level) == Sentiment.Good),
                ["neutral"] = Count(x => policy.SentimentOf(x.Rating.Level) == Sentiment.Neutral),
                ["bad"] = bad.Count,
                ["caseLinkedBad"] = bad.Count(x => x.Rating.CaseNumber is not null),
                ["excludedByAppeal"] = r.Count(x => x.Facts.IsVoid),
                ["badToRectify"] = bad.Count,
                ["badRectified"] = bad.Count(x => x.Facts.Rectification is RectificationState.DoneOnTime or RectificationState.DoneLate),
                ["badRectifiedOnTime"] = bad.Count(x => x.Facts.Rectification == RectificationState.DoneOnTime),
                ["badOverdue"] = bad.Count(x => x.Facts.Rectification == RectificationState.Overdue),
                ["mattersWithCases"] = c.Select(x => x.MatterCode).Distinct().Count(),
                ["mattersRated"] = c.Where(CaseCoverageRated).Select(x => x.MatterCode).Distinct().Count(),
                ["mattersWithCaseLinkedRatings"] = linked.Where(x => x.Rating.MatterCode is not null).Select(x => x.Rating.MatterCode).Distinct().Count(),
                ["mattersRatedByRatings"] = linked.Where(x => x.Rating.MatterCode is not null && CoverageRated(x.Rating)).Select(x => x.Rating.MatterCode).Distinct().Count(),
                ["onSiteRatings"] = Count(x => x.Rating.Channel.IsOnSite()),
                ["staticQrRatings"] = Count(x => x.Rating.Channel == RatingChannel.QrStatic),
                ["staticQrGood"] = Count(x => x.Rating.Channel == RatingChannel.QrStatic && policy.SentimentOf(x.Rating.Level) == Sentiment.Good),
                ["staticQrBad"] = Count(x => x.Rating.Channel == RatingChannel.QrStatic && policy.IsBad(x.Rating.Level)),
                ["followUps"] = c.Count(x => followUps[x.Number].Any()),
                ["followUpsDissatisfied"] = c.Count(x => followUps[x.Number].Any(f => !f.Satisfied)),
            };
            bool activeByCases = policy.ActiveRatingRateBasis == ActiveRatingRateBasis.CompletedCases;
            bool coverageByCases = policy.MatterCoverageBasis == MatterCoverageBasis.CompletedCases;
            var rates = new Dictionary<string, (long, long)>
            {
                ["activeRatingRate"] = activeByCases ? (counts["casesActivelyRated"], counts["cases"]) : (linked.Count(x => x.Rating.Origin == RatingOrigin.Active), linked.Count),
                ["goodRate"] = (counts["good"], counts["ratings"]),
                ["badRate"] = (counts["bad"], counts["ratings"]),
                ["rectificationRate"] = (counts["badRectified"], counts["bad"]),
                ["onTimeRectificationRate"] = (counts["badRectifiedOnTime"], counts["bad"]),
                ["matterCoverageRate"] = coverageByCases ? (counts["mattersRated"], counts["mattersWithCases"]) : (counts["mattersRatedByRatings"], counts["mattersWithCaseLinkedRatings"]),
                ["followUpRate"] = (counts["followUps"], counts["cases"]),
            };
            var row = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach ((string name, long value) in counts)
            {
                row[name] = value.ToString(CultureInfo.InvariantCulture);
            }
            foreach ((string name, (long n, long d)) in rates)
            {
                row[name] = string.Create(CultureInfo.InvariantCulture, $"{n}/{d}");
            }
            rows[key] = row;
        }
        return rows;
    }

    /// <summary>A rating's group: its codes by the grouping's dimensions and the period of its rating date.</summary>
    private static string KeyOf(Grouping grouping, Rating r, string unit) => Key(grouping, r.RatedAt, d => d switch
    {
        GroupingDimension.Unit => unit,
        GroupingDimension.Department => r.DepartmentCode?.Value,
        GroupingDimension.Matter => r.MatterCode?.Value,
        GroupingDimension.Window => r.WindowCode?.Value,
        _ => r.Channel.ToCode(),
    });

    /// <summary>A completed case's group: its codes (no channel) and the period of its completion date.</summary>
    private static string KeyOf(Grouping grouping, ServiceCase c, string unit) => Key(grouping, c.CompletedAt!.Value, d => d switch
    {
        GroupingDimension.Unit => unit,
        GroupingDimension.Department => c.DepartmentCode?.Value,
        GroupingDimension.Matter => c.MatterCode.Value,
        GroupingDimension.Window => c.WindowCode?.Value,
        _ => null,
    });

    private static string Key(Grouping grouping, Instant at, Func<GroupingDimension, string?> code) =>
        string.Join(",", grouping.Dimensions.Select(d => code(d) ?? "-"))
        + "|" + (grouping.Period is ReportingPeriodKind kind ? ReportingPeriod.Containing(kind, ChinaTime.DateOf(at)).ToString() : string.Empty);

    /// <summary>The latest instant of the accepted records: a rating's, a case's completion (or acceptance), an appeal's decision (or filing), a rectification's last step, a follow-up's.</summary>
    private static Instant? Latest(RecordSet accepted) =>
        accepted.Ratings.Select(r => (Instant?)r.Record.RatedAt)
            .Concat(accepted.Cases.Select(c => (Instant?)(c.Record.CompletedAt ?? c.Record.AcceptedAt)))
            .Concat(accepted.Appeals.Select(a => (Instant?)(a.Record.DecidedAt ?? a.Record.FiledAt)))
            .Concat(accepted.Rectifications.Select(r => r.Record.FeedbackAt ?? r.Record.RectifiedAt ?? r.Record.VerifiedAt))
            .Concat(accepted.FollowUps.Select(f => (Instant?)f.Record.VisitedAt))
            .Max();
}
