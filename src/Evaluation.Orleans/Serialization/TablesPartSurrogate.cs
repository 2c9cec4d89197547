using System.Collections.Immutable;
using System.Linq;
using Evaluation.Core.Catalog;
using Evaluation.Reporting.Partials;
using Orleans;

namespace Evaluation.Orleans.Serialization;

/// <summary>
/// The standard tables' part as it travels between silos: its two parts (by their own converter), the window counts as
/// (unit, window) pairs beside their counts, the departments as (code, name, unit) triples and the windows as (code,
/// name, unit, department, kind) quintuples.
/// </summary>
[GenerateSerializer, Immutable]
internal readonly record struct TablesPartSurrogate(
    [property: Id(0)] PartialReport ByUnitAndMonth,
    [property: Id(1)] PartialReport ByUnitDepartmentAndMonth,
    [property: Id(2)] string[] AcceptedAt,
    [property: Id(3)] long[] Accepted,
    [property: Id(4)] string[] Departments,
    [property: Id(5)] string?[] Windows);

/// <summary>Converts the standard tables' part to and from what travels.</summary>
[RegisterConverter]
internal sealed class TablesPartConverter : IConverter<TablesPart, TablesPartSurrogate>
{
    public TablesPart ConvertFromSurrogate(in TablesPartSurrogate surrogate) => new()
    {
        ByUnitAndMonth = surrogate.ByUnitAndMonth,
        ByUnitDepartmentAndMonth = surrogate.ByUnitDepartmentAndMonth,
        AcceptedAtWindows = Counts(surrogate.AcceptedAt, surrogate.Accepted),
        Departments = Departments(surrogate.Departments),
        Windows = Windows(surrogate.Windows),
    };

    public TablesPartSurrogate ConvertToSurrogate(in TablesPart value) => new(
        value.ByUnitAndMonth,
        value.ByUnitDepartmentAndMonth,
        [.. value.AcceptedAtWindows.Keys.SelectMany(k => new[] { k.Unit.Value, k.Window.Value })],
        [.. value.AcceptedAtWindows.Values],
        [.. value.Departments.SelectMany(d => new[] { d.Code.Value, d.Name, d.UnitCode.Value })],
        [.. value.Windows.SelectMany(w => new[] { w.Code.Value, w.Name, w.UnitCode.Value, w.DepartmentCode?.Value, w.Kind.ToString() })]);

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
