using System.Globalization;

namespace Evaluation.Core.Aggregation;

/// <summary>
/// How an aggregation runs (聚合计划): the counting and coverage strategies chosen for a batch and a grouping, and the
/// number of partitions counted in parallel. <see cref="RatingAggregator.Plan"/> returns the plan
/// <see cref="RatingAggregator.Aggregate"/> follows; every plan gives the same result.
/// </summary>
/// <param name="Counting">How ratings are counted into groups.</param>
/// <param name="Coverage">How each group's distinct matters are found.</param>
/// <param name="Partitions">The partitions of the batch counted in parallel.</param>
/// <param name="PossibleGroups">The groups the grouping allows (the product of the dimensions' values and the periods).</param>
public sealed record AggregationPlan(CountingStrategy Counting, CoverageStrategy Coverage, int Partitions, long PossibleGroups)
{
    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"counting {Counting}, coverage {Coverage}, {Partitions} partition(s), {PossibleGroups} possible groups");
}
