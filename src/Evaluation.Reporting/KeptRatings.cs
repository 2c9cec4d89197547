using System;
using System.Collections.Generic;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Policies;
using Evaluation.Core.Ratings;
using Evaluation.Core.Rectification;
using Evaluation.IO.Columnar;

namespace Evaluation.Reporting;

/// <summary>
/// The kept ratings (评价) of a table, in encoded form with their lifecycle facts, for the batch a report counts: only a
/// bad rating has facts (appeals and rectifications of others are rejected); they are assessed where the rating is
/// encoded, on every core, the lifecycle and the table being only read. No key is read: the facts of the ratings that
/// appeals and rectification orders name are found before (<see cref="NamedFacts"/>), every other bad rating's follow
/// from its level and instant, so a report may let the keys go before it encodes.
/// </summary>
/// <param name="ratings">The table.</param>
/// <param name="rows">The table's rows to add, by index.</param>
/// <param name="policy">The policy, which says which levels are bad.</param>
/// <param name="lifecycle">The appeals and rectifications the bad ratings are assessed against.</param>
/// <param name="named">The facts of the rows appeals and rectification orders name (<see cref="NamedFacts"/>).</param>
internal readonly struct KeptRatings(RatingTable ratings, int[] rows, EvaluationPolicy policy, RatingLifecycle lifecycle, IReadOnlyDictionary<int, RatingFacts> named)
    : IEncodedRatings
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
        ref RatingRow r = ref ratings.Rows[row];
        if (!policy.IsBad(r.Level))
        {
            return RatingFacts.Valid;
        }
        return named.Count > 0 && named.TryGetValue(row, out RatingFacts facts) ? facts : lifecycle.AssessUnnamed(r.Level, r.RatedAt);
    }

    /// <summary>
    /// The facts of the kept rows that the accepted appeals and rectification orders name
    /// (<see cref="ColumnarValidation.NamedRatings"/>), assessed from their rows on every processor. Any other kept rating
    /// is named by none of the lifecycle's accepted records: an accepted appeal or order names a kept rating, and a kept
    /// rating is the first row with its identifier.
    /// </summary>
    internal static Dictionary<int, RatingFacts> NamedFacts(ColumnarValidation validation, RatingTable ratings, RatingLifecycle lifecycle)
    {
        (int Row, RatingId Id)[] named = validation.NamedRatings;
        var facts = new RatingFacts[named.Length];
        RowParts.ForEach(named.Length, (start, end) =>
        {
            for (int i = start; i < end; i++)
            {
                ref RatingRow r = ref ratings.Rows[named[i].Row];
                facts[i] = lifecycle.Assess(named[i].Id, r.Level, r.RatedAt);
            }
        });
        var byRow = new Dictionary<int, RatingFacts>(named.Length);
        for (int i = 0; i < named.Length; i++)
        {
            // A rating both an appeal and an order name is listed twice, with the same facts.
            byRow.TryAdd(named[i].Row, facts[i]);
        }
        return byRow;
    }
}
