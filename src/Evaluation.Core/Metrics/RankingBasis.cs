namespace Evaluation.Core.Metrics;

/// <summary>How items are ranked by a rate.</summary>
public enum RankingBasis
{
    /// <summary>By the rate itself; items whose rates are equal in value tie.</summary>
    Rate = 1,

    /// <summary>
    /// By the lower bound of the rate's 95% Wilson score interval, which ranks small groups more fairly: 3 of 3 ranks
    /// below 990 of 1,000. Ties are items with equal bounds.
    /// </summary>
    WilsonLowerBound = 2,
}
