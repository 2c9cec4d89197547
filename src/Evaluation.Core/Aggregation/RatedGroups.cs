using System.Collections.Generic;
using System.Collections.Immutable;
using Evaluation.Core.Metrics;
using Evaluation.Core.Periods;

namespace Evaluation.Core.Aggregation;

/// <summary>
/// The groups with ratings of an aggregation, in key order, each group's key, tally and coverage given when asked for
/// (<see cref="RatingAggregator.AggregateOnDemand"/>): for a caller that reads each group once, as a report's rows do.
/// </summary>
internal abstract class RatedGroups
{
    /// <summary>The number of groups with ratings.</summary>
    internal abstract int Count { get; }

    /// <summary>Every period a group may have (some may have none): each period's text can then be made once, before the groups are read.</summary>
    internal abstract IEnumerable<ReportingPeriod> Periods { get; }

    /// <summary>
    /// A group's codes and period, the parts of its key, without making the key; asked for in order, groups that differ
    /// only by their period share their codes (as the layout's keys do when asked for in order).
    /// </summary>
    /// <param name="index">The group's place in key order.</param>
    /// <param name="last">The codes asked for before; the default before the first.</param>
    internal abstract (ImmutableArray<string?> Codes, ReportingPeriod? Period) PartsAt(int index, ref (int Number, ImmutableArray<string?> Codes) last);

    /// <summary>
    /// A group's tally and coverage; safe to ask for from several threads at once, each with a room of its own. The
    /// tally may be the room's (<see cref="TallyRoom.Tally"/>): it is to be read before the room is given again.
    /// </summary>
    /// <param name="index">The group's place in key order.</param>
    /// <param name="room">Room for a tally's counters, which the caller reuses.</param>
    internal abstract (RatingTally Tally, MatterCoverage Coverage) At(int index, TallyRoom room);
}
