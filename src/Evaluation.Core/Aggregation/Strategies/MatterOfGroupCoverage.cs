using System;
using Evaluation.Core.Metrics;

namespace Evaluation.Core.Aggregation.Strategies;

/// <summary>The matter coverage of a group, from its number and its class counts (which only some strategies read).</summary>
/// <param name="group">The group's number in its layout.</param>
/// <param name="classCounts">The group's rows in each class.</param>
/// <returns>The coverage.</returns>
internal delegate MatterCoverage GroupCoverage(int group, ReadOnlySpan<int> classCounts);

/// <summary>
/// Coverage strategy <see cref="CoverageStrategy.MatterOfGroup"/>: grouped by the matter, a group's rows share one
/// matter, which is covered when a class of the group's rows marks it and rated when one marks it as rated. The class
/// counts the tally is expanded from say so; no pass over the rows, no keys, no bitsets.
/// </summary>
internal static class MatterOfGroupCoverage
{
    /// <summary>
    /// The coverage of a grouping by the matter, read off each group's class counts. A matter's groups (one per period and
    /// other code) share its two coverages, covered and rated, each made by whichever thread first needs it: a race
    /// makes an equal one, and a coverage never changes.
    /// </summary>
    internal static GroupCoverage For(RatingBatch.Columns data, GroupLayout layout)
    {
        byte[] marks = MatterMarks.OfClasses(data.ClassProfiles, data.Policy.CoverageCountsDefaultRatings);
        var shared = new MatterCoverage?[2 * (data.Matters.Count + 1)];
        return (group, counts) => Of(layout.MatterOf(group), counts, marks, shared);
    }

    private static MatterCoverage Of(int matter, ReadOnlySpan<int> counts, byte[] marks, MatterCoverage?[] shared)
    {
        int mark = 0;
        for (int c = 0; c < counts.Length; c++)
        {
            if (counts[c] > 0)
            {
                mark = Math.Max(mark, marks[c]);
            }
        }
        if (matter == 0 || mark == 0)
        {
            return MatterCoverage.Empty;
        }
        ref MatterCoverage? coverage = ref shared[(2 * matter) + mark - 1];
        if (coverage is null)
        {
            // One array serves as both lists: a coverage never changes its lists.
            int[] one = [matter];
            coverage = MatterCoverage.FromSorted(one, mark == 2 ? one : []);
        }
        return coverage;
    }
}
