using System.Collections.Generic;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Catalog;
using Evaluation.Core.FollowUps;

namespace Evaluation.Cli.Pipeline;

/// <summary>
/// The counts a report takes from its cases one by one (and from ratings beside them), rather than from the rating
/// batch: made from records (<see cref="RecordCaseCounter"/>, the reference) or from the tables a directory is read
/// into (<see cref="ColumnarCaseCounter"/>), with the same outcome.
/// </summary>
internal abstract class CaseCounter
{
    /// <summary>The counts of each group of the completed cases in the report's range (groups without any are absent).</summary>
    internal abstract Dictionary<GroupKey, CaseCounts> ByGroup(ReportContext context, Grouping grouping);

    /// <summary>The daily follow-up ledger, as <see cref="FollowUpRules.DailyLedger"/> makes it from the accepted records.</summary>
    internal abstract IReadOnlyList<FollowUpLedgerRow> FollowUpLedger(ReportContext context);

    /// <summary>The cases accepted within the report's range at each window, by unit and window.</summary>
    internal abstract Dictionary<(UnitCode Unit, WindowCode Window), long> AcceptedAtWindows(ReportContext context);
}
