using Evaluation.Core.Utility;

namespace Evaluation.Core.Metrics;

/// <summary>
/// The named metrics of the rating reports, each a <see cref="Rate"/> derived from a <see cref="RatingTally"/>.
/// Rates over several groups come from merged tallies: the ratio of sums, never the mean of rates.
/// </summary>
public static class RatingMetrics
{
    /// <summary>
    /// Active rating rate (主动评价率): valid active case-linked ratings over valid case-linked ratings (active and default).
    /// Once the default-rating rule has run, every completed case past its rating window has exactly one valid rating,
    /// so this equals completed cases with a valid active rating over completed cases; attributed to the rating instant.
    /// </summary>
    /// <param name="tally">The group's tally.</param>
    /// <returns>The rate.</returns>
    public static Rate ActiveRatingRate(this RatingTally tally) => Of(tally, TallyCounter.CaseActiveRatings, TallyCounter.CaseRatings);

    /// <summary>Good rate (好评率): valid good ratings over valid ratings.</summary>
    /// <param name="tally">The group's tally.</param>
    /// <returns>The rate.</returns>
    public static Rate GoodRate(this RatingTally tally) => Of(tally, TallyCounter.Good, TallyCounter.Ratings);

    /// <summary>Neutral rate (中评率): valid neutral ratings over valid ratings.</summary>
    /// <param name="tally">The group's tally.</param>
    /// <returns>The rate.</returns>
    public static Rate NeutralRate(this RatingTally tally) => Of(tally, TallyCounter.Neutral, TallyCounter.Ratings);

    /// <summary>Bad rate (差评率): valid bad ratings over valid ratings.</summary>
    /// <param name="tally">The group's tally.</param>
    /// <returns>The rate.</returns>
    public static Rate BadRate(this RatingTally tally) => Of(tally, TallyCounter.Bad, TallyCounter.Ratings);

    /// <summary>Satisfaction rate (满意率): valid ratings of levels 3 to 5 over valid ratings; not the same as the good rate.</summary>
    /// <param name="tally">The group's tally.</param>
    /// <returns>The rate.</returns>
    public static Rate SatisfactionRate(this RatingTally tally)
    {
        Preconditions.CheckNotNull(tally, nameof(tally));
        return new Rate(tally[TallyCounter.Level3] + tally[TallyCounter.Level4] + tally[TallyCounter.Level5], tally.Ratings);
    }

    /// <summary>Rectification rate (差评整改率): valid bad ratings rectified by the as-of instant over valid bad ratings.</summary>
    /// <param name="tally">The group's tally.</param>
    /// <returns>The rate.</returns>
    public static Rate RectificationRate(this RatingTally tally) => Of(tally, TallyCounter.BadRectified, TallyCounter.Bad);

    /// <summary>On-time rectification rate (差评按期整改率): valid bad ratings rectified by their due instant over valid bad ratings.</summary>
    /// <param name="tally">The group's tally.</param>
    /// <returns>The rate.</returns>
    public static Rate OnTimeRectificationRate(this RatingTally tally) => Of(tally, TallyCounter.BadRectifiedOnTime, TallyCounter.Bad);

    /// <summary>Real-name follow-up rate (实名差评回访率): real-name valid bad ratings verified over real-name valid bad ratings.</summary>
    /// <param name="tally">The group's tally.</param>
    /// <returns>The rate.</returns>
    public static Rate RealNameFollowUpRate(this RatingTally tally) => Of(tally, TallyCounter.RealNameBadVerified, TallyCounter.RealNameBad);

    /// <summary>Average score (平均分) under the policy's scores, exact, or null when there are no valid ratings.</summary>
    /// <param name="tally">The group's tally.</param>
    /// <returns>The average.</returns>
    public static decimal? AverageScore(this RatingTally tally)
    {
        Preconditions.CheckNotNull(tally, nameof(tally));
        return tally.Ratings == 0 ? null : (decimal)tally[TallyCounter.ScoreSum] / tally.Ratings;
    }

    private static Rate Of(RatingTally tally, TallyCounter numerator, TallyCounter denominator)
    {
        Preconditions.CheckNotNull(tally, nameof(tally));
        return new Rate(tally[numerator], tally[denominator]);
    }
}
