using System;
using System.Collections.Immutable;
using Evaluation.Core.Calendars;
using Evaluation.Core.Ratings;
using Evaluation.Core.Utility;

namespace Evaluation.Core.Policies;

/// <summary>
/// The rulebook as data (评价规则): how levels map to good, neutral and bad, and the score of each level.
/// Provinces differ, so every number can be changed through <see cref="ToBuilder"/>.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. A policy is validated when built: the mapping must be total (every level mapped)
/// and monotone (a better level never has a worse sentiment), and scores must not decrease with the level.
/// </remarks>
public sealed partial class EvaluationPolicy
{
    private readonly ImmutableArray<Sentiment> sentiments;
    private readonly ImmutableArray<int> scores;

    internal EvaluationPolicy(Builder builder)
    {
        Name = builder.Name;
        sentiments = [.. builder.Sentiments];
        scores = [.. builder.Scores];
        VerificationLimit = builder.VerificationLimit;
        RectificationLimit = builder.RectificationLimit;
        ExtensionKeepsOnTime = builder.ExtensionKeepsOnTime;
    }

    /// <summary>The limit for calling the rater back and verifying a bad rating (回访核实时限); library default 1 working day.</summary>
    public TimeLimit VerificationLimit { get; }

    /// <summary>The limit for rectifying a bad rating (整改时限), counted from the rating; the national baseline is 15 working days.</summary>
    public TimeLimit RectificationLimit { get; }

    /// <summary>Whether a recorded extension moves the due instant that on-time rectification is judged against; by default it does not.</summary>
    public bool ExtensionKeepsOnTime { get; }

    /// <summary>
    /// The national baseline: good = levels 4 and 5, neutral = 3, bad = 1 and 2 (澄政办发〔2020〕34号,
    /// "后两个等级为差评"); scores 10, 8, 6, 3, 0 for levels 5 to 1.
    /// </summary>
    public static EvaluationPolicy National { get; } = new Builder("national").Build();

    /// <summary>
    /// Henan's preset: the national mapping with bad ratings rectified within 5 working days (Xiangcheng County, Xuchang).
    /// </summary>
    public static EvaluationPolicy Henan { get; } = new Builder("henan") { RectificationLimit = TimeLimit.WorkingDays(5) }.Build();

    /// <summary>The policy's name, as reports print it (for example <c>national</c> or <c>henan</c>).</summary>
    public string Name { get; }

    /// <summary>The sentiment of a level (好评, 中评 or 差评).</summary>
    /// <param name="level">A level between 1 and 5.</param>
    /// <returns>The sentiment.</returns>
    public Sentiment SentimentOf(RatingLevel level) => sentiments[Index(level)];

    /// <summary>The score of a level, used for an average score (平均分).</summary>
    /// <param name="level">A level between 1 and 5.</param>
    /// <returns>The score.</returns>
    public int ScoreOf(RatingLevel level) => scores[Index(level)];

    /// <summary>Whether a level counts as bad (差评) under this policy.</summary>
    /// <param name="level">A level between 1 and 5.</param>
    /// <returns>True for bad levels.</returns>
    public bool IsBad(RatingLevel level) => SentimentOf(level) == Sentiment.Bad;

    /// <summary>Returns a builder holding this policy's settings, to derive a changed policy.</summary>
    /// <returns>A new builder.</returns>
    public Builder ToBuilder() => new(this);

    /// <inheritdoc />
    public override string ToString() => $"EvaluationPolicy {Name}";

    private static int Index(RatingLevel level)
    {
        Preconditions.CheckArgument(RatingLevels.IsDefined(level), nameof(level), "must be a level between 1 and 5");
        return (int)level - 1;
    }
}
