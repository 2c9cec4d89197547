using Evaluation.Core.Metrics;

namespace Evaluation.Core.Aggregation;

/// <summary>
/// Room for one group's tally that a reader of groups on demand (<see cref="RatedGroups.At"/>) reuses from group to
/// group: the counters, and a tally that reads them as they are, made once rather than once per group. A group's tally
/// read through it is to be read before the room is given again, and the room is used by one thread at a time.
/// </summary>
internal sealed class TallyRoom
{
    /// <summary>Makes the room, its counters at zero.</summary>
    internal TallyRoom()
    {
        Counters = new long[RatingTally.CounterCount];
        Tally = RatingTally.InBlock(Counters, 0);
    }

    /// <summary>The counters (<see cref="RatingTally.CounterCount"/>), which a group read on demand overwrites.</summary>
    internal long[] Counters { get; }

    /// <summary>The tally of whatever the counters hold now.</summary>
    internal RatingTally Tally { get; }
}
