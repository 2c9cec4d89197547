using Evaluation.Core.Metrics;

namespace Evaluation.Reporting.Cases;

/// <summary>
/// One group's sums over its completed cases, and the numbers of its distinct matters and rated matters (set when the
/// group's cases are counted by matter, where each group has one matter; otherwise counted afterwards from the marks).
/// </summary>
/// <remarks>
/// Each sum counts rows of one case table, which has fewer than 2^31, so it is kept in 4 bytes: 28 bytes a group rather
/// than 56, for the tables of tens of thousands of groups that every case row adds to at random.
/// </remarks>
internal readonly record struct CaseSums
{
    private readonly int completed, actively, followedUp, dissatisfied, onTime, matters, mattersRated;

    /// <summary>Makes the sums; each must be a count of one table's rows or matters.</summary>
    internal CaseSums(long Completed, long Actively, long FollowedUp, long Dissatisfied, long OnTime, long Matters, long MattersRated)
        : this(checked((int)Completed), checked((int)Actively), checked((int)FollowedUp), checked((int)Dissatisfied), checked((int)OnTime), checked((int)Matters), checked((int)MattersRated))
    {
    }

    private CaseSums(int completed, int actively, int followedUp, int dissatisfied, int onTime, int matters, int mattersRated)
    {
        this.completed = completed;
        this.actively = actively;
        this.followedUp = followedUp;
        this.dissatisfied = dissatisfied;
        this.onTime = onTime;
        this.matters = matters;
        this.mattersRated = mattersRated;
    }

    internal long Completed => completed;

    internal long Actively => actively;

    internal long FollowedUp => followedUp;

    internal long Dissatisfied => dissatisfied;

    internal long OnTime => onTime;

    internal long Matters
    {
        get => matters;
        init => matters = checked((int)value);
    }

    internal long MattersRated
    {
        get => mattersRated;
        init => mattersRated = checked((int)value);
    }

    internal CaseCounts Counts => new(new CaseTally(Completed, Actively, FollowedUp, Dissatisfied, OnTime), Matters, MattersRated);

    /// <summary>The figures a report row prints, without the objects of <see cref="Counts"/>.</summary>
    internal CaseFigures Figures => new(Completed, Actively, FollowedUp, Dissatisfied, Matters, MattersRated);

    internal CaseSums Add(bool isActivelyRated, bool isFollowedUp, bool isDissatisfied, bool isOnTime, bool isNewMatter, bool isNewRatedMatter) => new(
        completed + 1,
        actively + (isActivelyRated ? 1 : 0),
        followedUp + (isFollowedUp ? 1 : 0),
        dissatisfied + (isDissatisfied ? 1 : 0),
        onTime + (isOnTime ? 1 : 0),
        matters + (isNewMatter ? 1 : 0),
        mattersRated + (isNewRatedMatter ? 1 : 0));

    /// <summary>
    /// The sums of the same group over two runs of cases: tallies add; the matters, at most one per group while they
    /// are set at all (by matter), are the union of the two runs' one matter.
    /// </summary>
    internal CaseSums Merge(CaseSums other) => new(
        completed + other.completed,
        actively + other.actively,
        followedUp + other.followedUp,
        dissatisfied + other.dissatisfied,
        onTime + other.onTime,
        System.Math.Max(matters, other.matters),
        System.Math.Max(mattersRated, other.mattersRated));
}
