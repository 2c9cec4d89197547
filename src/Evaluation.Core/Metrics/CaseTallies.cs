using System;
using System.Collections.Generic;
using System.Linq;
using Evaluation.Core.Calendars;
using Evaluation.Core.Cases;
using Evaluation.Core.Catalog;
using Evaluation.Core.FollowUps;
using Evaluation.Core.Policies;
using Evaluation.Core.Ratings;
using Evaluation.Core.Utility;
using NodaTime;

namespace Evaluation.Core.Metrics;

/// <summary>
/// Counts completed cases into <see cref="CaseTally"/> values: whether each has a valid active rating, a follow-up (and
/// a dissatisfied one), and whether it was completed within its matter's promised limit (<see cref="CaseRules"/>).
/// </summary>
/// <remarks>Immutable once built, so one instance may count on many threads.</remarks>
public sealed class CaseTallies
{
    private readonly CaseRules rules;
    private readonly Dictionary<MatterCode, Matter> matters;
    private readonly Dictionary<CaseNumber, bool> dissatisfiedByCase;
    private readonly HashSet<CaseNumber> activelyRated;

    /// <summary>Prepares the counting.</summary>
    /// <param name="policy">The policy (immediate-matter limit).</param>
    /// <param name="deadlines">The calendar and time zone promised limits are counted in.</param>
    /// <param name="matters">The matter catalogue; a case whose matter is missing counts as on time.</param>
    /// <param name="followUps">The follow-ups (回访).</param>
    /// <param name="validRatings">The ratings that count: accepted by validation and not voided by an upheld appeal.</param>
    public CaseTallies(EvaluationPolicy policy, DeadlineCalculator deadlines, IEnumerable<Matter> matters, IEnumerable<FollowUp> followUps, IEnumerable<Rating> validRatings)
    {
        rules = new CaseRules(Preconditions.CheckNotNull(policy, nameof(policy)), Preconditions.CheckNotNull(deadlines, nameof(deadlines)));
        Preconditions.CheckNotNull(matters, nameof(matters));
        Preconditions.CheckNotNull(followUps, nameof(followUps));
        Preconditions.CheckNotNull(validRatings, nameof(validRatings));
        this.matters = matters.DistinctBy(m => m.Code).ToDictionary(m => m.Code);
        dissatisfiedByCase = [];
        foreach (FollowUp followUp in followUps)
        {
            dissatisfiedByCase[followUp.CaseNumber] = dissatisfiedByCase.GetValueOrDefault(followUp.CaseNumber) || !followUp.Satisfied;
        }
        activelyRated = [.. validRatings.Where(r => r.Origin == RatingOrigin.Active && r.CaseNumber is not null).Select(r => r.CaseNumber!.Value)];
    }

    /// <summary>The tally of one case: <see cref="CaseTally.Empty"/> while it is in progress.</summary>
    /// <param name="case">The case.</param>
    /// <param name="asOf">The instant of the assessment.</param>
    /// <returns>The case's counts, each 0 or 1.</returns>
    public CaseTally Of(ServiceCase @case, Instant asOf)
    {
        Preconditions.CheckNotNull(@case, nameof(@case));
        if (@case.CompletedAt is null)
        {
            return CaseTally.Empty;
        }
        (bool actively, bool followed, bool dissatisfied, bool onTime) = Facts(@case, asOf);
        return new CaseTally(1, actively ? 1 : 0, followed ? 1 : 0, dissatisfied ? 1 : 0, onTime ? 1 : 0);
    }

    /// <summary>The tallies of completed cases grouped by a key; groups without completed cases are absent.</summary>
    /// <typeparam name="TKey">The group key.</typeparam>
    /// <param name="cases">The cases.</param>
    /// <param name="keyOf">The group of a completed case, or null to leave it out.</param>
    /// <param name="asOf">The instant of the assessment.</param>
    /// <returns>The tally of each group.</returns>
    public IReadOnlyDictionary<TKey, CaseTally> By<TKey>(IEnumerable<ServiceCase> cases, Func<ServiceCase, TKey?> keyOf, Instant asOf)
        where TKey : notnull
    {
        Preconditions.CheckNotNull(cases, nameof(cases));
        Preconditions.CheckNotNull(keyOf, nameof(keyOf));
        return By(cases.Where(c => c.CompletedAt is not null).Select(c => (Key: keyOf(c), Case: c)), asOf);
    }

    /// <summary>The tallies of cases already paired with their group; cases in progress are left out.</summary>
    /// <typeparam name="TKey">The group key.</typeparam>
    /// <param name="keyedCases">Each case with its group, or a null group to leave it out.</param>
    /// <param name="asOf">The instant of the assessment.</param>
    /// <returns>The tally of each group.</returns>
    public IReadOnlyDictionary<TKey, CaseTally> By<TKey>(IEnumerable<(TKey? Key, ServiceCase Case)> keyedCases, Instant asOf)
        where TKey : notnull
    {
        Preconditions.CheckNotNull(keyedCases, nameof(keyedCases));
        var groups = new Dictionary<TKey, long[]>();
        foreach ((TKey? group, ServiceCase @case) in keyedCases)
        {
            if (@case.CompletedAt is null || group is not TKey key)
            {
                continue;
            }
            if (!groups.TryGetValue(key, out long[]? sums))
            {
                groups[key] = sums = new long[5];
            }
            (bool actively, bool followed, bool dissatisfied, bool onTime) = Facts(@case, asOf);
            sums[0]++;
            sums[1] += actively ? 1 : 0;
            sums[2] += followed ? 1 : 0;
            sums[3] += dissatisfied ? 1 : 0;
            sums[4] += onTime ? 1 : 0;
        }
        return groups.ToDictionary(g => g.Key, g => new CaseTally(g.Value[0], g.Value[1], g.Value[2], g.Value[3], g.Value[4]));
    }

    private (bool Actively, bool FollowedUp, bool Dissatisfied, bool OnTime) Facts(ServiceCase @case, Instant asOf)
    {
        bool followed = dissatisfiedByCase.TryGetValue(@case.Number, out bool dissatisfied);
        bool onTime = !matters.TryGetValue(@case.MatterCode, out Matter? matter)
            || rules.Assess(@case, matter, asOf).Status is null or DeadlineStatus.DoneOnTime;
        return (activelyRated.Contains(@case.Number), followed, followed && dissatisfied, onTime);
    }
}
