using System;
using System.Collections.Generic;
using System.Linq;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Catalog;
using Evaluation.Core.FollowUps;
using Evaluation.Core.Metrics;
using Evaluation.Core.Periods;
using Evaluation.Core.Policies;
using Evaluation.Reporting;
using Evaluation.Reporting.Partials;
using NodaTime;

namespace Evaluation.Cli.Tables;

/// <summary>
/// What the standard tables of the annual report are made from: a prepared report's figures, or those of a cluster's
/// merged tables part (<see cref="TablesPart"/>). Each figure is computed when a table first asks for it.
/// </summary>
/// <param name="Units">The unit catalogue, in its order.</param>
/// <param name="Departments">The department catalogue, in its order.</param>
/// <param name="Windows">The window catalogue, in its order.</param>
/// <param name="Policy">The policy the figures were counted under.</param>
/// <param name="LastMonth">The month the tables' month columns refer to.</param>
/// <param name="SummarizeUnits">Rows of some units with the units below them rolled in, and their total.</param>
/// <param name="RolledUpByUnitAndMonth">The ratings' tallies by unit and month, each unit's also added into its ancestors'.</param>
/// <param name="ByUnitDepartmentAndMonth">The ratings' tallies by unit, department and month.</param>
/// <param name="AcceptedAtWindows">The cases accepted within the range at each window, by unit and window.</param>
/// <param name="From">The report's first date, or null.</param>
/// <param name="To">The report's last date, or null.</param>
/// <param name="AsOf">The as-of instant.</param>
/// <param name="FollowUpLedger">The daily follow-up ledger, by unit code then day (at least the days of the range).</param>
internal sealed record TableInputs(
    IReadOnlyList<ServiceUnit> Units,
    IReadOnlyList<Department> Departments,
    IReadOnlyList<ServiceWindow> Windows,
    EvaluationPolicy Policy,
    ReportingPeriod LastMonth,
    Func<IReadOnlyList<string>, UnitSummary> SummarizeUnits,
    Func<IReadOnlyList<(GroupKey Key, RatingTally Tally)>> RolledUpByUnitAndMonth,
    Func<IReadOnlyList<(GroupKey Key, RatingTally Tally)>> ByUnitDepartmentAndMonth,
    Func<IReadOnlyDictionary<(UnitCode Unit, WindowCode Window), long>> AcceptedAtWindows,
    LocalDate? From,
    LocalDate? To,
    Instant AsOf,
    Func<IReadOnlyList<FollowUpLedgerRow>> FollowUpLedger)
{
    /// <summary>The inputs of a report prepared on this machine.</summary>
    internal static TableInputs Of(PreparedReport report)
    {
        List<ServiceUnit> units = [.. report.Units];
        return new(
            units,
            [.. report.Departments],
            [.. report.Windows],
            report.Policy,
            report.LastMonth,
            report.SummarizeUnits,
            () => RolledUp(TablesPart.Tallies(report, TablesPart.UnitAndMonth), units),
            () => [.. TablesPart.Tallies(report, TablesPart.UnitDepartmentAndMonth).Rows.Select(r => (r.Key, r.Tally))],
            report.AcceptedAtWindows,
            report.From,
            report.To,
            report.AsOf,
            report.FollowUpLedger);
    }

    /// <summary>The inputs of a cluster's tables part, merged over every partition.</summary>
    /// <param name="part">The merged part.</param>
    /// <param name="policy">The policy it was prepared under.</param>
    /// <param name="from">The report's first date, or null.</param>
    /// <param name="to">The report's last date, or null.</param>
    internal static TableInputs Of(TablesPart part, EvaluationPolicy policy, LocalDate? from, LocalDate? to) => new(
        part.ByUnit.Units,
        part.Departments,
        part.Windows,
        policy,
        ReportingPeriod.Containing(ReportingPeriodKind.Month, to ?? ChinaTime.DateOf(part.ByUnit.AsOf)),
        units => part.ByUnit.SummarizeUnits(units, policy),
        () => RolledUp(new AggregationResult(TablesPart.UnitAndMonth, part.RatingsByUnitAndMonth.Select(t => new GroupRow(t.Key, t.Value, MatterCoverage.Empty))), part.ByUnit.Units),
        () => [.. part.RatingsByUnitDepartmentAndMonth.Select(t => (t.Key, t.Value))],
        () => part.AcceptedAtWindows,
        from,
        to,
        part.ByUnit.AsOf,
        () => part.FollowUpLedger);

    /// <summary>Each unit's tallies also added into its ancestors' (<see cref="UnitRollup.RollUp"/>).</summary>
    private static IReadOnlyList<(GroupKey Key, RatingTally Tally)> RolledUp(AggregationResult tallies, IEnumerable<ServiceUnit> units) =>
        [.. UnitRollup.RollUp(tallies, units).Rows.Select(r => (r.Key, r.Tally))];
}
