using Evaluation.Core.Ratings;
using NodaTime;

namespace Evaluation.Core.Validation;

/// <summary>
/// The accepted ratings (评价) and cases (办件) that appeals, rectification orders and follow-ups name, as far as their
/// rules read them: a rating's level and instant, a case's acceptance instant. Records hold them for a batch validated
/// as records; a reader holding cases and ratings as rows reads them from the rows, without making a record of each.
/// Looked up from several threads at once: an implementation is only read.
/// </summary>
internal interface ILifecycleTargets
{
    /// <summary>Finds the accepted rating with an identifier.</summary>
    /// <param name="id">The identifier, in its canonical form.</param>
    /// <param name="level">The rating's level when found.</param>
    /// <param name="ratedAt">Its instant when found.</param>
    /// <returns>Whether an accepted rating has the identifier.</returns>
    bool TryFindRating(string id, out RatingLevel level, out Instant ratedAt);

    /// <summary>Finds the accepted case with a number.</summary>
    /// <param name="number">The case number, in its canonical form.</param>
    /// <param name="acceptedAt">When the case was accepted, when found.</param>
    /// <returns>Whether an accepted case has the number.</returns>
    bool TryFindCase(string number, out Instant acceptedAt);
}
