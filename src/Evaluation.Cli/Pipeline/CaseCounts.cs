using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Cases;
using Evaluation.Core.Catalog;
using Evaluation.Core.Periods;

namespace Evaluation.Cli.Pipeline;

/// <summary>Counts of completed cases per group, attributed to the completion instant: cases, follow-ups, dissatisfied follow-ups and distinct matters.</summary>
internal sealed record CaseCounts(long Cases, long FollowUps, long Dissatisfied, long Matters)
{
    internal static readonly CaseCounts None = new(0, 0, 0, 0);

    internal static Dictionary<GroupKey, CaseCounts> ByGroup(ReportContext context, Grouping grouping)
    {
        var visits = context.FollowUps.GroupBy(f => f.CaseNumber).ToDictionary(g => g.Key, g => g.Any(f => !f.Satisfied));
        var groups = new Dictionary<GroupKey, (long Cases, long Followed, long Dissatisfied, HashSet<MatterCode> Matters)>();
        foreach (ServiceCase c in context.Cases)
        {
            if (c.CompletedAt is not NodaTime.Instant completed || !context.InRange(ChinaTime.DateOf(completed)))
            {
                continue;
            }
            ImmutableArray<string?> codes = [.. grouping.Dimensions.Select(d => d switch
            {
                GroupingDimension.Unit => c.UnitCode.Value,
                GroupingDimension.Department => c.DepartmentCode?.Value,
                GroupingDimension.Matter => c.MatterCode.Value,
                GroupingDimension.Window => c.WindowCode?.Value,
                _ => null,
            })];
            var key = new GroupKey(codes, grouping.Period is ReportingPeriodKind kind ? ReportingPeriod.Containing(kind, completed) : null);
            if (!groups.TryGetValue(key, out var g))
            {
                g = (0, 0, 0, []);
            }
            bool followed = visits.TryGetValue(c.Number, out bool dissatisfied);
            g.Matters.Add(c.MatterCode);
            groups[key] = (g.Cases + 1, g.Followed + (followed ? 1 : 0), g.Dissatisfied + (followed && dissatisfied ? 1 : 0), g.Matters);
        }
        return groups.ToDictionary(p => p.Key, p => new CaseCounts(p.Value.Cases, p.Value.Followed, p.Value.Dissatisfied, p.Value.Matters.Count));
    }
}
