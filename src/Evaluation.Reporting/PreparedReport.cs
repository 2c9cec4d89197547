using System;
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
using Evaluation.IO.Json;
using Evaluation.Reporting.Cases;
using Evaluation.Reporting.Partials;
using NodaTime;

namespace Evaluation.Reporting;

/// <summary>
/// A report ready to be counted (已校验、已适用生命周期规则的数据): the accepted records, the rejects, the as-of instant, and
/// the ratings of the range in a batch with their lifecycle facts (including the default ratings owed at the as-of
/// instant). Made by <see cref="ReportPipeline.Prepare"/>; its rows by any grouping come from <see cref="Rows"/>.
/// </summary>
/// <remarks>
/// Immutable and safe to read from several threads at once: each method counts afresh from the same data, so one
/// prepared report serves any number of groupings.
/// </remarks>
public sealed class PreparedReport
{
    // The names by code, made when first asked for (rows may be made on several threads at once); the records they come
    // from never change. The rows read the plain dictionaries: one of 50,000 matters is made in a twentieth of the time
    // of an immutable one, and read faster; the immutable ones, for callers, are made from them.
    private Dictionary<string, string>? unitNameLookup, departmentNameLookup, windowNameLookup, matterNameLookup;
    private ImmutableDictionary<string, string>? unitNames, departmentNames, windowNames, matterNames;

    internal PreparedReport()
    {
    }

    /// <summary>The policy the report was prepared under (口径).</summary>
    public required EvaluationPolicy Policy { get; init; }

    /// <summary>The instant open rectifications and owed default ratings were judged at (统计截止时点).</summary>
    public required Instant AsOf { get; init; }

    /// <summary>The first date counted, or null.</summary>
    public required LocalDate? From { get; init; }

    /// <summary>The last date counted, or null.</summary>
    public required LocalDate? To { get; init; }

    /// <summary>Records read over all files (read = accepted + rejected).</summary>
    public required long Read { get; init; }

    /// <summary>Records accepted.</summary>
    public required long AcceptedCount { get; init; }

    /// <summary>Records rejected: unreadable rows and records that broke a rule, each in <see cref="Rejects"/>.</summary>
    public required long RejectedCount { get; init; }

    /// <summary>Every rejected record with its file, line, field and rule, in file order.</summary>
    public required IReadOnlyList<CsvReject> Rejects { get; init; }

    /// <summary>
    /// The years with a provisional holiday schedule that the report's deadlines may run over: from the year of the
    /// earliest accepted case or rating to the year after the as-of instant's. Empty unless the calendar has provisional years.
    /// </summary>
    public ImmutableArray<int> ProvisionalYears { get; init; } = [];

    /// <summary>
    /// The year of the earliest accepted case or rating, which <see cref="ProvisionalYears"/> were looked for from (from
    /// the as-of instant's year when there is none); null when there is none or the calendar has no provisional year.
    /// </summary>
    internal int? FirstKeptYear { get; init; }

    /// <summary>The accepted records of the catalogue and of the smaller files (units, departments, windows, matters, appeals, rectifications, follow-ups).</summary>
    public required RecordSet AcceptedRecords { get; init; }

    /// <summary>The accepted units.</summary>
    public IEnumerable<ServiceUnit> Units => AcceptedRecords.Units.Select(u => u.Record);

    /// <summary>The accepted departments (部门).</summary>
    public IEnumerable<Department> Departments => AcceptedRecords.Departments.Select(d => d.Record);

    /// <summary>The accepted windows (窗口).</summary>
    public IEnumerable<ServiceWindow> Windows => AcceptedRecords.Windows.Select(w => w.Record);

    /// <summary>The accepted cases, made as records when enumerated.</summary>
    public required IEnumerable<ServiceCase> Cases { get; init; }

    /// <summary>The accepted ratings (without the default ratings owed), made as records when enumerated.</summary>
    public required IEnumerable<Rating> AcceptedRatings { get; init; }

    /// <summary>The default ratings (默认评价) owed at the as-of instant to completed cases left unrated, in case-number order.</summary>
    public required IEnumerable<Rating> DefaultRatings { get; init; }

    /// <summary>The lifecycle rules at the as-of instant: which ratings are void, where each bad rating's rectification stands.</summary>
    public required RatingLifecycle Lifecycle { get; init; }

    /// <summary>The accepted and default ratings not voided by an appeal upheld by the as-of instant.</summary>
    public IEnumerable<Rating> ValidRatings => AcceptedRatings.Concat(DefaultRatings).Where(r => !Lifecycle.Assess(r).IsVoid);

    /// <summary>The accepted follow-ups (回访).</summary>
    public IEnumerable<FollowUp> FollowUps => AcceptedRecords.FollowUps.Select(f => f.Record);

    /// <summary>The accepted units' names by code.</summary>
    public ImmutableDictionary<string, string> UnitNames =>
        unitNames ?? LazyInitializer.EnsureInitialized(ref unitNames, () => NamesOf(GroupingDimension.Unit).ToImmutableDictionary());

    /// <summary>The accepted departments' names by code.</summary>
    public ImmutableDictionary<string, string> DepartmentNames =>
        departmentNames ?? LazyInitializer.EnsureInitialized(ref departmentNames, () => NamesOf(GroupingDimension.Department).ToImmutableDictionary());

    /// <summary>The accepted windows' names by code.</summary>
    public ImmutableDictionary<string, string> WindowNames =>
        windowNames ?? LazyInitializer.EnsureInitialized(ref windowNames, () => NamesOf(GroupingDimension.Window).ToImmutableDictionary());

    /// <summary>The accepted matters' names by code.</summary>
    public ImmutableDictionary<string, string> MatterNames =>
        matterNames ?? LazyInitializer.EnsureInitialized(ref matterNames, () => NamesOf(GroupingDimension.Matter).ToImmutableDictionary());

    /// <summary>The catalogue's name of a unit, department, window or matter by its code, or null; a channel is its own name.</summary>
    internal string? NameOf(GroupingDimension dimension, string code) =>
        dimension == GroupingDimension.Channel ? code : NamesOf(dimension).GetValueOrDefault(code);

    /// <summary>The accepted catalogue's names by code of a dimension other than the channel.</summary>
    private Dictionary<string, string> NamesOf(GroupingDimension dimension) => dimension switch
    {
        GroupingDimension.Unit => Lookup(ref unitNameLookup, AcceptedRecords.Units, u => (u.Code.Value, u.Name)),
        GroupingDimension.Department => Lookup(ref departmentNameLookup, AcceptedRecords.Departments, d => (d.Code.Value, d.Name)),
        GroupingDimension.Matter => Lookup(ref matterNameLookup, AcceptedRecords.Matters, m => (m.Code.Value, m.Name)),
        GroupingDimension.Window => Lookup(ref windowNameLookup, AcceptedRecords.Windows, w => (w.Code.Value, w.Name)),
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "A channel has no catalogue."),
    };

    /// <summary>The month the "December" columns of the standard tables refer to: the last month of the range, or the as-of instant's.</summary>
    public ReportingPeriod LastMonth => ReportingPeriod.Containing(ReportingPeriodKind.Month, To ?? ChinaTime.DateOf(AsOf));

    /// <summary>Names by code made from records when first asked for (accepted catalogue codes are unique; were one not, its first record's name would be kept).</summary>
    private static Dictionary<string, string> Lookup<T>(ref Dictionary<string, string>? made, ImmutableArray<Sourced<T>> records, Func<T, (string Code, string Name)> named)
        where T : class =>
        made ?? LazyInitializer.EnsureInitialized(ref made, () =>
        {
            var byCode = new Dictionary<string, string>(records.Length, StringComparer.Ordinal);
            foreach (Sourced<T> record in records)
            {
                (string code, string name) = named(record.Record);
                byCode.TryAdd(code, name);
            }
            return byCode;
        });

    /// <summary>Whether any completed case was accepted: without one, the metrics over completed cases are not applicable.</summary>
    public bool HasCases => Counter.HasCompletedCases;

    /// <summary>What counts the cases one by one, from the tables they were read into.</summary>
    internal CaseCounter Counter { get; init; } = null!;

    /// <summary>
    /// The batch (评价批) of the range's valid and void ratings, the default ratings owed among them, encoded for
    /// aggregation: what <see cref="Aggregate"/> counts, for a caller with groupings or slices of its own.
    /// </summary>
    public RatingBatch Batch { get; internal init; } = null!;

    /// <summary>Whether a local date falls in the report's range.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when neither end excludes it.</returns>
    public bool InRange(LocalDate date) => (From is null || date >= From) && (To is null || date <= To);

    /// <summary>The rating tallies and matter coverage by ratings (attributed to the rating instant) of each group.</summary>
    /// <param name="grouping">The grouping.</param>
    /// <returns>The groups with ratings.</returns>
    /// <exception cref="GroupingTooLargeException">The grouping has more groups than can be counted.</exception>
    public AggregationResult Aggregate(Grouping grouping) => RatingAggregator.Aggregate(Batch, grouping);

    /// <summary>The counts of the completed cases (办结件) in the range of each group, attributed to the completion instant.</summary>
    /// <param name="grouping">The grouping (a grouping by channel puts every case under no channel).</param>
    /// <returns>The groups with completed cases.</returns>
    public IReadOnlyDictionary<GroupKey, CaseCounts> CountCases(Grouping grouping) => Counter.ByGroup(this, grouping);

    /// <summary>The daily follow-up ledger (政务服务大回访日报台账) by unit and day, as <see cref="FollowUpRules.DailyLedger"/> makes it.</summary>
    /// <returns>The ledger, by unit code then day.</returns>
    public IReadOnlyList<FollowUpLedgerRow> FollowUpLedger() => Counter.FollowUpLedger(this);

    /// <summary>The cases accepted within the range at each window (窗口受理件数), by unit and window.</summary>
    /// <returns>The counts.</returns>
    public IReadOnlyDictionary<(UnitCode Unit, WindowCode Window), long> AcceptedAtWindows() => Counter.AcceptedAtWindows(this);

    /// <summary>
    /// The report's rows by a grouping: every count and rate of the JSON contract (docs/report-json.md) for each group
    /// with ratings or completed cases, in key order, each row made as it is read.
    /// </summary>
    /// <param name="grouping">The grouping.</param>
    /// <param name="cancellationToken">Stops the counting.</param>
    /// <returns>The report.</returns>
    /// <exception cref="GroupingTooLargeException">The grouping has more groups than can be counted.</exception>
    /// <exception cref="System.OperationCanceledException">The token was cancelled.</exception>
    public ReportDocument Rows(Grouping grouping, CancellationToken cancellationToken = default) => ReportRows.Document(this, grouping, cancellationToken);

    /// <summary>
    /// Rows for some units, each with all the units below it (村 → 乡镇 → 县区), and a total row of all of them: tallies
    /// add, distinct matters are counted once, and a unit under two listed units is counted once in the total.
    /// </summary>
    /// <param name="units">The unit codes, in the order of the rows returned.</param>
    /// <returns>The rows (dimension <c>unit</c>, no period) and the total (no dimension).</returns>
    public UnitSummary SummarizeUnits(IReadOnlyList<string> units) => UnitSummaries.Of(this, units);

    /// <summary>
    /// What the standard tables of the annual report need of this report's range, as a part (部分报表) that merges with
    /// the parts of other date ranges prepared from the same input at the same as-of instant.
    /// </summary>
    /// <returns>The part.</returns>
    public TablesPart TablesPart() => Partials.TablesPart.Of(this);

    /// <summary>
    /// The report by a grouping as a part (部分报表) that merges with the parts of other date ranges prepared from the same
    /// input at the same as-of instant: what one machine of a cluster returns for its range.
    /// </summary>
    /// <param name="grouping">The grouping.</param>
    /// <returns>The part.</returns>
    /// <exception cref="GroupingTooLargeException">The grouping has more groups than can be counted.</exception>
    public Partials.PartialReport Partial(Grouping grouping)
    {
        System.ArgumentNullException.ThrowIfNull(grouping);
        return Partials.PartialReport.Of(this, grouping);
    }
}
