using System.Threading.Tasks;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Utility;
using Evaluation.IO.Columnar;

namespace Evaluation.Reporting.Cases;

/// <summary>The distinct matters of a count's groups from its cases put in buckets by group.</summary>
internal sealed partial class CaseCounter
{
    /// <summary>
    /// Gives each group its distinct and rated matters from a second pass over the runs' cases: each case's matter, and
    /// whether it rates it, goes in 4 bytes into its group's bucket at a place the runs' sums fix beforehand (a counting
    /// sort whose counts are the groups' completed cases), and each bucket is then counted (<see cref="MatterMarks.CountInBuckets"/>).
    /// The first pass left each case's group (4 bytes a case), so this one finds neither periods nor keys; no mark of 8
    /// bytes per case is kept, and the marks need neither moving behind the earlier runs' nor counting.
    /// </summary>
    /// <param name="groupsOfRun">The runs' groups, the first run's having absorbed the others' (all the groups).</param>
    /// <param name="numbersOfRun">For each later run, its groups' numbers among all the groups.</param>
    /// <param name="kept">The kept case rows the runs were cut from.</param>
    /// <param name="groupOfKept">Each kept case's group in its run, as the runs numbered them, or -1 for a case in none.</param>
    /// <param name="coverageRated">Whether each case row rates its matter for coverage.</param>
    private void CountMattersInBuckets(CaseGroups[] groupsOfRun, int[][] numbersOfRun, int[] kept, int[] groupOfKept, bool[] coverageRated)
    {
        CaseGroups all = groupsOfRun[0];
        int runs = groupsOfRun.Length, groups = all.Keys.Count;
        // A later run's cases of a group, by the group's number among all; the first run's are the rest of the group's.
        var placesOfRun = new int[runs][];
        placesOfRun[0] = new int[groups];
        for (int g = 0; g < groups; g++)
        {
            placesOfRun[0][g] = checked((int)all.Sums[g].Completed);
        }
        for (int run = 1; run < runs; run++)
        {
            int[] places = placesOfRun[run] = new int[groups];
            for (int local = 0; local < numbersOfRun[run].Length; local++)
            {
                int count = (int)groupsOfRun[run].Sums[local].Completed;
                places[numbersOfRun[run][local]] = count;
                placesOfRun[0][numbersOfRun[run][local]] -= count;
            }
        }
        int[] starts = BucketPlaces.Assign(placesOfRun, groups);
        var buckets = new uint[starts[groups]];
        Parallel.For(0, runs, run =>
        {
            int[]? numbers = numbersOfRun[run];
            int[] cursor = placesOfRun[run];
            for (int i = RunStart(kept.Length, runs, run); i < RunStart(kept.Length, runs, run + 1); i++)
            {
                int local = groupOfKept[i];
                if (local < 0)
                {
                    continue;
                }
                int row = kept[i];
                buckets[cursor[numbers is null ? local : numbers[local]]++] = MatterMarks.BucketedOf(cases.Rows[row].Matter, coverageRated[row]);
            }
        });
        MatterMarks.CountInBuckets(buckets, starts, cases.Matters.Count, out long[] matterCount, out long[] ratedCount);
        for (int g = 0; g < groups; g++)
        {
            ref CaseSums sums = ref all.SumsOf(g);
            sums = sums with { Matters = matterCount[g], MattersRated = ratedCount[g] };
        }
    }
}
