namespace Evaluation.Core.Aggregation;

/// <summary>How <see cref="RatingAggregator"/> finds each group's distinct matters (评价覆盖事项); chosen by the plan (<see cref="AggregationPlan"/>).</summary>
public enum CoverageStrategy
{
    /// <summary>Coverage was not asked for (<see cref="AggregationOptions.IncludeCoverage"/> false).</summary>
    None = 0,

    /// <summary>Grouped by the unit alone, each unit's rows sorted by day: matters marked straight into each group's bitsets a day's run at a time.</summary>
    UnitDayRuns = 1,

    /// <summary>Grouped by the unit first: matters marked one unit block at a time in bitsets covering only that unit's groups.</summary>
    UnitBlocks = 2,

    /// <summary>Any grouping: one bitset of matters per possible group, marked row by row and united across partitions.</summary>
    Bitsets = 3,

    /// <summary>Groupings whose bitsets would be too large and whose possible groups are too many to count: the marking rows' (group, matter) keys sorted, giving each group's matters.</summary>
    SortedMarks = 4,

    /// <summary>
    /// Groupings with the matter among their codes: a group's one matter is covered, and rated, when its class counts hold
    /// a class that marks it so; no pass over the rows of its own.
    /// </summary>
    MatterOfGroup = 5,

    /// <summary>
    /// Groupings whose bitsets would be too large but whose possible groups are few enough to count (by department and
    /// month, say): the marking rows' matters put in buckets by group, each group's matters read off its bucket.
    /// </summary>
    BucketedMarks = 6,

    /// <summary>
    /// Grouped by one dimension whose every code lies within one unit (a department or a window of one unit, 部门、窗口):
    /// matters marked a unit's block at a time (a unit's period at a time when its rows are sorted by day) in bitsets of
    /// only the groups met there, each group's coverage final when the block or period ends.
    /// </summary>
    NestedUnitBlocks = 7,
}
