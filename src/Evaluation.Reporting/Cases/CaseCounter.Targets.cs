using System;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Periods;
using Evaluation.IO.Columnar;

namespace Evaluation.Reporting.Cases;

internal sealed partial class CaseCounter
{
    /// <summary>The most words the runs' bitsets of matters by target hold together by default: 2^22 (32 MB).</summary>
    internal const long DefaultMatterBitsetLimit = 1 << 22;

    /// <summary>
    /// The counts of the completed cases in the report's range gathered into targets by unit: a case counts in each
    /// target its unit's code is given (a county and the total, for a case of one of its towns), each target's distinct
    /// matters counted once, so the cost is a pass over the cases. The cases are cut into one run per processor; each run
    /// sums its targets and marks their matters in a bitset of every (target, matter), and the runs' sums add and their
    /// bitsets unite. Where those bitsets would be too large (targets times matters), the matters are counted from one
    /// mark per case and target instead (<see cref="MatterMarks"/>).
    /// </summary>
    /// <param name="context">The report.</param>
    /// <param name="targetsOfUnit">The targets a unit code counts in (none for a unit outside every target).</param>
    /// <param name="targets">The number of targets.</param>
    internal CaseCounts[] ByTargets(PreparedReport context, Func<string, int[]> targetsOfUnit, int targets)
    {
        int[][] targetsOf = [.. Enumerable.Range(0, cases.Units.Count).Select(u => cases.Units.TextAt(u) is string code ? targetsOfUnit(code) : [])];
        int[] kept = validation.KeptCases;
        long wordsPerTarget = MatterBitsets.WordsPerSlot(cases.Matters.Count);
        int runs = Math.Clamp(kept.Length / rowsPerRun, 1, runLimit > 0 ? runLimit : Environment.ProcessorCount);
        runs = (int)Math.Min(runs, matterBitsetLimit / Math.Max(1, wordsPerTarget * targets));
        return runs == 0 ? ByTargetsFromMarks(context, targetsOf, targets) : ByTargetsInBitsets(context, targetsOf, targets, runs, (int)wordsPerTarget);
    }

    private CaseCounts[] ByTargetsInBitsets(PreparedReport context, int[][] targetsOf, int targets, int runs, int wordsPerTarget)
    {
        (bool[] rated, bool[] coverageRated, byte[] followUps, bool[] completedOnTime) = FactsOfRows(context);
        (int firstDay, int[] periodOfDay, _) = PeriodsOfCompletionDays(context, Grouping.Total);
        int[] kept = validation.KeptCases;
        var sumsOfRun = new CaseSums[runs][];
        var bitsOfRun = new ulong[runs][];
        // Compiled fully at its first call: each run calls it once, and the loop replaced on the stack (OSR) ran it at half
        // the speed (samples at 10 M, the district table: 465 and 724 against 264 and 382).
        Parallel.For(0, runs, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (run) =>
        {
            var sums = sumsOfRun[run] = new CaseSums[targets];
            var bits = bitsOfRun[run] = new ulong[(long)targets * wordsPerTarget];
            for (int i = RunStart(kept.Length, runs, run); i < RunStart(kept.Length, runs, run + 1); i++)
            {
                int row = kept[i];
                ref CaseRow c = ref cases.Rows[row];
                if (PeriodOfRow(ref c, periodOfDay, firstDay) < 0)
                {
                    continue;
                }
                byte followUp = followUps[row];
                foreach (int t in targetsOf[c.Unit])
                {
                    sums[t] = sums[t].Add(rated[row], followUp != 0, followUp == Dissatisfied, completedOnTime[row], isNewMatter: false, isNewRatedMatter: false);
                    MatterBitsets.Mark(bits, (long)t * wordsPerTarget, c.Matter, coverageRated[row]);
                }
            }
        });
        CaseSums[] total = sumsOfRun[0];
        for (int run = 1; run < runs; run++)
        {
            for (int t = 0; t < targets; t++)
            {
                total[t] = total[t].Merge(sumsOfRun[run][t]);
            }
        }
        ulong[] united = MatterBitsets.Unite(bitsOfRun);
        var counts = new CaseCounts[targets];
        for (int t = 0; t < targets; t++)
        {
            (long present, long ratedMatters) = MatterBitsets.Count(united, (long)t * wordsPerTarget, wordsPerTarget);
            counts[t] = (total[t] with { Matters = present, MattersRated = ratedMatters }).Counts;
        }
        return counts;
    }

    private CaseCounts[] ByTargetsFromMarks(PreparedReport context, int[][] targetsOf, int targets)
    {
        (bool[] rated, bool[] coverageRated, byte[] followUps, bool[] completedOnTime) = FactsOfRows(context);
        (int firstDay, int[] periodOfDay, _) = PeriodsOfCompletionDays(context, Grouping.Total);
        long[] marks = new long[validation.KeptCases.Length];
        int marked = 0;
        var sums = new CaseSums[targets];
        foreach (int row in validation.KeptCases)
        {
            ref CaseRow c = ref cases.Rows[row];
            if (PeriodOfRow(ref c, periodOfDay, firstDay) < 0)
            {
                continue;
            }
            byte followUp = followUps[row];
            foreach (int t in targetsOf[c.Unit])
            {
                if (marked == marks.Length)
                {
                    Array.Resize(ref marks, Math.Max(16, marks.Length * 2));
                }
                marks[marked++] = MatterMarks.Of(t, c.Matter, coverageRated[row]);
                sums[t] = sums[t].Add(rated[row], followUp != 0, followUp == Dissatisfied, completedOnTime[row], isNewMatter: false, isNewRatedMatter: false);
            }
        }
        MatterMarks.Count(new ArraySegment<long>(marks, 0, marked), targets, cases.Matters.Count, out long[] matterCount, out long[] ratedCount);
        for (int t = 0; t < targets; t++)
        {
            sums[t] = sums[t] with { Matters = matterCount[t], MattersRated = ratedCount[t] };
        }
        return [.. sums.Select(s => s.Counts)];
    }
}
