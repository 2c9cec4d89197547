using Evaluation.Core.Metrics;
using Evaluation.Core.Utility;

namespace Evaluation.Reporting.Cases;

/// <summary>
/// The completed cases (办结件) of one group of a report, attributed to the completion instant: their tally, and their
/// distinct matters with and without a rating, the numerator and denominator of the matter coverage rate (评价覆盖事项率)
/// over completed cases.
/// </summary>
/// <param name="Tally">The group's case tally.</param>
/// <param name="Matters">Distinct matters with a completed case in the group (有办结件的事项数).</param>
/// <param name="MattersRated">
/// Distinct matters among them with a completed case that has a valid active rating (有主动评价的事项数); under a policy whose
/// coverage counts default ratings (<c>CoverageCountsDefaultRatings</c>), a valid default rating counts too.
/// </param>
public sealed record CaseCounts(CaseTally Tally, long Matters, long MattersRated)
{
    /// <summary>No completed cases.</summary>
    public static CaseCounts None { get; } = new(CaseTally.Empty, 0, 0);

    /// <summary>The matter coverage rate over completed cases: <see cref="MattersRated"/> / <see cref="Matters"/>.</summary>
    public Rate MatterCoverageRate => new(MattersRated, Matters);
}
