using System;
using System.Linq;
using Evaluation.Core.Calendars;
using Evaluation.Core.Ratings;
using Evaluation.Core.Utility;
using FluentValidation;

namespace Evaluation.Core.Policies;

public sealed partial class EvaluationPolicy
{
    /// <summary>
    /// A mutable set of policy settings. <see cref="Build"/> validates them and returns an immutable policy,
    /// or throws <see cref="ValidationException"/> naming each invalid setting.
    /// </summary>
    public sealed class Builder
    {
        /// <summary>Creates a builder holding the national baseline's settings under a new name.</summary>
        /// <param name="name">The new policy's name.</param>
        public Builder(string name)
        {
            Name = name;
            Sentiments = [Sentiment.Bad, Sentiment.Bad, Sentiment.Neutral, Sentiment.Good, Sentiment.Good];
            Scores = [0, 3, 6, 8, 10];
            RequireReasonForBad = true;
            RatingsPerCase = RatingsPerCase.One;
            RatingWindow = TimeLimit.WorkingDays(7);
            DefaultLevel = RatingLevel.Satisfied;
            VerificationLimit = TimeLimit.WorkingDays(1);
            RectificationLimit = TimeLimit.WorkingDays(15);
            FeedbackLimit = TimeLimit.WorkingDays(15);
            AppealFilingLimit = TimeLimit.WorkingDays(3);
            AppealDecisionLimit = TimeLimit.WorkingDays(5);
            FollowUpLimit = TimeLimit.Hours(2);
            ImmediateMatterLimit = TimeLimit.Minutes(30);
            DisplayDecimals = 2;
        }

        internal Builder(EvaluationPolicy policy)
        {
            Name = policy.Name;
            Sentiments = [.. policy.sentiments];
            Scores = [.. policy.scores];
            RequireReasonForBad = policy.RequireReasonForBad;
            RatingsPerCase = policy.RatingsPerCase;
            RatingWindow = policy.RatingWindow;
            DefaultLevel = policy.DefaultLevel;
            VerificationLimit = policy.VerificationLimit;
            RectificationLimit = policy.RectificationLimit;
            FeedbackLimit = policy.FeedbackLimit;
            ExtensionKeepsOnTime = policy.ExtensionKeepsOnTime;
            AppealFilingLimit = policy.AppealFilingLimit;
            AppealDecisionLimit = policy.AppealDecisionLimit;
            FollowUpLimit = policy.FollowUpLimit;
            ImmediateMatterLimit = policy.ImmediateMatterLimit;
            CoverageCountsDefaultRatings = policy.CoverageCountsDefaultRatings;
            ActiveRatingRateBasis = policy.ActiveRatingRateBasis;
            MatterCoverageBasis = policy.MatterCoverageBasis;
            DisplayDecimals = policy.DisplayDecimals;
        }

        /// <summary>The policy's name.</summary>
        public string Name { get; set; }

        /// <summary>The sentiment of each level, indexed by level code minus one (index 0 is 非常不满意).</summary>
        public Sentiment[] Sentiments { get; }

        /// <summary>The score of each level, indexed by level code minus one.</summary>
        public int[] Scores { get; }

        /// <summary>Whether a bad rating must carry a tag or a comment.</summary>
        public bool RequireReasonForBad { get; set; }

        /// <summary>How many active ratings a case may receive.</summary>
        public RatingsPerCase RatingsPerCase { get; set; }

        /// <summary>The rating window after completion.</summary>
        public TimeLimit RatingWindow { get; set; }

        /// <summary>The default rating's level, or null for none.</summary>
        public RatingLevel? DefaultLevel { get; set; }

        /// <summary>The verification limit (回访核实时限).</summary>
        public TimeLimit VerificationLimit { get; set; }

        /// <summary>The rectification limit (整改时限).</summary>
        public TimeLimit RectificationLimit { get; set; }

        /// <summary>The feedback limit (反馈时限).</summary>
        public TimeLimit FeedbackLimit { get; set; }

        /// <summary>Whether an extension moves the due instant on-time rectification is judged against.</summary>
        public bool ExtensionKeepsOnTime { get; set; }

        /// <summary>The appeal filing limit (申诉时限).</summary>
        public TimeLimit AppealFilingLimit { get; set; }

        /// <summary>The appeal decision limit (复核时限).</summary>
        public TimeLimit AppealDecisionLimit { get; set; }

        /// <summary>The follow-up limit (回访时限).</summary>
        public TimeLimit FollowUpLimit { get; set; }

        /// <summary>The immediate-matter limit (即办件时限).</summary>
        public TimeLimit ImmediateMatterLimit { get; set; }

        /// <summary>Whether default ratings count toward matter coverage.</summary>
        public bool CoverageCountsDefaultRatings { get; set; }

        /// <summary>What the active rating rate (主动评价率) is counted over; completed cases by default.</summary>
        public ActiveRatingRateBasis ActiveRatingRateBasis { get; set; }

        /// <summary>What the matter coverage rate (评价覆盖事项率) is counted over; completed cases by default.</summary>
        public MatterCoverageBasis MatterCoverageBasis { get; set; }

        /// <summary>Decimal places of displayed rates, 0 to 6.</summary>
        public int DisplayDecimals { get; set; }

        /// <summary>Sets the sentiment of one level.</summary>
        /// <param name="level">The level.</param>
        /// <param name="sentiment">Its sentiment.</param>
        /// <returns>This builder.</returns>
        public Builder MapLevel(RatingLevel level, Sentiment sentiment)
        {
            Preconditions.CheckArgument(RatingLevels.IsDefined(level), nameof(level), "must be a level between 1 and 5");
            Sentiments[(int)level - 1] = sentiment;
            return this;
        }

        /// <summary>Validates the settings and builds the policy.</summary>
        /// <returns>The immutable policy.</returns>
        /// <exception cref="ValidationException">A setting breaks a rule; the message names it.</exception>
        public EvaluationPolicy Build()
        {
            PolicyValidator.Instance.ValidateAndThrow(this);
            return new EvaluationPolicy(this);
        }

        /// <summary>
        /// Builds one of the presets without validating it: the presets are constants that the tests validate, so a
        /// program that only uses them does not build the validator when it starts.
        /// </summary>
        internal EvaluationPolicy BuildPreset() => new(this);
    }

    private sealed class PolicyValidator : AbstractValidator<Builder>
    {
        internal static readonly PolicyValidator Instance = new();

        private PolicyValidator()
        {
            RuleFor(b => b.Name).NotEmpty().WithErrorCode("policy.name.empty");
            RuleFor(b => b.Sentiments)
                .Must(s => s.Length == RatingLevels.MaxCode && s.All(Enum.IsDefined))
                .WithErrorCode("policy.sentiment.unmapped")
                .WithMessage("Sentiments: every level 1 to 5 must map to Good, Neutral or Bad (每个评价等级都必须对应好评、中评或差评).")
                .Must(s => s.Zip(s.Skip(1)).All(p => p.First <= p.Second))
                .WithErrorCode("policy.sentiment.not-monotone")
                .WithMessage("Sentiments: a better level must never have a worse sentiment (较高的评价等级不得对应较差的评价类型).");
            RuleFor(b => b.Scores)
                .Must(s => s.Length == RatingLevels.MaxCode && s.Zip(s.Skip(1)).All(p => p.First <= p.Second))
                .WithErrorCode("policy.score.not-monotone")
                .WithMessage("Scores: there must be one score per level, not decreasing with the level (分值须随评价等级不减).");
            RuleFor(b => b.DefaultLevel)
                .Must((b, level) => level is null || (RatingLevels.IsDefined(level.Value) && b.Sentiments.Length == 5 && b.Sentiments[(int)level.Value - 1] != Sentiment.Bad))
                .WithErrorCode("policy.default-level.bad")
                .WithMessage("DefaultLevel: a default rating must be a defined level that does not count as bad (默认评价不得为差评).");
            RuleFor(b => b.RatingsPerCase).IsInEnum().WithErrorCode("policy.ratings-per-case.undefined");
            RuleFor(b => b.ActiveRatingRateBasis).IsInEnum().WithErrorCode("policy.active-rate-basis.undefined");
            RuleFor(b => b.MatterCoverageBasis).IsInEnum().WithErrorCode("policy.coverage-basis.undefined");
            RuleFor(b => b.DisplayDecimals).InclusiveBetween(0, 6).WithErrorCode("policy.display-decimals.out-of-range")
                .WithMessage("DisplayDecimals: rates display with 0 to 6 decimal places (显示位数须在0到6之间).");
            RuleFor(b => b.FeedbackLimit)
                .Must((b, limit) => limit.Unit != b.RectificationLimit.Unit || limit.Amount >= b.RectificationLimit.Amount)
                .WithErrorCode("policy.feedback-limit.before-rectification")
                .WithMessage("FeedbackLimit: feedback cannot be due before the rectification it reports (反馈时限不得早于整改时限).");
        }
    }
}
