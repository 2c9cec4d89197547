using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Cases;
using Evaluation.Core.Catalog;
using Evaluation.Core.FollowUps;
using Evaluation.Core.Periods;
using Evaluation.Core.Policies;
using Evaluation.Core.Ratings;
using Evaluation.Core.Rectification;
using Evaluation.Core.Validation;
using Evaluation.IO.Csv;
using NodaTime;

namespace Evaluation.Cli.Pipeline;

/// <summary>
/// Everything a report is made from once the records are read: the accepted records, the rejects, the policy, the as-of
/// instant, and the ratings in a batch with their lifecycle facts (including default ratings owed at the as-of instant).
/// </summary>
internal sealed class ReportContext
{
    // The names by code, made when first asked for (rows may be made on several threads at once); the records they come from never change.
    private ImmutableDictionary<string, string>? unitNames, departmentNames, windowNames, matterNames;

    internal required EvaluationPolicy Policy { get; init; }

    internal required Instant AsOf { get; init; }

    internal required RecordSet Accepted { get; init; }

    internal required IReadOnlyList<CsvReject> Rejects { get; init; }

    internal required long Read { get; init; }

    internal required long AcceptedCount { get; init; }

    internal required long RejectedCount { get; init; }

    internal required RatingBatch Batch { get; init; }

    /// <summary>The default ratings owed at the as-of instant, in case-number order (made when enumerated, by the tables' pipeline).</summary>
    internal required IEnumerable<Rating> DefaultRatings { get; init; }

    internal required LocalDate? From { get; init; }

    /// <summary>
    /// The years with a provisional schedule that the report's deadlines may run over: from the year of the earliest
    /// accepted case or rating to the year after the as-of instant's. Empty unless provisional years were asked for.
    /// </summary>
    internal ImmutableArray<int> ProvisionalYears { get; init; } = [];

    internal required LocalDate? To { get; init; }

    internal IEnumerable<ServiceUnit> Units => Accepted.Units.Select(u => u.Record);

    /// <summary>What counts the cases one by one: the records themselves, or the tables they were read into.</summary>
    internal CaseCounter CaseCounter { get; init; } = RecordCaseCounter.Instance;

    /// <summary>The accepted cases.</summary>
    internal required IEnumerable<ServiceCase> Cases { get; init; }

    /// <summary>The accepted ratings (without the default ratings owed).</summary>
    internal required IEnumerable<Rating> AcceptedRatings { get; init; }

    /// <summary>The lifecycle rules at the as-of instant: which ratings are void, where each bad rating's rectification stands.</summary>
    internal required RatingLifecycle Lifecycle { get; init; }

    /// <summary>The accepted and default ratings not voided by an appeal upheld by the as-of instant.</summary>
    internal IEnumerable<Rating> ValidRatings =>
        AcceptedRatings.Concat(DefaultRatings).Where(r => !Lifecycle.Assess(r).IsVoid);

    internal IEnumerable<FollowUp> FollowUps => Accepted.FollowUps.Select(f => f.Record);

    /// <summary>The accepted units' names by code, made once: reports look a name up for each row.</summary>
    internal ImmutableDictionary<string, string> UnitNames =>
        unitNames ?? LazyInitializer.EnsureInitialized(ref unitNames, () => Accepted.Units.ToImmutableDictionary(u => u.Record.Code.Value, u => u.Record.Name));

    /// <summary>The accepted departments' names by code, made once.</summary>
    internal ImmutableDictionary<string, string> DepartmentNames =>
        departmentNames ?? LazyInitializer.EnsureInitialized(ref departmentNames, () => Accepted.Departments.ToImmutableDictionary(d => d.Record.Code.Value, d => d.Record.Name));

    /// <summary>The accepted windows' names by code, made once.</summary>
    internal ImmutableDictionary<string, string> WindowNames =>
        windowNames ?? LazyInitializer.EnsureInitialized(ref windowNames, () => Accepted.Windows.ToImmutableDictionary(w => w.Record.Code.Value, w => w.Record.Name));

    /// <summary>The accepted matters' names by code, made once.</summary>
    internal ImmutableDictionary<string, string> MatterNames =>
        matterNames ?? LazyInitializer.EnsureInitialized(ref matterNames, () => Accepted.Matters.ToImmutableDictionary(m => m.Record.Code.Value, m => m.Record.Name));

    /// <summary>Whether a local date falls in the report's range.</summary>
    internal bool InRange(LocalDate date) => (From is null || date >= From) && (To is null || date <= To);

    /// <summary>The month the "December" columns of the standard tables refer to: the last month of the range or of the data.</summary>
    internal ReportingPeriod LastMonth => ReportingPeriod.Containing(ReportingPeriodKind.Month, To ?? ChinaTime.DateOf(AsOf));

    internal AggregationResult Aggregate(Grouping grouping) => RatingAggregator.Aggregate(Batch, grouping);
}
