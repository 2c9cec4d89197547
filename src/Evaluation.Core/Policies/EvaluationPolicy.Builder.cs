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
            VerificationLimit = TimeLimit.WorkingDays(1);
            RectificationLimit = TimeLimit.WorkingDays(15);
        }

        internal Builder(EvaluationPolicy policy)
        {
            Name = policy.Name;
            Sentiments = [.. policy.sentiments];
            Scores = [.. policy.scores];
            VerificationLimit = policy.VerificationLimit;
            RectificationLimit = policy.RectificationLimit;
            ExtensionKeepsOnTime = policy.ExtensionKeepsOnTime;
        }

        /// <summary>The verification limit (回访核实时限).</summary>
        public TimeLimit VerificationLimit { get; set; }

        /// <summary>The rectification limit (整改时限).</summary>
        public TimeLimit RectificationLimit { get; set; }

        /// <summary>Whether an extension moves the due instant on-time rectification is judged against.</summary>
        public bool ExtensionKeepsOnTime { get; set; }

        /// <summary>The policy's name.</summary>
        public string Name { get; set; }

        /// <summary>The sentiment of each level, indexed by level code minus one (index 0 is 非常不满意).</summary>
        public Sentiment[] Sentiments { get; }

        /// <summary>The score of each level, indexed by level code minus one.</summary>
        public int[] Scores { get; }

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
                .WithMessage("Every level 1 to 5 must map to Good, Neutral or Bad (每个评价等级都必须对应好评、中评或差评).")
                .Must(s => s.Zip(s.Skip(1)).All(p => p.First <= p.Second))
                .WithErrorCode("policy.sentiment.not-monotone")
                .WithMessage("A better level must never have a worse sentiment (较高的评价等级不得对应较差的评价类型).");
            RuleFor(b => b.Scores)
                .Must(s => s.Length == RatingLevels.MaxCode && s.Zip(s.Skip(1)).All(p => p.First <= p.Second))
                .WithErrorCode("policy.score.not-monotone")
                .WithMessage("There must be one score per level, not decreasing with the level (分值须随评价等级不减).");
        }
    }
}
