using System;
using System.Collections.Generic;
using System.Linq;
using Evaluation.Core.Calendars;
using Evaluation.Core.Cases;
using Evaluation.Core.Policies;
using Evaluation.Core.Utility;
using NodaTime;

namespace Evaluation.Core.Ratings;

/// <summary>
/// The default-rating rule (默认评价): a completed case that received no active rating by the time its rating window
/// closed is owed one default rating of the policy's default level, carrying the instant the window closed. A case with
/// an active rating, or one that already has a default rating, is owed nothing; a policy without a default level owes none.
/// </summary>
public sealed class DefaultRatingRule
{
    private readonly EvaluationPolicy policy;
    private readonly DeadlineCalculator deadlines;

    /// <summary>Creates the rule.</summary>
    /// <param name="policy">The policy with the rating window and default level.</param>
    /// <param name="deadlines">The calendar and time zone the window is counted in.</param>
    public DefaultRatingRule(EvaluationPolicy policy, DeadlineCalculator deadlines)
    {
        this.policy = Preconditions.CheckNotNull(policy, nameof(policy));
        this.deadlines = Preconditions.CheckNotNull(deadlines, nameof(deadlines));
    }

    /// <summary>The instant a completed case's rating window closes.</summary>
    /// <param name="case">A completed case.</param>
    /// <returns>The instant, or null while the case is in progress.</returns>
    public Instant? WindowClosesAt(ServiceCase @case)
    {
        Preconditions.CheckNotNull(@case, nameof(@case));
        return @case.CompletedAt is Instant completed ? WindowClosesAt(completed) : null;
    }

    /// <summary>The instant the rating window of a case completed at <paramref name="completedAt"/> closes.</summary>
    /// <param name="completedAt">When the case was completed (办结).</param>
    /// <returns>The instant: the end of the window the policy gives, counted in the calculator's calendar.</returns>
    public Instant WindowClosesAt(Instant completedAt) => deadlines.Compute(completedAt, policy.RatingWindow).Due;

    /// <summary>
    /// The rule for one case, for callers that hold cases in columns of their own: a case completed at
    /// <paramref name="completedAt"/> and named by no rating (<paramref name="isRated"/> false) is owed a default rating
    /// at <paramref name="asOf"/> when the policy has a default level and the case's rating window closed by then.
    /// </summary>
    /// <param name="completedAt">When the case was completed (办结).</param>
    /// <param name="isRated">Whether any rating, active or default, names the case.</param>
    /// <param name="asOf">The instant of the assessment.</param>
    /// <param name="windowClosedAt">The instant the window closed, which the default rating carries; default when not owed.</param>
    /// <returns>Whether a default rating is owed.</returns>
    public bool IsOwed(Instant completedAt, bool isRated, Instant asOf, out Instant windowClosedAt)
    {
        windowClosedAt = default;
        if (isRated || policy.DefaultLevel is null)
        {
            return false;
        }
        Instant closes = WindowClosesAt(completedAt);
        if (closes > asOf)
        {
            return false;
        }
        windowClosedAt = closes;
        return true;
    }

    /// <summary>The default ratings owed at <paramref name="asOf"/>, in case-number order.</summary>
    /// <param name="cases">The cases.</param>
    /// <param name="ratings">The ratings already recorded (active and default).</param>
    /// <param name="asOf">The instant of the assessment.</param>
    /// <returns>One entry per case owed a default rating.</returns>
    public IReadOnlyList<DefaultRatingDue> Owed(IEnumerable<ServiceCase> cases, IEnumerable<Rating> ratings, Instant asOf)
    {
        Preconditions.CheckNotNull(cases, nameof(cases));
        Preconditions.CheckNotNull(ratings, nameof(ratings));
        if (policy.DefaultLevel is not RatingLevel level)
        {
            return [];
        }
        // Case numbers by their text, whose ordinal hashing is the cheapest a set of millions of keys can have.
        var rated = new HashSet<string>(ratings.TryGetNonEnumeratedCount(out int count) ? count : 0, StringComparer.Ordinal);
        foreach (Rating rating in ratings)
        {
            if (rating.CaseNumber is CaseNumber number)
            {
                rated.Add(number.Value);
            }
        }
        // Each case is judged alone, on every processor, and the input order kept, so the stable sort below is deterministic.
        return cases.AsParallel().AsOrdered()
            .Select(c => (Case: c, Owed: c.CompletedAt is Instant completed && IsOwed(completed, rated.Contains(c.Number.Value), asOf, out Instant closes) ? closes : (Instant?)null))
            .Where(p => p.Owed is not null)
            .Select(p => new DefaultRatingDue(p.Case, p.Owed!.Value, level))
            .AsSequential()
            .OrderBy(d => d.Case.Number)
            .ToList();
    }
}
