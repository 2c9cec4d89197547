using System.Linq;
using Evaluation.Reporting.Cases;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Evaluation.Cli.Tests.Reporting;

/// <summary>
/// A group's distinct matters and rated matters, counted from one mark per case, equal a LINQ <c>Distinct</c> over the
/// cases, in bitsets and by sorting alike.
/// </summary>
public class MatterMarksProperties
{
    [Property(MaxTest = 300)]
    public Property Counting_in_bitsets_and_by_sorting_equals_distinct_counting()
    {
        Gen<(int Group, int Matter, bool Rates)[]> cases =
            Gen.Choose(0, 6).SelectMany(groups => Gen.Choose(1, 200).SelectMany(matters =>
                (from g in Gen.Choose(0, groups)
                 from m in Gen.Choose(1, matters)
                 from r in ArbMap.Default.GeneratorFor<bool>()
                 select (g, m, r)).ArrayOf()));
        return Prop.ForAll(cases.ToArbitrary(), items =>
        {
            int groups = items.Length == 0 ? 0 : items.Max(i => i.Group) + 1;
            int matters = items.Length == 0 ? 1 : items.Max(i => i.Matter) + 1;
            long[] expectedMatters = [.. Enumerable.Range(0, groups).Select(g => (long)items.Where(i => i.Group == g).Select(i => i.Matter).Distinct().Count())];
            long[] expectedRated = [.. Enumerable.Range(0, groups).Select(g => (long)items.Where(i => i.Group == g && i.Rates).Select(i => i.Matter).Distinct().Count())];
            long[] marks = [.. items.Select(i => MatterMarks.Of(i.Group, i.Matter, i.Rates))];

            MatterMarks.Count(marks.ToArray(), groups, matters, out long[] bitsetMatters, out long[] bitsetRated);
            MatterMarks.Count(marks.ToArray(), groups, matters, out long[] sortedMatters, out long[] sortedRated, wordLimit: 0);
            MatterMarks.Count(marks.ToArray(), groups, matters, out long[] sharedMatters, out long[] sharedRated, marksPerShare: 1);

            return (bitsetMatters.SequenceEqual(expectedMatters) && bitsetRated.SequenceEqual(expectedRated)).Label("bitsets")
                .And((sortedMatters.SequenceEqual(expectedMatters) && sortedRated.SequenceEqual(expectedRated)).Label("sorted"))
                .And((sharedMatters.SequenceEqual(expectedMatters) && sharedRated.SequenceEqual(expectedRated)).Label("bitsets shared among processors"));
        });
    }
}
