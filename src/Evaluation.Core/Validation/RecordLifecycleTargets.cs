using System.Collections.Generic;
using Evaluation.Core.Cases;
using Evaluation.Core.Ratings;
using NodaTime;

namespace Evaluation.Core.Validation;

/// <summary>The targets of a batch validated as records: its accepted ratings and cases by key.</summary>
/// <param name="ratings">The accepted ratings by identifier.</param>
/// <param name="cases">The accepted cases by number.</param>
internal sealed class RecordLifecycleTargets(Dictionary<string, Rating> ratings, Dictionary<string, ServiceCase> cases) : ILifecycleTargets
{
    /// <inheritdoc/>
    public bool TryFindRating(string id, out RatingLevel level, out Instant ratedAt)
    {
        bool found = ratings.TryGetValue(id, out Rating? rating);
        (level, ratedAt) = found ? (rating!.Level, rating.RatedAt) : (default, default);
        return found;
    }

    /// <inheritdoc/>
    public bool TryFindCase(string number, out Instant acceptedAt)
    {
        bool found = cases.TryGetValue(number, out ServiceCase? @case);
        acceptedAt = found ? @case!.AcceptedAt : default;
        return found;
    }
}
