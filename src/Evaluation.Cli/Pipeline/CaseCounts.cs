using Evaluation.Core.Metrics;

namespace Evaluation.Cli.Pipeline;

/// <summary>Completed cases per group of a report, attributed to the completion instant: their tally and their distinct matters.</summary>
internal sealed record CaseCounts(CaseTally Tally, long Matters)
{
    internal static readonly CaseCounts None = new(CaseTally.Empty, 0);
}
