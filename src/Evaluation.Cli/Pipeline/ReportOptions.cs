using System.Collections.Immutable;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Calendars;
using Evaluation.Core.Periods;
using Evaluation.Core.Policies;
using NodaTime;

namespace Evaluation.Cli.Pipeline;

/// <summary>What the user asked the report for.</summary>
internal sealed record ReportOptions
{
    internal required EvaluationPolicy Policy { get; init; }

    /// <summary>The working calendar deadlines are counted with: the built-in one unless holiday files or provisional years were given.</summary>
    internal DeadlineCalculator Deadlines { get; init; } = DeadlineCalculator.China;

    internal ImmutableArray<GroupingDimension> By { get; init; } = [GroupingDimension.Unit];

    internal ReportingPeriodKind? Period { get; init; }

    internal LocalDate? From { get; init; }

    internal LocalDate? To { get; init; }

    internal Instant? AsOf { get; init; }

    /// <summary>Whether a date range was asked for.</summary>
    internal bool IsBounded => From is not null || To is not null;

    /// <summary>Whether an instant's date (China Standard Time) falls in the range asked for.</summary>
    internal bool Covers(Instant instant)
    {
        LocalDate date = ChinaTime.DateOf(instant);
        return (From is null || date >= From) && (To is null || date <= To);
    }
}
