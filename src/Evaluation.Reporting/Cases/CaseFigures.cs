namespace Evaluation.Reporting.Cases;

/// <summary>
/// The counts of one group's completed cases (办结件) that a report row prints, as a value: what <see cref="CaseCounts"/>
/// holds, read from a group's sums without making the tally and counts objects, for writers of millions of rows.
/// </summary>
/// <param name="Completed">Completed cases (办结件数).</param>
/// <param name="ActivelyRated">Completed cases with a valid active rating (主动评价件数).</param>
/// <param name="FollowedUp">Completed cases with at least one follow-up (已回访件数).</param>
/// <param name="Dissatisfied">Followed-up cases found dissatisfied (回访不满意件数).</param>
/// <param name="Matters">Distinct matters with a completed case (有办结件的事项数).</param>
/// <param name="MattersRated">Distinct matters among them rated as the policy counts it (有主动评价的事项数).</param>
internal readonly record struct CaseFigures(long Completed, long ActivelyRated, long FollowedUp, long Dissatisfied, long Matters, long MattersRated)
{
    /// <summary>The figures of a group's counts.</summary>
    internal static CaseFigures Of(CaseCounts counts) =>
        new(counts.Tally.Completed, counts.Tally.ActivelyRated, counts.Tally.FollowedUp, counts.Tally.Dissatisfied, counts.Matters, counts.MattersRated);
}
