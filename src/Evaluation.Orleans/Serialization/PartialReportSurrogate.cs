using System.Collections.Immutable;
using System.Linq;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Catalog;
using Evaluation.Core.Metrics;
using Evaluation.Core.Periods;
using Evaluation.Reporting.Partials;
using NodaTime;
using NodaTime.Text;
using Orleans;

namespace Evaluation.Orleans.Serialization;

/// <summary>A part of a report as it travels between silos: every field as numbers, text and arrays of them.</summary>
[GenerateSerializer, Immutable]
internal readonly record struct PartialReportSurrogate(
    [property: Id(0)] GroupingDimension[] Dimensions,
    [property: Id(1)] ReportingPeriodKind? Period,
    [property: Id(2)] long AsOfTicks,
    [property: Id(3)] int[] ProvisionalYears,
    [property: Id(4)] long Read,
    [property: Id(5)] long Accepted,
    [property: Id(6)] long Rejected,
    [property: Id(7)] PartialRowSurrogate[] Rows,
    [property: Id(8)] string[] Names,
    [property: Id(9)] string?[] Units,
    [property: Id(10)] bool HasCases);

/// <summary>A row of a part as it travels: the group's codes and period start, the tallies' counts, the matter sets.</summary>
[GenerateSerializer, Immutable]
internal readonly record struct PartialRowSurrogate(
    [property: Id(0)] string?[] Codes,
    [property: Id(1)] string? PeriodStart,
    [property: Id(2)] long[] Ratings,
    [property: Id(3)] long[] Cases,
    [property: Id(4)] string[] MattersWithRatings,
    [property: Id(5)] string[] MattersRatedByRatings,
    [property: Id(6)] string[] MattersWithCases,
    [property: Id(7)] string[] MattersRatedByCases);

/// <summary>
/// Converts a part to and from what travels; the names go as (dimension, code, name) triples, the units as (code, name,
/// level, division code, parent code) quintuples.
/// </summary>
[RegisterConverter]
internal sealed class PartialReportConverter : IConverter<PartialReport, PartialReportSurrogate>
{
    public PartialReport ConvertFromSurrogate(in PartialReportSurrogate surrogate)
    {
        ReportingPeriodKind? period = surrogate.Period;
        var names = ImmutableDictionary<GroupingDimension, ImmutableDictionary<string, string>>.Empty;
        for (int i = 0; i + 2 < surrogate.Names.Length; i += 3)
        {
            var dimension = System.Enum.Parse<GroupingDimension>(surrogate.Names[i]);
            names = names.SetItem(dimension, names.GetValueOrDefault(dimension, ImmutableDictionary<string, string>.Empty).SetItem(surrogate.Names[i + 1], surrogate.Names[i + 2]));
        }
        return new PartialReport
        {
            Grouping = new Grouping(surrogate.Dimensions, period),
            AsOf = Instant.FromUnixTimeTicks(surrogate.AsOfTicks),
            ProvisionalYears = [.. surrogate.ProvisionalYears],
            Read = surrogate.Read,
            Accepted = surrogate.Accepted,
            Rejected = surrogate.Rejected,
            Rows = [.. surrogate.Rows.Select(r => new PartialRow(
                new GroupKey([.. r.Codes], r.PeriodStart is string start && period is ReportingPeriodKind kind
                    ? ReportingPeriod.Containing(kind, LocalDatePattern.Iso.Parse(start).GetValueOrThrow())
                    : null),
                RatingTally.FromCounts(r.Ratings),
                new CaseTally(r.Cases[0], r.Cases[1], r.Cases[2], r.Cases[3], r.Cases[4]),
                [.. r.MattersWithRatings], [.. r.MattersRatedByRatings], [.. r.MattersWithCases], [.. r.MattersRatedByCases]))],
            Names = names,
            Units = UnitsOf(surrogate.Units),
            HasCases = surrogate.HasCases,
        };
    }

    private static ImmutableArray<ServiceUnit> UnitsOf(string?[] units) => [.. Enumerable.Range(0, units.Length / 5).Select(i => UnitAt(units, 5 * i))];

    private static ServiceUnit UnitAt(string?[] units, int at) => new(
        UnitCode.Parse(units[at]!), units[at + 1]!, System.Enum.Parse<UnitLevel>(units[at + 2]!),
        units[at + 3] is string division ? DivisionCode.Parse(division) : null,
        units[at + 4] is string parent ? UnitCode.Parse(parent) : null);

    public PartialReportSurrogate ConvertToSurrogate(in PartialReport value) => new(
        [.. value.Grouping.Dimensions],
        value.Grouping.Period,
        value.AsOf.ToUnixTimeTicks(),
        [.. value.ProvisionalYears],
        value.Read,
        value.Accepted,
        value.Rejected,
        [.. value.Rows.Select(r => new PartialRowSurrogate(
            [.. r.Key.Codes],
            r.Key.Period is ReportingPeriod p ? LocalDatePattern.Iso.Format(p.Start) : null,
            [.. r.Ratings.Counts],
            [r.Cases.Completed, r.Cases.ActivelyRated, r.Cases.FollowedUp, r.Cases.Dissatisfied, r.Cases.CompletedOnTime],
            [.. r.MattersWithRatings], [.. r.MattersRatedByRatings], [.. r.MattersWithCases], [.. r.MattersRatedByCases]))],
        [.. value.Names.OrderBy(n => n.Key).SelectMany(n => n.Value.OrderBy(c => c.Key, System.StringComparer.Ordinal).SelectMany(c => new[] { n.Key.ToString(), c.Key, c.Value }))],
        [.. value.Units.SelectMany(u => new[] { u.Code.Value, u.Name, u.Level.ToString(), u.DivisionCode?.Value, u.ParentCode?.Value })],
        value.HasCases);
}
