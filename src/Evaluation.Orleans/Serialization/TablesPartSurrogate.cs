using System;
using System.Collections.Immutable;
using System.Linq;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Catalog;
using Evaluation.Core.FollowUps;
using Evaluation.Core.Metrics;
using Evaluation.Core.Periods;
using NodaTime.Text;
using Evaluation.Reporting.Partials;
using Orleans;

namespace Evaluation.Orleans.Serialization;

/// <summary>
/// The standard tables' part as it travels between silos: its report by unit (by its own converter), the tallies as
/// their groups' codes and month beside their counts, the window counts as (unit, window) pairs beside their counts,
/// the departments as (code, name, unit) triples, the windows as (code, name, unit, department, kind) quintuples, and
/// the ledger's rows as (unit, day) pairs beside their four counts.
/// </summary>
[GenerateSerializer, Immutable]
internal readonly record struct TablesPartSurrogate(
    [property: Id(0)] PartialReport ByUnit,
    [property: Id(1)] TalliesSurrogate RatingsByUnitAndMonth,
    [property: Id(6)] TalliesSurrogate RatingsByUnitDepartmentAndMonth,
    [property: Id(2)] string[] AcceptedAt,
    [property: Id(3)] long[] Accepted,
    [property: Id(4)] string[] Departments,
    [property: Id(5)] string?[] Windows,
    [property: Id(7)] string[] LedgerDays,
    [property: Id(8)] long[] LedgerCounts);

/// <summary>Tallies of groups as they travel: each group's codes then its month's first day, and each tally's counts, flat.</summary>
[GenerateSerializer, Immutable]
internal readonly record struct TalliesSurrogate(
    [property: Id(0)] int Dimensions,
    [property: Id(1)] string?[] Keys,
    [property: Id(2)] int CountsPerTally,
    [property: Id(3)] long[] Counts)
{
    internal static TalliesSurrogate Of(ImmutableDictionary<GroupKey, RatingTally> tallies, int dimensions) => new(
        dimensions,
        [.. tallies.Keys.SelectMany(k => k.Codes.Append(k.Period is ReportingPeriod p ? LocalDatePattern.Iso.Format(p.Start) : null))],
        tallies.IsEmpty ? 0 : tallies.Values.First().Counts.Count,
        [.. tallies.Values.SelectMany(t => t.Counts)]);

    internal ImmutableDictionary<GroupKey, RatingTally> ToTallies()
    {
        int stride = Dimensions + 1;
        var tallies = ImmutableDictionary.CreateBuilder<GroupKey, RatingTally>();
        for (int i = 0; i < Keys.Length / stride; i++)
        {
            string? start = Keys[(i * stride) + Dimensions];
            var key = new GroupKey(
                [.. Keys.Skip(i * stride).Take(Dimensions)],
                start is null ? null : ReportingPeriod.Containing(ReportingPeriodKind.Month, LocalDatePattern.Iso.Parse(start).GetValueOrThrow()));
            tallies[key] = RatingTally.FromCounts(Counts.AsSpan(i * CountsPerTally, CountsPerTally).ToArray());
        }
        return tallies.ToImmutable();
    }
}

/// <summary>Converts the standard tables' part to and from what travels.</summary>
[RegisterConverter]
internal sealed class TablesPartConverter : IConverter<TablesPart, TablesPartSurrogate>
{
    public TablesPart ConvertFromSurrogate(in TablesPartSurrogate surrogate) => new()
    {
        ByUnit = surrogate.ByUnit,
        RatingsByUnitAndMonth = surrogate.RatingsByUnitAndMonth.ToTallies(),
        RatingsByUnitDepartmentAndMonth = surrogate.RatingsByUnitDepartmentAndMonth.ToTallies(),
        AcceptedAtWindows = Counts(surrogate.AcceptedAt, surrogate.Accepted),
        Departments = Departments(surrogate.Departments),
        Windows = Windows(surrogate.Windows),
        FollowUpLedger = Ledger(surrogate.LedgerDays, surrogate.LedgerCounts),
    };

    public TablesPartSurrogate ConvertToSurrogate(in TablesPart value) => new(
        value.ByUnit,
        TalliesSurrogate.Of(value.RatingsByUnitAndMonth, TablesPart.UnitAndMonth.Dimensions.Length),
        TalliesSurrogate.Of(value.RatingsByUnitDepartmentAndMonth, TablesPart.UnitDepartmentAndMonth.Dimensions.Length),
        [.. value.AcceptedAtWindows.Keys.SelectMany(k => new[] { k.Unit.Value, k.Window.Value })],
        [.. value.AcceptedAtWindows.Values],
        [.. value.Departments.SelectMany(d => new[] { d.Code.Value, d.Name, d.UnitCode.Value })],
        [.. value.Windows.SelectMany(w => new[] { w.Code.Value, w.Name, w.UnitCode.Value, w.DepartmentCode?.Value, w.Kind.ToString() })],
        [.. value.FollowUpLedger.SelectMany(r => new[] { r.Unit.Value, LocalDatePattern.Iso.Format(r.Date) })],
        [.. value.FollowUpLedger.SelectMany(r => new[] { r.Cases, r.FollowedUp, r.Dissatisfied, r.StaticQrGood })]);

    private static ImmutableArray<FollowUpLedgerRow> Ledger(string[] days, long[] counts) =>
        [.. Enumerable.Range(0, days.Length / 2).Select(i => new FollowUpLedgerRow(
            UnitCode.Parse(days[2 * i]), LocalDatePattern.Iso.Parse(days[(2 * i) + 1]).GetValueOrThrow(),
            counts[4 * i], counts[(4 * i) + 1], counts[(4 * i) + 2], counts[(4 * i) + 3]))];

    private static ImmutableDictionary<(UnitCode Unit, WindowCode Window), long> Counts(string[] keys, long[] counts) =>
        Enumerable.Range(0, counts.Length).ToImmutableDictionary(i => (UnitCode.Parse(keys[2 * i]), WindowCode.Parse(keys[(2 * i) + 1])), i => counts[i]);

    private static ImmutableArray<Department> Departments(string[] fields) =>
        [.. Enumerable.Range(0, fields.Length / 3).Select(i => new Department(DepartmentCode.Parse(fields[3 * i]), fields[(3 * i) + 1], UnitCode.Parse(fields[(3 * i) + 2])))];

    private static ImmutableArray<ServiceWindow> Windows(string?[] fields) =>
        [.. Enumerable.Range(0, fields.Length / 5).Select(i => new ServiceWindow(
            WindowCode.Parse(fields[5 * i]!), fields[(5 * i) + 1]!, UnitCode.Parse(fields[(5 * i) + 2]!),
            fields[(5 * i) + 3] is string department ? DepartmentCode.Parse(department) : null,
            System.Enum.Parse<WindowKind>(fields[(5 * i) + 4]!)))];
}
