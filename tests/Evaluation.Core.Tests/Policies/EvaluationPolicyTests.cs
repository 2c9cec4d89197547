using System.Linq;
using Evaluation.Core.Policies;
using Evaluation.Core.Ratings;
using FluentValidation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Evaluation.Core.Tests.Policies;

public class EvaluationPolicyTests
{
    [Theory]
    [InlineData(RatingLevel.VerySatisfied, Sentiment.Good)]
    [InlineData(RatingLevel.Satisfied, Sentiment.Good)]
    [InlineData(RatingLevel.FairlySatisfied, Sentiment.Neutral)]
    [InlineData(RatingLevel.Dissatisfied, Sentiment.Bad)]
    [InlineData(RatingLevel.VeryDissatisfied, Sentiment.Bad)]
    public void National_policy_counts_levels_4_and_5_good_3_neutral_1_and_2_bad(RatingLevel level, Sentiment sentiment) =>
        Assert.Equal(sentiment, EvaluationPolicy.National.SentimentOf(level));

    [Fact]
    public void National_scores_are_10_8_6_3_0() =>
        Assert.Equal(new[] { 0, 3, 6, 8, 10 }, RatingLevels.All.Select(EvaluationPolicy.National.ScoreOf));

    [Property]
    public Property Every_buildable_mapping_is_total_and_monotone(int[] codes)
    {
        Sentiment[] mapping = [.. Enumerable.Range(0, 5).Select(i => (Sentiment)(1 + Mod(codes.ElementAtOrDefault(i), 3)))];
        var builder = new EvaluationPolicy.Builder("p");
        for (int i = 0; i < 5; i++)
        {
            builder.MapLevel((RatingLevel)(i + 1), mapping[i]);
        }
        bool monotone = mapping.Zip(mapping.Skip(1)).All(p => p.First <= p.Second);
        EvaluationPolicy? policy = null;
        try
        {
            policy = builder.Build();
        }
        catch (ValidationException)
        {
        }
        bool totalAndMonotone = policy is null
            || (RatingLevels.All.All(l => System.Enum.IsDefined(policy.SentimentOf(l)))
                && RatingLevels.All.Zip(RatingLevels.All.Skip(1)).All(p => policy.SentimentOf(p.First) <= policy.SentimentOf(p.Second)));
        return ((policy is not null) == monotone && totalAndMonotone).Label(string.Join(",", mapping));
    }

    [Fact]
    public void A_mapping_where_a_better_level_is_worse_is_refused()
    {
        ValidationException error = Assert.Throws<ValidationException>(() =>
            new EvaluationPolicy.Builder("odd").MapLevel(RatingLevel.VerySatisfied, Sentiment.Bad).Build());
        Assert.Contains(error.Errors, e => e.ErrorCode == "policy.sentiment.not-monotone");
    }

    [Fact]
    public void An_unmapped_level_is_refused()
    {
        ValidationException error = Assert.Throws<ValidationException>(() =>
            new EvaluationPolicy.Builder("odd").MapLevel(RatingLevel.FairlySatisfied, (Sentiment)0).Build());
        Assert.Contains(error.Errors, e => e.ErrorCode == "policy.sentiment.unmapped");
    }

    private static int Mod(int x, int m) => ((x % m) + m) % m;
}
