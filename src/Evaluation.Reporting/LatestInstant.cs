using Evaluation.Core.Appeals;
using Evaluation.Core.Cases;
using Evaluation.Core.FollowUps;
using Evaluation.Core.Ratings;
using Evaluation.Core.Rectification;
using Evaluation.Core.Validation;
using NodaTime;

namespace Evaluation.Reporting;

/// <summary>The as-of instant a report takes when none is given: the latest instant found in the accepted records.</summary>
internal static class LatestInstant
{
    /// <summary>The as-of instant of records without any instant.</summary>
    internal static readonly Instant NoInstant = Instant.FromUtc(2000, 1, 1, 0, 0);

    /// <summary>The latest instant found in the records, or null: the as-of instant when none is given.</summary>
    internal static Instant? Of(RecordSet records)
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
        foreach (Sourced<FollowUp> f in records.FollowUps)
        {
            Consider(f.Record.VisitedAt);
        }
        return latest;
    }
}
