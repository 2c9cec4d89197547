using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Catalog;
using Evaluation.Core.Periods;

namespace Evaluation.Reporting.Partials;

/// <summary>
/// What the standard tables of the annual report (标准报表: the districts, static QR code, requests and civic-centre
/// tables) need of one date range, in parts that merge with those of other ranges into the whole range's: the report
/// by unit and month and by unit, department and month, the cases accepted at each window, and the catalogues of
/// departments and windows (the units' travel with the parts).
/// </summary>
/// <remarks>Immutable. Made by <see cref="PreparedReport.TablesPart"/>; merging is associative and commutative.</remarks>
public sealed record TablesPart
{
    /// <summary>The grouping of <see cref="ByUnitAndMonth"/>.</summary>
    public static Grouping UnitAndMonth { get; } = Grouping.By(GroupingDimension.Unit, ReportingPeriodKind.Month);

    /// <summary>The grouping of <see cref="ByUnitDepartmentAndMonth"/>.</summary>
    public static Grouping UnitDepartmentAndMonth { get; } = new([GroupingDimension.Unit, GroupingDimension.Department], ReportingPeriodKind.Month);

    /// <summary>The part by unit and month: the districts table (its months added) and the static QR code table.</summary>
    public required PartialReport ByUnitAndMonth { get; init; }

    /// <summary>The part by unit, department and month: the civic-centre table.</summary>
    public required PartialReport ByUnitDepartmentAndMonth { get; init; }

    /// <summary>The cases accepted within the range at each window (窗口受理件数), by unit and window.</summary>
    public ImmutableDictionary<(UnitCode Unit, WindowCode Window), long> AcceptedAtWindows { get; init; } =
        ImmutableDictionary<(UnitCode Unit, WindowCode Window), long>.Empty;

    /// <summary>The department catalogue (部门), in its order.</summary>
    public ImmutableArray<Department> Departments { get; init; } = [];

    /// <summary>The window catalogue (窗口), in its order.</summary>
    public ImmutableArray<ServiceWindow> Windows { get; init; } = [];

    /// <summary>The part of both parts' ranges: each part merged, counts added, catalogues united.</summary>
    /// <param name="other">The part of another range, prepared from the same input under the same options but the range.</param>
    /// <returns>The merged part.</returns>
    /// <exception cref="ArgumentException">The parts' reports do not merge (<see cref="PartialReport.Merge(PartialReport)"/>).</exception>
    public TablesPart Merge(TablesPart other)
    {
        ArgumentNullException.ThrowIfNull(other);
        ImmutableDictionary<(UnitCode Unit, WindowCode Window), long>.Builder accepted = AcceptedAtWindows.ToBuilder();
        foreach (KeyValuePair<(UnitCode Unit, WindowCode Window), long> count in other.AcceptedAtWindows)
        {
            accepted[count.Key] = accepted.GetValueOrDefault(count.Key) + count.Value;
        }
        return new TablesPart
        {
            ByUnitAndMonth = ByUnitAndMonth.Merge(other.ByUnitAndMonth),
            ByUnitDepartmentAndMonth = ByUnitDepartmentAndMonth.Merge(other.ByUnitDepartmentAndMonth),
            AcceptedAtWindows = accepted.ToImmutable(),
            Departments = Catalogues.Union(Departments, other.Departments, d => d.Code.Value),
            Windows = Catalogues.Union(Windows, other.Windows, w => w.Code.Value),
        };
    }

    /// <summary>The tables' part of a prepared report.</summary>
    internal static TablesPart Of(PreparedReport report) => new()
    {
        ByUnitAndMonth = report.Partial(UnitAndMonth),
        ByUnitDepartmentAndMonth = report.Partial(UnitDepartmentAndMonth),
        AcceptedAtWindows = report.AcceptedAtWindows().ToImmutableDictionary(),
        Departments = [.. report.AcceptedRecords.Departments.Select(d => d.Record)],
        Windows = [.. report.AcceptedRecords.Windows.Select(w => w.Record)],
    };
}
