using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Catalog;
using Evaluation.Core.Metrics;
using Evaluation.Core.Periods;
using Evaluation.Core.Policies;
using Evaluation.IO.Json;
using Evaluation.Reporting.Cases;
using NodaTime;

namespace Evaluation.Reporting.Partials;

/// <summary>
/// A part of a report (部分报表) by one grouping: the rows of the ratings and completed cases of one date range, with each
/// group's distinct matters kept as sets, so that the parts of ranges that do not overlap, prepared under one as-of
/// instant, merge into the report of their union, figure for figure (<see cref="Merge(PartialReport)"/>, <see cref="ToDocument"/>).
/// What a machine of a cluster returns for its partition.
/// </summary>
/// <remarks>
/// Immutable. A part is made by <see cref="PreparedReport.Partial"/>; every rule that needs records outside the range (a
/// rating's case, a case's other ratings, the as-of instant) was applied when that report was prepared, so the parts
/// hold counts that add. <see cref="Read"/>, <see cref="Accepted"/> and <see cref="Rejected"/> are the rows each part
/// read, which add up to more than the records when parts read the same rows.
/// </remarks>
public sealed record PartialReport
{
    /// <summary>The grouping the rows are by.</summary>
    public required Grouping Grouping { get; init; }

    /// <summary>The as-of instant (统计截止时点) the part was prepared at; parts merge only under the same one.</summary>
    public required Instant AsOf { get; init; }

    /// <summary>The provisional years the report warns about (the same in every part of one input).</summary>
    public ImmutableArray<int> ProvisionalYears { get; init; } = [];

    /// <summary>Rows the part read.</summary>
    public long Read { get; init; }

    /// <summary>Rows the part accepted.</summary>
    public long Accepted { get; init; }

    /// <summary>Rows the part rejected.</summary>
    public long Rejected { get; init; }

    /// <summary>
    /// Whether the part read any accepted completed case (<see cref="PreparedReport.HasCases"/>): without one in any part,
    /// the rates over completed cases are not applicable.
    /// </summary>
    public bool HasCases { get; init; }

    /// <summary>The groups with ratings or completed cases, in key order (<see cref="GroupKey.Ordering"/>).</summary>
    public required ImmutableArray<PartialRow> Rows { get; init; }

    /// <summary>The catalogue's names of the codes in the rows' keys, by dimension then code (a channel has none).</summary>
    public ImmutableDictionary<GroupingDimension, ImmutableDictionary<string, string>> Names { get; init; } =
        ImmutableDictionary<GroupingDimension, ImmutableDictionary<string, string>>.Empty;

    /// <summary>
    /// The unit catalogue (服务单位) the part was prepared with, in the catalogue's order: the same in every part of one
    /// input. <see cref="SummarizeUnits"/> rolls units up its hierarchy.
    /// </summary>
    public ImmutableArray<ServiceUnit> Units { get; init; } = [];

    /// <summary>The part of both parts' ranges: rows of the same group merged, counts added, names and units united.</summary>
    /// <param name="other">The part of another range, prepared from the same input under the same options but the range.</param>
    /// <returns>The merged part. Merging is associative and commutative.</returns>
    /// <exception cref="ArgumentException">The parts are by different groupings, at different as-of instants, or warn of different provisional years.</exception>
    public PartialReport Merge(PartialReport other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!Grouping.Equals(other.Grouping) || AsOf != other.AsOf || !ProvisionalYears.SequenceEqual(other.ProvisionalYears))
        {
            throw new ArgumentException(
                $"Parts merge only by one grouping, at one as-of instant, with the same provisional years: {AsOf} and {other.AsOf}.", nameof(other));
        }
        var rows = ImmutableArray.CreateBuilder<PartialRow>(Math.Max(Rows.Length, other.Rows.Length));
        int i = 0, j = 0;
        while (i < Rows.Length || j < other.Rows.Length)
        {
            int order = i == Rows.Length ? 1 : j == other.Rows.Length ? -1 : GroupKey.Ordering.Compare(Rows[i].Key, other.Rows[j].Key);
            rows.Add(order < 0 ? Rows[i] : order > 0 ? other.Rows[j] : Rows[i].Merge(other.Rows[j]));
            i += order <= 0 ? 1 : 0;
            j += order >= 0 ? 1 : 0;
        }
        var names = Names;
        foreach ((GroupingDimension dimension, ImmutableDictionary<string, string> theirs) in other.Names)
        {
            ImmutableDictionary<string, string> mine = names.GetValueOrDefault(dimension, ImmutableDictionary<string, string>.Empty);
            names = names.SetItem(dimension, mine.SetItems(theirs.Where(n => !mine.ContainsKey(n.Key))));
        }
        return this with
        {
            Units = Catalogues.Union(Units, other.Units, u => u.Code.Value),
            HasCases = HasCases || other.HasCases,
            Read = Read + other.Read,
            Accepted = Accepted + other.Accepted,
            Rejected = Rejected + other.Rejected,
            Rows = rows.ToImmutable(),
            Names = names,
        };
    }

    /// <summary>
    /// The part of all the parts' ranges, merged pairwise in rounds (each row is copied once a round, so the cost grows with
    /// the rows times the logarithm of the parts, not with the rows times the parts as merging one by one does).
    /// </summary>
    /// <param name="parts">Parts of ranges that do not overlap, at least one, in any order.</param>
    /// <returns>The merged part.</returns>
    /// <exception cref="ArgumentException">There are no parts, or two cannot merge (<see cref="Merge(PartialReport)"/>).</exception>
    public static PartialReport Merge(IEnumerable<PartialReport> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        List<PartialReport> round = [.. parts];
        if (round.Count == 0)
        {
            throw new ArgumentException("There is no part to merge.", nameof(parts));
        }
        while (round.Count > 1)
        {
            var next = new List<PartialReport>((round.Count + 1) / 2);
            for (int i = 0; i < round.Count; i += 2)
            {
                next.Add(i + 1 < round.Count ? round[i].Merge(round[i + 1]) : round[i]);
            }
            round = next;
        }
        return round[0];
    }

    /// <summary>
    /// The part without grouping (合计): every row's tallies added and matter sets united into one row, as the part of the
    /// same range prepared by no grouping would be (<see cref="Regroup"/> by no grouping).
    /// </summary>
    /// <returns>The part by no grouping: one row, or none when this part has none.</returns>
    public PartialReport Total() => Regroup(new Grouping([]));

    /// <summary>
    /// The part by a coarser grouping: rows that agree on its dimensions (and its period) added into one, tallies added
    /// and matter sets united, as the part of the same range prepared by that grouping would be. A grouping parts the
    /// ratings and cases, so the sums count each once.
    /// </summary>
    /// <param name="grouping">Some of this part's dimensions, in any order, with no period or this part's.</param>
    /// <returns>The part by <paramref name="grouping"/>, in key order; this part when it is by that grouping already.</returns>
    /// <exception cref="ArgumentException">The grouping has a dimension or a period this part's lacks.</exception>
    public PartialReport Regroup(Grouping grouping)
    {
        ArgumentNullException.ThrowIfNull(grouping);
        if (grouping.Equals(Grouping))
        {
            return this;
        }
        int[] positions = [.. grouping.Dimensions.Select(d => Grouping.Dimensions.IndexOf(d))];
        if (positions.Contains(-1) || (grouping.Period is not null && grouping.Period != Grouping.Period))
        {
            throw new ArgumentException($"A part by {Describe(Grouping)} is regrouped only by some of its dimensions and its period, not by {Describe(grouping)}.", nameof(grouping));
        }
        var sums = new Dictionary<GroupKey, RowAccumulator>();
        foreach (PartialRow row in Rows)
        {
            var key = new GroupKey([.. positions.Select(p => row.Key.Codes[p])], grouping.Period is null ? null : row.Key.Period);
            if (!sums.TryGetValue(key, out RowAccumulator? sum))
            {
                sums[key] = sum = new RowAccumulator();
            }
            sum.Add(row);
        }
        return this with
        {
            Grouping = grouping,
            Rows = [.. sums.Select(s => s.Value.ToRow(s.Key)).OrderBy(r => r.Key, GroupKey.Ordering)],
            Names = Names.RemoveRange(Names.Keys.Where(d => !grouping.Dimensions.Contains(d))),
        };
    }

    /// <summary>
    /// Rows for some units, each with all the units below it in <see cref="Units"/> (村 → 乡镇 → 县区), and their total,
    /// as <see cref="PreparedReport.SummarizeUnits"/> gives them for the whole range: tallies add, matter sets unite, and
    /// a unit under two listed units is counted once in the total.
    /// </summary>
    /// <param name="units">The unit codes, in the order of the rows returned.</param>
    /// <param name="policy">The policy the part was prepared under.</param>
    /// <returns>The rows (dimension <c>unit</c>, no period) and the total (no dimension).</returns>
    /// <exception cref="InvalidOperationException">The part is not grouped by the unit alone (with or without a period, whose rows are added).</exception>
    public UnitSummary SummarizeUnits(IReadOnlyList<string> units, EvaluationPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(policy);
        if (Grouping.Dimensions is not [GroupingDimension.Unit])
        {
            throw new InvalidOperationException($"Units are summarized from a part grouped by the unit alone, not by {string.Join(", ", Grouping.Dimensions)}.");
        }
        Dictionary<string, ServiceUnit> byCode = Units.DistinctBy(u => u.Code).ToDictionary(u => u.Code.Value, StringComparer.Ordinal);
        var targets = new UnitTargets(byCode.ToDictionary(u => u.Key, u => u.Value.ParentCode?.Value, StringComparer.Ordinal), units);
        var sums = new RowAccumulator[targets.Total + 1];
        for (int i = 0; i < sums.Length; i++)
        {
            sums[i] = new RowAccumulator();
        }
        foreach (PartialRow row in Rows)
        {
            foreach (int target in targets.Of(row.Key.Codes[0]))
            {
                sums[target].Add(row);
            }
        }
        ReportRow RowAt(int index, ReportDimension[] dimensions) => sums[index].ToRow(new GroupKey([], null)).ToReportRow(policy, dimensions);
        ReportRow[] rows = [.. units.Select(unit => RowAt(
            targets.PositionOf(unit), [new ReportDimension(ReportRows.DimensionName(GroupingDimension.Unit), unit, byCode.GetValueOrDefault(unit)?.Name)]))];
        return new UnitSummary(rows, RowAt(targets.Total, []));
    }

    /// <summary>The report document of the part: every count and rate of the JSON contract for each group.</summary>
    /// <param name="policy">The policy the part was prepared under (for its name, display and the rates' bases).</param>
    /// <returns>The document, as <see cref="PreparedReport.Rows"/> gives it for the whole range.</returns>
    public ReportDocument ToDocument(EvaluationPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ImmutableArray<PartialRow> rows = Rows;
        ReportRow RowAt(int index)
        {
            PartialRow row = rows[index];
            return row.ToReportRow(policy, [.. Grouping.Dimensions.Select((d, i) => Dimension(d, row.Key.Codes[i]))]);
        }

        return new ReportDocument(
            [.. Grouping.Dimensions.Select(ReportRows.DimensionName)], Grouping.Period?.ToString().ToLowerInvariant(), policy.Name,
            AsOf, Read, Accepted, Rejected, new RowsOnDemand<ReportRow>(rows.Length, RowAt))
        {
            DisplayDecimals = policy.DisplayDecimals,
            ProvisionalYears = ProvisionalYears,
            ActiveRatingRateBasis = policy.ActiveRatingRateBasis,
            MatterCoverageBasis = policy.MatterCoverageBasis,
        };
    }

    private ReportDimension Dimension(GroupingDimension dimension, string? code) =>
        new(ReportRows.DimensionName(dimension), code, code is null ? null
            : dimension == GroupingDimension.Channel ? code
            : Names.GetValueOrDefault(dimension)?.GetValueOrDefault(code));

    private static string Describe(Grouping grouping) =>
        $"({string.Join(", ", grouping.Dimensions)}{(grouping.Period is ReportingPeriodKind p ? $"; {p}" : string.Empty)})";

    /// <summary>The part of a prepared report by a grouping.</summary>
    internal static PartialReport Of(PreparedReport report, Grouping grouping)
    {
        AggregationResult ratings = report.Aggregate(grouping);
        var cases = report.Counter.ByGroupWithMatters(report, grouping);
        KeyValuePair<GroupKey, (CaseTally Tally, string[] Matters, string[] MattersRated)>[] orderedCases = [.. cases];
        Array.Sort(orderedCases, (a, b) => GroupKey.Ordering.Compare(a.Key, b.Key));
        string MatterCode(int index) => report.Batch.MatterCodeAt(index) ?? string.Empty;
        var rows = ImmutableArray.CreateBuilder<PartialRow>(Math.Max(ratings.Rows.Length, orderedCases.Length));
        int r = 0, c = 0;
        while (r < ratings.Rows.Length || c < orderedCases.Length)
        {
            int order = r == ratings.Rows.Length ? 1 : c == orderedCases.Length ? -1 : GroupKey.Ordering.Compare(ratings.Rows[r].Key, orderedCases[c].Key);
            GroupRow? rated = order <= 0 ? ratings.Rows[r] : null;
            (CaseTally Tally, string[] Matters, string[] MattersRated)? counted = order >= 0 ? orderedCases[c].Value : null;
            rows.Add(new PartialRow(
                rated?.Key ?? orderedCases[c].Key,
                rated?.Tally ?? RatingTally.Empty,
                counted?.Tally ?? CaseTally.Empty,
                rated is null ? [] : PartialRow.SetOf(rated.Coverage.PresentIndices().Select(MatterCode)),
                rated is null ? [] : PartialRow.SetOf(rated.Coverage.RatedIndices().Select(MatterCode)),
                counted is null ? [] : PartialRow.SetOf(counted.Value.Matters),
                counted is null ? [] : PartialRow.SetOf(counted.Value.MattersRated)));
            r += order <= 0 ? 1 : 0;
            c += order >= 0 ? 1 : 0;
        }
        ImmutableArray<PartialRow> built = rows.ToImmutable();
        var names = ImmutableDictionary<GroupingDimension, ImmutableDictionary<string, string>>.Empty;
        for (int d = 0; d < grouping.Dimensions.Length; d++)
        {
            GroupingDimension dimension = grouping.Dimensions[d];
            if (dimension == GroupingDimension.Channel)
            {
                continue;
            }
            var named = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            foreach (string code in built.Select(row => row.Key.Codes[d]).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                if (report.NameOf(dimension, code) is string name)
                {
                    named[code] = name;
                }
            }
            names = names.SetItem(dimension, named.ToImmutable());
        }
        return new PartialReport
        {
            Grouping = grouping,
            AsOf = report.AsOf,
            ProvisionalYears = report.ProvisionalYears,
            Read = report.Read,
            Accepted = report.AcceptedCount,
            Rejected = report.RejectedCount,
            Rows = built,
            Names = names,
            Units = [.. report.Units],
            HasCases = report.HasCases,
        };
    }
}
