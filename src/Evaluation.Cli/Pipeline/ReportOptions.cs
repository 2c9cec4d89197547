using System.Collections.Immutable;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Periods;
using Evaluation.Core.Policies;
using NodaTime;

namespace Evaluation.Cli.Pipeline;

/// <summary>What the user asked the report for.</summary>
internal sealed record ReportOptions
{
    internal required EvaluationPolicy Policy { get; init; }

    internal ImmutableArray<GroupingDimension> By { get; init; } = [GroupingDimension.Unit];

    internal ReportingPeriodKind? Period { get; init; }

    internal LocalDate? From { get; init; }

    internal LocalDate? To { get; init; }

    internal Instant? AsOf { get; init; }
}
