using System.Collections.Immutable;
using Evaluation.Core.Calendars;
using Evaluation.Core.Ratings;
using Evaluation.Core.Utility;

namespace Evaluation.Core.Policies;

/// <summary>
/// The rulebook as data (评价规则): how levels map to good, neutral and bad and their scores, whether a bad rating
/// needs a reason, how many ratings a case may get, the rating window and default rating, every time limit of the
/// bad-rating loop, appeals and follow-ups, the metric variants and display rounding. Provinces differ, so every
/// setting can be changed through <see cref="ToBuilder"/>.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. A policy is validated when built (<see cref="Builder.Build"/>): the mapping must be
/// total and monotone, scores must not decrease with the level, a default level must not count as bad, and
/// display rounding must be 0 to 6 places. Messages name the setting. The presets keep the same rules; the tests
/// check them, so that a program using only presets does not build the validator when it starts.
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
        RequireReasonForBad = builder.RequireReasonForBad;
        RatingsPerCase = builder.RatingsPerCase;
        RatingWindow = builder.RatingWindow;
        DefaultLevel = builder.DefaultLevel;
        VerificationLimit = builder.VerificationLimit;
        RectificationLimit = builder.RectificationLimit;
        FeedbackLimit = builder.FeedbackLimit;
        ExtensionKeepsOnTime = builder.ExtensionKeepsOnTime;
        AppealFilingLimit = builder.AppealFilingLimit;
        AppealDecisionLimit = builder.AppealDecisionLimit;
        FollowUpLimit = builder.FollowUpLimit;
        ImmediateMatterLimit = builder.ImmediateMatterLimit;
        CoverageCountsDefaultRatings = builder.CoverageCountsDefaultRatings;
        ActiveRatingRateBasis = builder.ActiveRatingRateBasis;
        MatterCoverageBasis = builder.MatterCoverageBasis;
        DisplayDecimals = builder.DisplayDecimals;
    }

    /// <summary>
    /// The national baseline: good = levels 4 and 5, neutral = 3, bad = 1 and 2 (澄政办发〔2020〕34号, "后两个等级为差评");
    /// scores 10, 8, 6, 3, 0; a bad rating needs a reason; one rating per case; a 7-working-day rating window closed by a
    /// default 满意 rating; verification within 1 working day and rectification and feedback within 15 working days
    /// (Chengjiang); appeals filed within 3 and decided within 5 working days; follow-up within 2 hours; immediate
    /// matters within 30 minutes.
    /// </summary>
    public static EvaluationPolicy National { get; } = new Builder("national").BuildPreset();

    /// <summary>
    /// Henan: the national baseline with bad ratings rectified within 5 working days (Xiangcheng County, Xuchang) and the
    /// 7-working-day window closed by a default 满意 rating (Xinxiang 高新区).
    /// </summary>
    public static EvaluationPolicy Henan { get; } = new Builder("henan")
    {
        RectificationLimit = TimeLimit.WorkingDays(5),
        FeedbackLimit = TimeLimit.WorkingDays(5),
    }.BuildPreset();

    /// <summary>Guangdong: the national baseline with a 7-calendar-day window closed by a default 基本满意 (3) rating.</summary>
    public static EvaluationPolicy Guangdong { get; } = new Builder("guangdong")
    {
        RatingWindow = TimeLimit.CalendarDays(7),
        DefaultLevel = RatingLevel.FairlySatisfied,
    }.BuildPreset();

    /// <summary>Guangxi: the national baseline with a 7-calendar-day window closed by a default 非常满意 (5) rating.</summary>
    public static EvaluationPolicy Guangxi { get; } = new Builder("guangxi")
    {
        RatingWindow = TimeLimit.CalendarDays(7),
        DefaultLevel = RatingLevel.VerySatisfied,
    }.BuildPreset();

    /// <summary>The policy's name, as reports print it (for example <c>national</c> or <c>henan</c>).</summary>
    public string Name { get; }

    /// <summary>Whether a bad rating must carry a tag or a comment (差评须说明理由).</summary>
    public bool RequireReasonForBad { get; }

    /// <summary>How many active ratings a case may receive.</summary>
    public RatingsPerCase RatingsPerCase { get; }

    /// <summary>How long after a case's completion an active rating is accepted (评价期限).</summary>
    public TimeLimit RatingWindow { get; }

    /// <summary>The level of the default rating (默认评价) generated when the window closes, or null when none is generated.</summary>
    public RatingLevel? DefaultLevel { get; }

    /// <summary>The limit for calling the rater back and verifying a bad rating (回访核实时限), from the rating.</summary>
    public TimeLimit VerificationLimit { get; }

    /// <summary>The limit for rectifying a bad rating (整改时限), from the rating.</summary>
    public TimeLimit RectificationLimit { get; }

    /// <summary>The limit for reporting the rectification back to the rater (反馈时限), from the rating.</summary>
    public TimeLimit FeedbackLimit { get; }

    /// <summary>Whether a recorded extension moves the due instant that on-time rectification is judged against; by default it does not.</summary>
    public bool ExtensionKeepsOnTime { get; }

    /// <summary>The limit for filing an appeal against a bad rating (申诉时限), from the rating.</summary>
    public TimeLimit AppealFilingLimit { get; }

    /// <summary>The limit for deciding an appeal (复核时限), from its filing.</summary>
    public TimeLimit AppealDecisionLimit { get; }

    /// <summary>The limit for following up a case (回访时限), from its completion; 2 hours in the county action plan.</summary>
    public TimeLimit FollowUpLimit { get; }

    /// <summary>The limit after which an immediate matter (即办件) not yet done is flagged for supervision.</summary>
    public TimeLimit ImmediateMatterLimit { get; }

    /// <summary>Whether default ratings count as rating a matter for the coverage rate (variant); by default only active ratings do.</summary>
    public bool CoverageCountsDefaultRatings { get; }

    /// <summary>What the active rating rate (主动评价率) is counted over; by default completed cases (<see cref="ActiveRatingRateBasis.CompletedCases"/>).</summary>
    public ActiveRatingRateBasis ActiveRatingRateBasis { get; }

    /// <summary>What the matter coverage rate (评价覆盖事项率) is counted over; by default completed cases (<see cref="MatterCoverageBasis.CompletedCases"/>).</summary>
    public MatterCoverageBasis MatterCoverageBasis { get; }

    /// <summary>The number of decimal places rates display with (default 2).</summary>
    public int DisplayDecimals { get; }

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

    /// <summary>The preset of a name: national, henan, guangdong or guangxi.</summary>
    /// <param name="name">The preset's name, case-insensitive.</param>
    /// <param name="policy">The preset.</param>
    /// <returns>Whether the name is a preset.</returns>
    public static bool TryGetPreset(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out EvaluationPolicy? policy)
    {
        policy = name?.ToUpperInvariant() switch
        {
            "NATIONAL" => National,
            "HENAN" => Henan,
            "GUANGDONG" => Guangdong,
            "GUANGXI" => Guangxi,
            _ => null,
        };
        return policy is not null;
    }

    /// <inheritdoc />
    public override string ToString() => $"EvaluationPolicy {Name}";

    private static int Index(RatingLevel level)
    {
        Preconditions.CheckArgument(RatingLevels.IsDefined(level), nameof(level), "must be a level between 1 and 5");
        return (int)level - 1;
    }
}
