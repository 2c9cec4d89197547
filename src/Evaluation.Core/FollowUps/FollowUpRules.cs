using System.Collections.Generic;
using System.Linq;
using Evaluation.Core.Calendars;
using Evaluation.Core.Cases;
using Evaluation.Core.Catalog;
using Evaluation.Core.Periods;
using Evaluation.Core.Policies;
using Evaluation.Core.Ratings;
using Evaluation.Core.Utility;
using NodaTime;

namespace Evaluation.Core.FollowUps;

/// <summary>
/// The follow-up rules (回访): each completed case is followed up within the policy's limit (2 hours in the county
/// action plan, 003_288685acc66621fa.txt), and each unit reports a daily ledger of cases, follow-ups and static-QR
/// good ratings.
/// </summary>
public sealed class FollowUpRules
{
    private readonly EvaluationPolicy policy;
    private readonly DeadlineCalculator deadlines;

    /// <summary>Creates the rules.</summary>
    /// <param name="policy">The policy with the follow-up limit.</param>
    /// <param name="deadlines">The calendar and time zone.</param>
    public FollowUpRules(EvaluationPolicy policy, DeadlineCalculator deadlines)
    {
        this.policy = Preconditions.CheckNotNull(policy, nameof(policy));
        this.deadlines = Preconditions.CheckNotNull(deadlines, nameof(deadlines));
    }

    /// <summary>Where a completed case's follow-up stands at <paramref name="asOf"/>; the earliest follow-up counts.</summary>
    /// <param name="case">A completed case.</param>
    /// <param name="followUps">Its follow-ups (others are ignored).</param>
    /// <param name="asOf">The instant of the assessment.</param>
    /// <returns>The status, or null for a case in progress.</returns>
    public FollowUpStatus? Assess(ServiceCase @case, IEnumerable<FollowUp> followUps, Instant asOf)
    {
        Preconditions.CheckNotNull(@case, nameof(@case));
        Preconditions.CheckNotNull(followUps, nameof(followUps));
        if (@case.CompletedAt is not Instant completed)
        {
            return null;
        }
        Deadline deadline = deadlines.Compute(completed, policy.FollowUpLimit);
        Instant? first = followUps.Where(f => f.CaseNumber == @case.Number).Select(f => (Instant?)f.VisitedAt).Min();
        return deadline.StatusAt(first, asOf) switch
        {
            DeadlineStatus.DoneOnTime => FollowUpStatus.OnTime,
            DeadlineStatus.DoneLate => FollowUpStatus.Late,
            DeadlineStatus.Open => FollowUpStatus.Open,
            _ => FollowUpStatus.Missing,
        };
    }

    /// <summary>
    /// The daily follow-up ledger: one row per unit and day with a completed case or a static-QR good rating, ordered
    /// by unit then day. A case counts as followed up when it has any follow-up; dissatisfied when any of them was.
    /// </summary>
    /// <param name="cases">The cases.</param>
    /// <param name="followUps">The follow-ups.</param>
    /// <param name="ratings">The valid ratings (for the static-QR good count).</param>
    /// <returns>The rows.</returns>
    public IReadOnlyList<FollowUpLedgerRow> DailyLedger(IEnumerable<ServiceCase> cases, IEnumerable<FollowUp> followUps, IEnumerable<Rating> ratings)
    {
        Preconditions.CheckNotNull(cases, nameof(cases));
        Preconditions.CheckNotNull(followUps, nameof(followUps));
        Preconditions.CheckNotNull(ratings, nameof(ratings));
        var visits = followUps.GroupBy(f => f.CaseNumber).ToDictionary(g => g.Key, g => g.Any(f => !f.Satisfied));
        var rows = new Dictionary<(UnitCode, LocalDate), (long Cases, long Followed, long Dissatisfied, long Qr)>();
        foreach (ServiceCase @case in cases.Where(c => c.CompletedAt is not null))
        {
            var key = (@case.UnitCode, ChinaTime.DateOf(@case.CompletedAt!.Value));
            rows.TryGetValue(key, out var row);
            bool followed = visits.TryGetValue(@case.Number, out bool dissatisfied);
            rows[key] = (row.Cases + 1, row.Followed + (followed ? 1 : 0), row.Dissatisfied + (followed && dissatisfied ? 1 : 0), row.Qr);
        }
        foreach (Rating rating in ratings.Where(r => r.Channel == RatingChannel.QrStatic && policy.SentimentOf(r.Level) == Sentiment.Good))
        {
            var key = (rating.UnitCode, ChinaTime.DateOf(rating.RatedAt));
            rows.TryGetValue(key, out var row);
            rows[key] = row with { Qr = row.Qr + 1 };
        }
        return [.. rows.OrderBy(r => r.Key.Item1).ThenBy(r => r.Key.Item2)
            .Select(r => new FollowUpLedgerRow(r.Key.Item1, r.Key.Item2, r.Value.Cases, r.Value.Followed, r.Value.Dissatisfied, r.Value.Qr))];
    }
}
