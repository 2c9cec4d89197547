using System.Collections.Generic;
using System.Linq;
using Evaluation.Reporting;
using Evaluation.Cli.Rendering;
using Evaluation.Core.Cases;
using Evaluation.Core.Catalog;
using Evaluation.Core.Periods;

using static Evaluation.Workbooks.Writing.ColumnKind;

namespace Evaluation.Cli.Tables;

/// <summary>
/// "有诉即办"服务专区工作情况汇总: per unit, cases accepted at its 导办帮办代办, 万人助万企 and 办不成事 windows; "/" where the
/// unit has no window of the kind, 0 where it has one that took no case.
/// </summary>
internal static class RequestsTable
{
    private static readonly WindowKind[] Kinds = [WindowKind.Assisted, WindowKind.Enterprise, WindowKind.Unresolved];

    internal static Table Build(TableInputs inputs, Language language)
    {
        var windows = inputs.Windows.Where(w => Kinds.Contains(w.Kind)).ToList();
        var kindOf = windows.ToDictionary(w => w.Code, w => w.Kind);
        var counts = new Dictionary<(UnitCode, WindowKind), long>();
        foreach (((UnitCode unitCode, WindowCode window), long accepted) in inputs.AcceptedAtWindows())
        {
            if (kindOf.TryGetValue(window, out WindowKind kind))
            {
                counts[(unitCode, kind)] = counts.GetValueOrDefault((unitCode, kind)) + accepted;
            }
        }
        var rows = new List<string[]>();
        var totals = new long[Kinds.Length];
        int number = 0;
        foreach (ServiceUnit unit in inputs.Units.Where(u => windows.Any(w => w.UnitCode == u.Code)))
        {
            var row = new List<string> { Cells.Number(++number), unit.Name };
            for (int k = 0; k < Kinds.Length; k++)
            {
                bool has = windows.Any(w => w.UnitCode == unit.Code && w.Kind == Kinds[k]);
                long n = counts.GetValueOrDefault((unit.Code, Kinds[k]));
                totals[k] += n;
                row.Add(has ? Cells.Count(n) : "/");
            }
            rows.Add([.. row]);
        }
        rows.Add([string.Empty, language.Pick("合计", "Total"), .. totals.Select(Cells.Count)]);
        return new Table(
            language.Pick("各县区\u201c有诉即办\u201d服务专区工作情况汇总", "Cases at the complaint-handling windows"),
            [
                language.Pick("序号", "No."), language.Pick("县区", "Unit"), language.Pick("\u201c导办、帮办、代办\u201d窗口", "Assisted windows"),
                language.Pick("\u201c万人助万企\u201d窗口", "Enterprise-support windows"), language.Pick("\u201c办不成事\u201d监督窗口", "Could-not-be-done windows"),
            ],
            rows) { Kinds = [Count, Text, Count, Count, Count], EndsWithTotal = true };
    }
}
