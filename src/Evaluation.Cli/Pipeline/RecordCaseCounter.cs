using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Calendars;
using Evaluation.Core.Cases;
using Evaluation.Core.Catalog;
using Evaluation.Core.FollowUps;
using Evaluation.Core.Metrics;
using Evaluation.Core.Periods;

namespace Evaluation.Cli.Pipeline;

/// <summary>The case counts of a report made from its records with the library's own rules (<see cref="CaseTallies"/>, <see cref="FollowUpRules"/>).</summary>
internal sealed class RecordCaseCounter : CaseCounter
{
    internal static readonly RecordCaseCounter Instance = new();

    /// <inheritdoc/>
    internal override Dictionary<GroupKey, CaseCounts> ByGroup(ReportContext context, Grouping grouping)
    {
        var tallies = new CaseTallies(context.Policy, context.Lifecycle.Deadlines, context.Accepted.Matters.Select(m => m.Record), context.FollowUps, context.ValidRatings);
        GroupKey? KeyOf(ServiceCase c)
        {
            NodaTime.Instant completed = c.CompletedAt!.Value;
            if (!context.InRange(ChinaTime.DateOf(completed)))
            {
                return null;
            }
            ImmutableArray<string?> codes = [.. grouping.Dimensions.Select(d => d switch
            {
                GroupingDimension.Unit => c.UnitCode.Value,
                GroupingDimension.Department => c.DepartmentCode?.Value,
                GroupingDimension.Matter => c.MatterCode.Value,
                GroupingDimension.Window => c.WindowCode?.Value,
                _ => null,
            })];
            return new GroupKey(codes, grouping.Period is ReportingPeriodKind kind ? ReportingPeriod.Containing(kind, completed) : null);
        }
        // Each completed case's group, found once for both the tallies and the distinct matters.
        var keyed = context.Cases.Where(c => c.CompletedAt is not null).Select(c => (Key: KeyOf(c), Case: c)).Where(p => p.Key is not null).ToList();
        IReadOnlyDictionary<GroupKey, CaseTally> byGroup = tallies.By(keyed, context.AsOf);
        var matters = new Dictionary<GroupKey, HashSet<MatterCode>>();
        foreach ((GroupKey? key, ServiceCase c) in keyed)
        {
            (matters.TryGetValue(key!, out HashSet<MatterCode>? set) ? set : matters[key!] = []).Add(c.MatterCode);
        }
        return byGroup.ToDictionary(p => p.Key, p => new CaseCounts(p.Value, matters[p.Key].Count));
    }

    /// <inheritdoc/>
    internal override IReadOnlyList<FollowUpLedgerRow> FollowUpLedger(ReportContext context) =>
        new FollowUpRules(context.Policy, context.Lifecycle.Deadlines).DailyLedger(context.Cases, context.FollowUps, context.AcceptedRatings);

    /// <inheritdoc/>
    internal override Dictionary<(UnitCode Unit, WindowCode Window), long> AcceptedAtWindows(ReportContext context)
    {
        var counts = new Dictionary<(UnitCode, WindowCode), long>();
        foreach (ServiceCase c in context.Cases)
        {
            if (c.WindowCode is WindowCode window && context.InRange(ChinaTime.DateOf(c.AcceptedAt)))
            {
                counts[(c.UnitCode, window)] = counts.GetValueOrDefault((c.UnitCode, window)) + 1;
            }
        }
        return counts;
    }
}
