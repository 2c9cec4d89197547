using System.Collections.Generic;
using Evaluation.Core.Metrics;
using Evaluation.Core.Policies;
using NodaTime;

namespace Evaluation.IO.Json;

/// <summary>A report as the JSON contract describes it (docs/report-json.md).</summary>
/// <param name="GroupBy">The grouping dimensions' names, for example <c>unit</c>.</param>
/// <param name="Period">The period kind (<c>month</c> ...), or null when not grouped by period.</param>
/// <param name="Policy">The policy's name.</param>
/// <param name="AsOf">The as-of instant.</param>
/// <param name="Read">Records read over all files.</param>
/// <param name="Accepted">Records accepted.</param>
/// <param name="Rejected">Records rejected.</param>
/// <param name="Rows">The rows.</param>
public sealed record ReportDocument(
    IReadOnlyList<string> GroupBy, string? Period, string Policy, Instant AsOf, long Read, long Accepted, long Rejected, IReadOnlyList<ReportRow> Rows)
{
    /// <summary>The decimal places of each rate's <c>display</c> (the policy's display rounding); 2 by default.</summary>
    public int DisplayDecimals { get; init; } = 2;

    /// <summary>
    /// The years whose holiday schedule was provisional (computed from the statutory holidays, no notice applied) and
    /// that the report's deadlines may run over; empty for a report on notices alone. The JSON's <c>provisional</c> is
    /// true when there is any.
    /// </summary>
    public IReadOnlyList<int> ProvisionalYears { get; init; } = [];

    /// <summary>What <c>activeRatingRate</c> (主动评价率) was counted over: the JSON's <c>activeRatingRateBasis</c>.</summary>
    public ActiveRatingRateBasis ActiveRatingRateBasis { get; init; }

    /// <summary>What <c>matterCoverageRate</c> (评价覆盖事项率) was counted over: the JSON's <c>matterCoverageBasis</c>.</summary>
    public MatterCoverageBasis MatterCoverageBasis { get; init; }
}

/// <summary>One row of a report.</summary>
/// <param name="Dimensions">Each dimension's name, code and display name, in grouping order.</param>
/// <param name="Period">The period's text form, or null.</param>
/// <param name="Counts">The named counts, in contract order.</param>
/// <param name="Rates">The named rates, in contract order.</param>
public sealed record ReportRow(
    IReadOnlyList<ReportDimension> Dimensions, string? Period, IReadOnlyList<KeyValuePair<string, long>> Counts, IReadOnlyList<KeyValuePair<string, Rate>> Rates);

/// <summary>A row's value of one dimension.</summary>
/// <param name="Name">The dimension, for example <c>unit</c>.</param>
/// <param name="Code">The code, or null for "none".</param>
/// <param name="DisplayName">The name reports print, or null when unknown.</param>
public sealed record ReportDimension(string Name, string? Code, string? DisplayName);
