using System.Linq;
using Evaluation.Core.Metrics;
using Xunit;

namespace Evaluation.Core.Tests.Metrics;

public class RatingTallyTests
{
    private static readonly RatingTally Distinct = RatingTally.FromCounts([.. Enumerable.Range(0, RatingTally.CounterCount).Select(i => 100L + i)]);

    [Theory]
    [InlineData(TallyCounter.Ratings)]
    [InlineData(TallyCounter.ActiveRatings)]
    [InlineData(TallyCounter.DefaultRatings)]
    [InlineData(TallyCounter.Good)]
    [InlineData(TallyCounter.Neutral)]
    [InlineData(TallyCounter.Bad)]
    [InlineData(TallyCounter.ExcludedByAppeal)]
    [InlineData(TallyCounter.BadRectified)]
    [InlineData(TallyCounter.BadOverdue)]
    [InlineData(TallyCounter.OnSiteRatings)]
    [InlineData(TallyCounter.StaticQrRatings)]
    public void Each_named_count_reads_its_own_counter(TallyCounter counter)
    {
        long named = counter switch
        {
            TallyCounter.Ratings => Distinct.Ratings,
            TallyCounter.ActiveRatings => Distinct.ActiveRatings,
            TallyCounter.DefaultRatings => Distinct.DefaultRatings,
            TallyCounter.Good => Distinct.Good,
            TallyCounter.Neutral => Distinct.Neutral,
            TallyCounter.Bad => Distinct.Bad,
            TallyCounter.ExcludedByAppeal => Distinct.ExcludedByAppeal,
            TallyCounter.BadRectified => Distinct.BadRectified,
            TallyCounter.BadOverdue => Distinct.BadOverdue,
            TallyCounter.OnSiteRatings => Distinct.OnSiteRatings,
            _ => Distinct.StaticQrRatings,
        };
        Assert.Equal(100L + (int)counter, named);
    }

    [Fact]
    public void Sum_equals_merging_one_by_one()
    {
        RatingTally[] tallies = [Distinct, RatingTally.Empty, Distinct];
        Assert.Equal(tallies.Aggregate(RatingTally.Empty, (s, t) => s.Merge(t)), RatingTally.Sum(tallies));
        Assert.Equal(RatingTally.Empty, RatingTally.Sum([]));
    }
}
