using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Catalog;
using Evaluation.Core.FollowUps;
using Evaluation.Core.Metrics;
using Evaluation.Core.Periods;

namespace Evaluation.Reporting.Partials;

/// <summary>
/// What the standard tables (标准报表: the districts, static QR code, requests and civic-centre tables of the annual
/// report, and the follow-up ledger) need of one date range, in parts that merge with those of other ranges into the
/// whole range's: the report by unit, the ratings' tallies by unit and month and by unit, department and month, the
/// cases accepted at each window, the follow-up ledger's days, and the catalogues of departments and windows (the
/// units' travel with the report by unit).
/// </summary>
/// <remarks>Immutable. Made by <see cref="PreparedReport.TablesPart"/>; merging is associative and commutative.</remarks>
public sealed record TablesPart
{
    /// <summary>The grouping of <see cref="RatingsByUnitAndMonth"/>.</summary>
    public static Grouping UnitAndMonth { get; } = Grouping.By(GroupingDimension.Unit, ReportingPeriodKind.Month);

    /// <summary>The grouping of <see cref="RatingsByUnitDepartmentAndMonth"/>.</summary>
    public static Grouping UnitDepartmentAndMonth { get; } = new([GroupingDimension.Unit, GroupingDimension.Department], ReportingPeriodKind.Month);

    /// <summary>The part by unit, with the unit catalogue: the districts table, and a report's rows by unit.</summary>
    public required PartialReport ByUnit { get; init; }

    /// <summary>The ratings' tallies by unit and month (the static QR code table), without their matters.</summary>
    public ImmutableDictionary<GroupKey, RatingTally> RatingsByUnitAndMonth { get; init; } = ImmutableDictionary<GroupKey, RatingTally>.Empty;

    /// <summary>The ratings' tallies by unit, department and month (the civic-centre table), without their matters.</summary>
    public ImmutableDictionary<GroupKey, RatingTally> RatingsByUnitDepartmentAndMonth { get; init; } = ImmutableDictionary<GroupKey, RatingTally>.Empty;

    /// <summary>The cases accepted within the range at each window (窗口受理件数), by unit and window.</summary>
    public ImmutableDictionary<(UnitCode Unit, WindowCode Window), long> AcceptedAtWindows { get; init; } =
        ImmutableDictionary<(UnitCode Unit, WindowCode Window), long>.Empty;

    /// <summary>The daily follow-up ledger (政务服务大回访日报台账) of the days within the range, by unit code then day.</summary>
    public ImmutableArray<FollowUpLedgerRow> FollowUpLedger { get; init; } = [];

    /// <summary>The department catalogue (部门), in its order.</summary>
    public ImmutableArray<Department> Departments { get; init; } = [];

    /// <summary>The window catalogue (窗口), in its order.</summary>
    public ImmutableArray<ServiceWindow> Windows { get; init; } = [];

    /// <summary>The part of both parts' ranges: the reports merged, tallies and counts added, catalogues united.</summary>
    /// <param name="other">The part of another range, prepared from the same input under the same options but the range.</param>
    /// <returns>The merged part.</returns>
    /// <exception cref="ArgumentException">The parts' reports do not merge (<see cref="PartialReport.Merge(PartialReport)"/>).</exception>
    public TablesPart Merge(TablesPart other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new TablesPart
        {
            ByUnit = ByUnit.Merge(other.ByUnit),
            RatingsByUnitAndMonth = Add(RatingsByUnitAndMonth, other.RatingsByUnitAndMonth, (a, b) => a.Merge(b)),
            RatingsByUnitDepartmentAndMonth = Add(RatingsByUnitDepartmentAndMonth, other.RatingsByUnitDepartmentAndMonth, (a, b) => a.Merge(b)),
            AcceptedAtWindows = Add(AcceptedAtWindows, other.AcceptedAtWindows, (a, b) => a + b),
            FollowUpLedger = Ledger(FollowUpLedger, other.FollowUpLedger),
            Departments = Catalogues.Union(Departments, other.Departments, d => d.Code.Value),
            Windows = Catalogues.Union(Windows, other.Windows, w => w.Code.Value),
        };
    }

    /// <summary>The ratings' tallies of a prepared report by a grouping, without their matters.</summary>
    /// <param name="report">The report.</param>
    /// <param name="grouping">The grouping.</param>
    /// <returns>The groups with ratings.</returns>
    public static AggregationResult Tallies(PreparedReport report, Grouping grouping)
    {
        ArgumentNullException.ThrowIfNull(report);
        return RatingAggregator.Aggregate(report.Batch, grouping, new AggregationOptions(IncludeCoverage: false));
    }

    /// <summary>The tables' part of a prepared report.</summary>
    internal static TablesPart Of(PreparedReport report) => new()
    {
        ByUnit = report.Partial(Grouping.By(GroupingDimension.Unit)),
        RatingsByUnitAndMonth = Tallies(report, UnitAndMonth).Rows.ToImmutableDictionary(r => r.Key, r => r.Tally),
        RatingsByUnitDepartmentAndMonth = Tallies(report, UnitDepartmentAndMonth).Rows.ToImmutableDictionary(r => r.Key, r => r.Tally),
        AcceptedAtWindows = report.AcceptedAtWindows().ToImmutableDictionary(),
        FollowUpLedger = [.. report.FollowUpLedger().Where(row => report.InRange(row.Date))],
        Departments = [.. report.Departments],
        Windows = [.. report.Windows],
    };

    /// <summary>The rows of both ledgers by unit code then day; a unit's day in both (parts of ranges that overlap) has its counts added.</summary>
    private static ImmutableArray<FollowUpLedgerRow> Ledger(ImmutableArray<FollowUpLedgerRow> a, ImmutableArray<FollowUpLedgerRow> b) =>
        b.IsEmpty ? a : a.IsEmpty ? b
        : [.. a.Concat(b).GroupBy(row => (row.Unit, row.Date))
            .Select(day => day.Aggregate((x, y) => x with
            {
                Cases = x.Cases + y.Cases, FollowedUp = x.FollowedUp + y.FollowedUp, Dissatisfied = x.Dissatisfied + y.Dissatisfied, StaticQrGood = x.StaticQrGood + y.StaticQrGood,
            }))
            .OrderBy(row => row.Unit).ThenBy(row => row.Date)];

    private static ImmutableDictionary<TKey, TValue> Add<TKey, TValue>(ImmutableDictionary<TKey, TValue> a, ImmutableDictionary<TKey, TValue> b, Func<TValue, TValue, TValue> add)
        where TKey : notnull
    {
        ImmutableDictionary<TKey, TValue>.Builder sum = a.ToBuilder();
        foreach (KeyValuePair<TKey, TValue> entry in b)
        {
            sum[entry.Key] = sum.TryGetValue(entry.Key, out TValue? mine) ? add(mine, entry.Value) : entry.Value;
        }
        return sum.ToImmutable();
    }
}
