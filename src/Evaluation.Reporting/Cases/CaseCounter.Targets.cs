using System;
using System.Linq;
using System.Threading.Tasks;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Periods;
using Evaluation.Core.Utility;
using Evaluation.IO.Columnar;

namespace Evaluation.Reporting.Cases;

internal sealed partial class CaseCounter
{
    /// <summary>The most words the runs' bitsets of matters by target hold together by default: 2^22 (32 MB).</summary>
    internal const long DefaultMatterBitsetLimit = 1 << 22;

    /// <summary>
    /// The counts of the completed cases in the report's range gathered into targets by unit: a case counts in each
    /// target its unit's code is given (a county and the total, for a case of one of its towns), each target's distinct
    /// matters counted once, so the cost is two passes over the cases and one over their matters. The cases are cut into
    /// one run per processor; each run sums its targets, and the matters are marked in a bitset of every (target, matter)
    /// unit by unit (<see cref="ByTargetsInBitsets"/>). Where those bitsets would be too large (targets times matters),
    /// the matters are counted from one mark per case and target instead (<see cref="MatterMarks"/>).
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

    /// <summary>
    /// The targets' counts with their matters in bitsets, marked unit by unit: each run sums its cases into their targets
    /// and counts them by unit; the runs then put each case's matter, and whether it rates it, in 4 bytes into its unit's
    /// bucket (a counting sort, <see cref="BucketPlaces"/>); each share of the units then marks its units' matters into
    /// their targets' bitsets, one unit and one target at a time. Marking each case's targets as the case came touched
    /// every target's block at random, megabytes beyond the second-level cache, and its cost rose up to fivefold when
    /// other work shared the last-level cache; one target's block is a few kilobytes.
    /// </summary>
    private CaseCounts[] ByTargetsInBitsets(PreparedReport context, int[][] targetsOf, int targets, int runs, int wordsPerTarget)
    {
        (bool[] rated, bool[] coverageRated, byte[] followUps, bool[] completedOnTime) = FactsOfRows(context);
        (int firstDay, int[] periodOfDay, _) = PeriodsOfCompletionDays(context, Grouping.Total);
        int[] kept = validation.KeptCases;
        int units = targetsOf.Length;
        // A case counts when it is in the range and its unit has a target.
        bool Counts(ref CaseRow c) => targetsOf[c.Unit].Length > 0 && PeriodOfRow(ref c, periodOfDay, firstDay) >= 0;
        var sumsOfRun = new CaseSums[runs][];
        var placesOfRun = new int[runs][];
        Parallel.For(0, runs, run =>
        {
            var sums = sumsOfRun[run] = new CaseSums[targets];
            var byUnit = placesOfRun[run] = new int[units];
            for (int i = RunStart(kept.Length, runs, run); i < RunStart(kept.Length, runs, run + 1); i++)
            {
                int row = kept[i];
                ref CaseRow c = ref cases.Rows[row];
                if (!Counts(ref c))
                {
                    continue;
                }
                byUnit[c.Unit]++;
                byte followUp = followUps[row];
                foreach (int t in targetsOf[c.Unit])
                {
                    sums[t] = sums[t].Add(rated[row], followUp != 0, followUp == Dissatisfied, completedOnTime[row], isNewMatter: false, isNewRatedMatter: false);
                }
            }
        });
        int[] starts = BucketPlaces.Assign(placesOfRun, units);
        var buckets = new uint[starts[units]];
        Parallel.For(0, runs, run =>
        {
            int[] cursor = placesOfRun[run];
            for (int i = RunStart(kept.Length, runs, run); i < RunStart(kept.Length, runs, run + 1); i++)
            {
                int row = kept[i];
                ref CaseRow c = ref cases.Rows[row];
                if (Counts(ref c))
                {
                    buckets[cursor[c.Unit]++] = MatterMarks.BucketedOf(c.Matter, coverageRated[row]);
                }
            }
        });
        var bitsOfShare = new ulong[runs][];
        Parallel.For(0, runs, share =>
        {
            ulong[] bits = bitsOfShare[share] = new ulong[(long)targets * wordsPerTarget];
            for (int unit = BucketPlaces.FirstOfShare(starts, share, runs); unit < BucketPlaces.FirstOfShare(starts, share + 1, runs); unit++)
            {
                ReadOnlySpan<uint> marks = buckets.AsSpan(starts[unit], starts[unit + 1] - starts[unit]);
                foreach (int t in targetsOf[unit])
                {
                    long slot = (long)t * wordsPerTarget;
                    foreach (uint mark in marks)
                    {
                        MatterBitsets.Mark(bits, slot, (int)(mark >> 1), (mark & 1) != 0);
                    }
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
        ulong[] united = MatterBitsets.Unite(bitsOfShare);
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
