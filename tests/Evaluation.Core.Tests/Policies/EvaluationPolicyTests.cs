using System.Linq;
using Evaluation.Core.Policies;
using Evaluation.Core.Ratings;
using FluentValidation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Evaluation.Core.Tests.Support;
using Xunit;

namespace Evaluation.Core.Tests.Policies;

public class EvaluationPolicyTests
{
    [Theory]
    [InlineData("national")]
    [InlineData("henan")]
    [InlineData("guangdong")]
    [InlineData("guangxi")]
    public void Every_preset_satisfies_the_policy_rules(string name)
    {
        Assert.True(EvaluationPolicy.TryGetPreset(name, out EvaluationPolicy? preset));
        EvaluationPolicy rebuilt = preset.ToBuilder().Build();
        Assert.Equal(preset.Name, rebuilt.Name);
    }

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
        var builder = new EvaluationPolicy.Builder("p") { DefaultLevel = null };
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

    [Theory]
    [InlineData("national", 15)]
    [InlineData("henan", 5)]
    [InlineData("guangdong", 15)]
    [InlineData("guangxi", 15)]
    public void Presets_set_the_rectification_limit(string name, int days)
    {
        Assert.True(EvaluationPolicy.TryGetPreset(name, out EvaluationPolicy? policy));
        Assert.Equal(Evaluation.Core.Calendars.TimeLimit.WorkingDays(days), policy!.RectificationLimit);
    }

    [Fact]
    public void Henan_closes_the_window_after_7_working_days_with_a_default_satisfied()
    {
        Assert.Equal(Evaluation.Core.Calendars.TimeLimit.WorkingDays(7), EvaluationPolicy.Henan.RatingWindow);
        Assert.Equal(RatingLevel.Satisfied, EvaluationPolicy.Henan.DefaultLevel);
    }

    [Fact]
    public void Guangdong_closes_the_window_after_7_calendar_days_with_a_default_fairly_satisfied()
    {
        Assert.Equal(Evaluation.Core.Calendars.TimeLimit.CalendarDays(7), EvaluationPolicy.Guangdong.RatingWindow);
        Assert.Equal(RatingLevel.FairlySatisfied, EvaluationPolicy.Guangdong.DefaultLevel);
    }

    [Fact]
    public void Guangxi_closes_the_window_after_7_calendar_days_with_a_default_very_satisfied()
    {
        Assert.Equal(Evaluation.Core.Calendars.TimeLimit.CalendarDays(7), EvaluationPolicy.Guangxi.RatingWindow);
        Assert.Equal(RatingLevel.VerySatisfied, EvaluationPolicy.Guangxi.DefaultLevel);
    }

    [Fact]
    public void The_national_limits_of_the_bad_rating_loop_appeals_and_follow_ups()
    {
        EvaluationPolicy p = EvaluationPolicy.National;
        Assert.Equal(Evaluation.Core.Calendars.TimeLimit.WorkingDays(1), p.VerificationLimit);
        Assert.Equal(Evaluation.Core.Calendars.TimeLimit.WorkingDays(3), p.AppealFilingLimit);
        Assert.Equal(Evaluation.Core.Calendars.TimeLimit.WorkingDays(5), p.AppealDecisionLimit);
        Assert.Equal(Evaluation.Core.Calendars.TimeLimit.Hours(2), p.FollowUpLimit);
        Assert.Equal(Evaluation.Core.Calendars.TimeLimit.Minutes(30), p.ImmediateMatterLimit);
        Assert.True(p.RequireReasonForBad);
        Assert.False(EvaluationPolicy.TryGetPreset("beijing", out _));
    }

    [Fact]
    public void A_default_level_that_counts_as_bad_is_refused_naming_the_setting()
    {
        ValidationException error = Assert.Throws<ValidationException>(() =>
            EvaluationPolicy.National.ToBuilder().Apply(b => b.DefaultLevel = RatingLevel.Dissatisfied).Build());
        Assert.Contains(error.Errors, e => e.ErrorCode == "policy.default-level.bad");
        Assert.Contains("DefaultLevel", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Display_rounding_outside_0_to_6_places_is_refused() =>
        Assert.Throws<ValidationException>(() => EvaluationPolicy.National.ToBuilder().Apply(b => b.DisplayDecimals = 7).Build());

    [Fact]
    public void ToBuilder_round_trips_every_setting()
    {
        EvaluationPolicy copy = EvaluationPolicy.Guangxi.ToBuilder().Build();
        Assert.Equal(EvaluationPolicy.Guangxi.RatingWindow, copy.RatingWindow);
        Assert.Equal(EvaluationPolicy.Guangxi.DefaultLevel, copy.DefaultLevel);
        Assert.Equal(EvaluationPolicy.Guangxi.RectificationLimit, copy.RectificationLimit);
        Assert.All(RatingLevels.All, l => Assert.Equal(EvaluationPolicy.Guangxi.SentimentOf(l), copy.SentimentOf(l)));
    }
}
