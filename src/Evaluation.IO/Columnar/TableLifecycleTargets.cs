using System.Collections.Generic;
using Evaluation.Core.Ratings;
using Evaluation.Core.Validation;
using NodaTime;

namespace Evaluation.IO.Columnar;

/// <summary>
/// The kept ratings and cases that appeals, rectification orders and follow-ups name, read from the tables' rows: the
/// rows found for their keys, as far as they were kept.
/// </summary>
/// <param name="ratings">The ratings' table.</param>
/// <param name="ratingRows">The first row holding each identifier appeals and orders name.</param>
/// <param name="ratingKept">Whether each row of the ratings' table was kept.</param>
/// <param name="cases">The cases' table.</param>
/// <param name="caseRows">The first row holding each number follow-ups name.</param>
/// <param name="caseKept">Whether each row of the cases' table was kept.</param>
internal sealed class TableLifecycleTargets(
    RatingTable ratings, IReadOnlyDictionary<string, int> ratingRows, bool[] ratingKept,
    CaseTable cases, IReadOnlyDictionary<string, int> caseRows, bool[] caseKept) : ILifecycleTargets
{
    /// <inheritdoc/>
    public bool TryFindRating(string id, out RatingLevel level, out Instant ratedAt)
    {
        bool found = ratingRows.TryGetValue(id, out int row) && ratingKept[row];
        (level, ratedAt) = found ? (ratings.Rows[row].Level, ratings.Rows[row].RatedAt) : (default, default);
        return found;
    }

    /// <inheritdoc/>
    public bool TryFindCase(string number, out Instant acceptedAt)
    {
        bool found = caseRows.TryGetValue(number, out int row) && caseKept[row];
        acceptedAt = found ? cases.Rows[row].AcceptedAt : default;
        return found;
    }

    /// <summary>The row of a kept rating that an accepted appeal or order names.</summary>
    /// <param name="id">The rating's identifier.</param>
    internal int RowOf(RatingId id) => ratingRows[id.Value];
}
