using System.Linq;
using Evaluation.Reporting.Cases;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Evaluation.Cli.Tests.Reporting;

/// <summary>
/// A group's distinct matters and rated matters, counted from one mark per case, equal a LINQ <c>Distinct</c> over the
/// cases, whether counted in one part or in several (more parts than groups, too).
/// </summary>
public class MatterMarksProperties
{
    [Property(MaxTest = 300)]
    public Property Counting_by_group_in_any_number_of_parts_equals_distinct_counting()
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

            Property all = true.ToProperty();
            foreach (int parts in new[] { 0, 1, 2, 3, 8 })
            {
                MatterMarks.Count(marks, groups, matters, out long[] counted, out long[] rated, parts);
                all = all.And((counted.SequenceEqual(expectedMatters) && rated.SequenceEqual(expectedRated)).Label($"{parts} parts"));
            }
            return all;
        });
    }
}
