namespace Evaluation.Core.Aggregation;

/// <summary>How <see cref="RatingAggregator"/> counts ratings into groups; chosen by the plan (<see cref="AggregationPlan"/>).</summary>
public enum CountingStrategy
{
    /// <summary>
    /// Grouped by the unit alone (or by nothing), with each unit's rows sorted by day: a unit block at a time, a day's run
    /// of rows at a time, a row costing one class read and one increment.
    /// </summary>
    UnitDayRuns = 0,

    /// <summary>Grouped by the unit alone (or by nothing): a unit block at a time, each row looking its period up by its day.</summary>
    UnitRows = 1,

    /// <summary>Any grouping: each row's group computed from its columns and counted in a histogram of every possible group and class.</summary>
    Histogram = 2,

    /// <summary>Groupings with too many possible groups for a histogram or for buckets: the rows' (group, class) keys sorted, giving the groups met.</summary>
    SortedKeys = 3,

    /// <summary>
    /// Groupings with too many possible groups and classes for a histogram but few enough groups to count (by matter and
    /// month, say): the rows' classes put in buckets by group, each group's bucket counted by class.
    /// </summary>
    BucketedClasses = 4,

    /// <summary>
    /// Any grouping whose histogram of every possible group and class fits the memory a histogram may take but not a
    /// processor's cache (by matter and month, say): each row's (group, class) cell is first put in its block of cells, a
    /// block at most a cache's worth, and each block then counted in its part of one histogram, with the cache's speed.
    /// </summary>
    HistogramInBlocks = 5,
}
