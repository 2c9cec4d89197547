using Evaluation.Core.Rectification;

namespace Evaluation.Core.Aggregation;

/// <summary>
/// Ratings in encoded form (<see cref="EncodedRating"/>) and their lifecycle facts, by index, for
/// <see cref="RatingBatch.Builder"/>: implemented by a struct, every loop over them is compiled for it, without a call
/// through a delegate per rating. Read from several threads at once and more than once per index, so an index must give
/// the same answer each time until the batch is built.
/// </summary>
internal interface IEncodedRatings
{
    /// <summary>The rating at an index.</summary>
    /// <param name="index">From 0 to the number of ratings added - 1.</param>
    /// <returns>The rating, made by <see cref="EncodedRating"/>'s constructor.</returns>
    EncodedRating At(int index);

    /// <summary>The lifecycle facts of the rating at an index (<see cref="RatingFacts.Valid"/> for a rating that owes nothing).</summary>
    /// <param name="index">From 0 to the number of ratings added - 1.</param>
    /// <returns>The facts.</returns>
    RatingFacts FactsAt(int index);
}
