using System;
using Evaluation.Core.Appeals;
using Evaluation.Core.Cases;
using Evaluation.Core.FollowUps;
using Evaluation.Core.Ratings;
using Evaluation.Core.Rectification;
using Evaluation.Core.Validation;
using Evaluation.IO.Columnar;
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

    /// <summary>
    /// The latest of the instants of some rows of a table (at least one), compared packed, a part of
    /// <paramref name="partRows"/> rows on each processor.
    /// </summary>
    internal static PackedInstant Of<TInstants>(int[] rows, TInstants instants, int partRows = 1 << 16)
        where TInstants : struct, IRowInstants
    {
        var latest = new PackedInstant[((rows.Length - 1) / partRows) + 1];
        RowParts.ForEach(rows.Length, (start, end) =>
        {
            PackedInstant found = instants.At(rows[start]);
            for (int i = start + 1; i < end; i++)
            {
                PackedInstant at = instants.At(rows[i]);
                found = at.IsAfter(found) ? at : found;
            }
            latest[start / partRows] = found;
        }, partRows);
        PackedInstant result = latest[0];
        foreach (PackedInstant at in latest)
        {
            result = at.IsAfter(result) ? at : result;
        }
        return result;
    }

    /// <summary>A row's instant, read through a struct so that the loop over millions of rows calls nothing.</summary>
    internal interface IRowInstants
    {
        /// <summary>The instant of a row.</summary>
        PackedInstant At(int row);
    }

    /// <summary>A rating row's instant.</summary>
    internal readonly struct RatedAt(RatingRow[] rows) : IRowInstants
    {
        /// <inheritdoc/>
        public PackedInstant At(int row) => rows[row].PackedRatedAt;
    }

    /// <summary>A case row's last instant: its completion if completed, else its acceptance.</summary>
    internal readonly struct LastInstant(CaseRow[] rows) : IRowInstants
    {
        /// <inheritdoc/>
        public PackedInstant At(int row) => rows[row].PackedLastInstant;
    }
}
