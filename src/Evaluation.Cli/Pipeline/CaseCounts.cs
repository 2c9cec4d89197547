using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Calendars;
using Evaluation.Core.Cases;
using Evaluation.Core.Catalog;
using Evaluation.Core.Metrics;
using Evaluation.Core.Periods;

namespace Evaluation.Cli.Pipeline;

/// <summary>Completed cases per group of a report, attributed to the completion instant: their tally and their distinct matters.</summary>
internal sealed record CaseCounts(CaseTally Tally, long Matters)
{
    internal static readonly CaseCounts None = new(CaseTally.Empty, 0);
}
