using Evaluation.Core.Metrics;

namespace Evaluation.Reporting.Cases;

/// <summary>
/// One group's sums over its completed cases, and the numbers of its distinct matters and rated matters (set when the
/// group's cases are counted by matter, where each group has one matter; otherwise counted afterwards from the marks).
/// </summary>
internal readonly record struct CaseSums(long Completed, long Actively, long FollowedUp, long Dissatisfied, long OnTime, long Matters, long MattersRated)
{
    internal CaseCounts Counts => new(new CaseTally(Completed, Actively, FollowedUp, Dissatisfied, OnTime), Matters, MattersRated);

    internal CaseSums Add(bool isActivelyRated, bool isFollowedUp, bool isDissatisfied, bool isOnTime, bool isNewMatter, bool isNewRatedMatter) => new(
        Completed + 1,
        Actively + (isActivelyRated ? 1 : 0),
        FollowedUp + (isFollowedUp ? 1 : 0),
        Dissatisfied + (isDissatisfied ? 1 : 0),
        OnTime + (isOnTime ? 1 : 0),
        Matters + (isNewMatter ? 1 : 0),
        MattersRated + (isNewRatedMatter ? 1 : 0));

    /// <summary>
    /// The sums of the same group over two runs of cases: tallies add; the matters, at most one per group while they
    /// are set at all (by matter), are the union of the two runs' one matter.
    /// </summary>
    internal CaseSums Merge(CaseSums other) => new(
        Completed + other.Completed,
        Actively + other.Actively,
        FollowedUp + other.FollowedUp,
        Dissatisfied + other.Dissatisfied,
        OnTime + other.OnTime,
        System.Math.Max(Matters, other.Matters),
        System.Math.Max(MattersRated, other.MattersRated));
}
