using Evaluation.Core.Aggregation;
using Evaluation.Core.Policies;
using Evaluation.Core.Rectification;
using Evaluation.IO.Columnar;

namespace Evaluation.Reporting;

/// <summary>
/// The kept ratings (评价) of a table, in encoded form with their lifecycle facts, for the batch a report counts: only a
/// bad rating has facts (appeals and rectifications of others are rejected); they are assessed where the rating is
/// encoded, on every core, the lifecycle and the table being only read.
/// </summary>
/// <param name="ratings">The table.</param>
/// <param name="rows">The table's rows to add, by index.</param>
/// <param name="policy">The policy, which says which levels are bad.</param>
/// <param name="lifecycle">The appeals and rectifications the bad ratings are assessed against.</param>
internal readonly struct KeptRatings(RatingTable ratings, int[] rows, EvaluationPolicy policy, RatingLifecycle lifecycle) : IEncodedRatings
{
    /// <inheritdoc/>
    public EncodedRating At(int index)
    {
        int row = rows[index];
        ref RatingRow r = ref ratings.Rows[row];
        return new EncodedRating(r.Unit, r.Channel, r.Level, r.Origin, r.PackedRatedAt.ChinaDayNumber, r.IsRealName, ratings.CaseRefs.Has(row), r.Matter, r.Department, r.Window);
    }

    /// <inheritdoc/>
    public RatingFacts FactsAt(int index)
    {
        int row = rows[index];
        return policy.IsBad(ratings.Rows[row].Level) ? lifecycle.Assess(ratings.Materialize(row)) : RatingFacts.Valid;
    }
}
