using System;
using System.Linq;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Catalog;
using Evaluation.Core.Policies;
using Evaluation.Core.Ratings;
using Evaluation.Core.Rectification;
using NodaTime;
using Xunit;

namespace Evaluation.Core.Tests.Aggregation;

/// <summary>
/// Groups are numbered as 32-bit integers, so a grouping of more than 2^31 - 1 possible groups (the product of its
/// dimensions' distinct values and its periods) is refused with <see cref="GroupingTooLargeException"/>, and one just
/// below is counted. Matter by window over n ratings, each of its own matter and window, has (n + 1) x (n + 1) possible
/// groups, "no matter" and "no window" being values of their dimensions: 46,340^2 = 2,147,395,600 fits, 46,341^2 =
/// 2,147,488,281 does not.
/// </summary>
public class GroupingLimitTests
{
    private static readonly Grouping MatterByWindow = new([GroupingDimension.Matter, GroupingDimension.Window]);

    [Fact]
    public void A_grouping_of_more_than_int_MaxValue_possible_groups_is_refused_naming_its_dimensions_and_size()
    {
        RatingBatch batch = EachOfItsOwnMatterAndWindow(46_340);

        GroupingTooLargeException error = Assert.Throws<GroupingTooLargeException>(() => RatingAggregator.Aggregate(batch, MatterByWindow));

        Assert.Contains("Matter x Window", error.Message, StringComparison.Ordinal);
        Assert.Contains("2147488281 possible groups", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_largest_grouping_that_fits_is_counted_group_by_group_with_its_coverage()
    {
        const int n = 46_339;
        RatingBatch batch = EachOfItsOwnMatterAndWindow(n);

        AggregationResult result = RatingAggregator.Aggregate(batch, MatterByWindow);

        Assert.Equal(n, result.Rows.Length);
        Assert.All(result.Rows, row =>
        {
            Assert.Equal(1, row.Tally.Ratings);
            Assert.Equal(1, row.Coverage.MattersRated);
        });
        Assert.Equal(n, result.Rows.Select(r => r.Key).Distinct().Count());
    }

    private static RatingBatch EachOfItsOwnMatterAndWindow(int n)
    {
        var codes = new DimensionCodes(
            [UnitCode.Parse("410202")], [], Enumerable.Range(0, n).Select(i => MatterCode.Parse($"M{i}")), Enumerable.Range(0, n).Select(i => WindowCode.Parse($"W{i}")));
        Instant at = Instant.FromUtc(2023, 12, 5, 2, 0);
        return new RatingBatch.Builder(EvaluationPolicy.National)
            .AddRange(n, codes, i => new EncodedRating(1, RatingChannel.Pc, RatingLevel.VerySatisfied, RatingOrigin.Active, at, true, true, matter: i + 1, window: i + 1))
            .Build();
    }
}
