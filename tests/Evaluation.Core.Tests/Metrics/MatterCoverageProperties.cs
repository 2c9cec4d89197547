using System.Collections.Generic;
using System.Linq;
using Evaluation.Core.Metrics;
using Evaluation.Core.Utility;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Evaluation.Core.Tests.Metrics;

/// <summary>
/// Matter coverage is a pair of exact sets whatever its form (bitsets of their own or in a shared slab, or the sorted
/// arrays of groups with few matters): every form of one set is equal, and merging is set union, associative, commutative and idempotent, with Empty as
/// identity, across forms.
/// </summary>
public class MatterCoverageProperties
{
    private static readonly Gen<(int[] Present, int[] Rated)> Sets =
        from present in Gen.Choose(1, 300).ArrayOf()
        from ratedMask in Gen.Elements(true, false).ArrayOf(present.Length)
        let distinct = present.Distinct().Order().ToArray()
        select (distinct, distinct.Where((_, i) => i < ratedMask.Length && ratedMask[i]).ToArray());

    private static readonly Gen<MatterCoverage> Coverages =
        from set in Sets
        from form in Gen.Choose(0, 2)
        select form switch
        {
            0 => MatterCoverage.FromSorted(set.Present, set.Rated),
            1 => new MatterCoverage(Bits(set.Present), Bits(set.Rated)),
            _ => MatterCoverage.FromBits(Bits(set.Present), Bits(set.Rated), new Slab<ulong>(16)) ?? MatterCoverage.Empty,
        };

    [Property]
    public Property Both_forms_of_one_set_are_equal_and_count_its_matters() =>
        Prop.ForAll(Sets.ToArbitrary(), set =>
        {
            MatterCoverage sorted = MatterCoverage.FromSorted(set.Present, set.Rated);
            var bits = new MatterCoverage(Bits(set.Present), Bits(set.Rated));
            return sorted.Equals(bits) && bits.Equals(sorted)
                && sorted.MattersWithRatings == set.Present.Length && bits.MattersRated == set.Rated.Length
                && set.Rated.All(sorted.IsRated) && set.Rated.All(bits.IsRated)
                && set.Present.Except(set.Rated).All(m => !sorted.IsRated(m) && !bits.IsRated(m));
        });

    [Property]
    public Property Coverage_from_reused_bitsets_keeps_each_groups_set_in_either_form_and_block() =>
        Prop.ForAll(Sets.ToArbitrary(), Sets.ToArbitrary(), Gen.Choose(1, 30).ToArbitrary(), (a, b, blockWords) =>
        {
            var slab = new Slab<ulong>(blockWords);
            ulong[] present = Bits(a.Present), rated = Bits(a.Rated);
            MatterCoverage? first = MatterCoverage.FromBits(present, rated, slab);
            // The caller reuses its words for the next group; the first group's coverage must not see it.
            System.Array.Clear(present);
            System.Array.Clear(rated);
            Bits(b.Present).CopyTo(present, 0);
            Bits(b.Rated).CopyTo(rated, 0);
            MatterCoverage? second = MatterCoverage.FromBits(present, rated, slab);
            return Holds(first, a) && Holds(second, b);
        });

    /// <summary>
    /// A coverage read from the touched words of reused bitsets is the one read from the whole bitsets, in either form:
    /// few matters among many words (sorted arrays) or many among few (a copy of the bitsets).
    /// </summary>
    [Property]
    public Property Coverage_from_the_touched_words_is_the_coverage_from_the_whole_bitsets() =>
        Prop.ForAll(Gen.Elements(5, 188).ToArbitrary(), Gen.Choose(0, 400).ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (words, size, seed) =>
        {
            var random = new System.Random(seed);
            var present = new ulong[words];
            var rated = new ulong[words];
            var touched = new ulong[(words + 63) >> 6];
            for (int i = 0; i < size; i++)
            {
                int m = random.Next(words * 64);
                present[m >> 6] |= 1UL << m;
                rated[m >> 6] |= (ulong)random.Next(2) << m;
                touched[m >> 12] |= 1UL << (m >> 6);
            }
            MatterCoverage? whole = MatterCoverage.FromBits(present, rated, new Slab<ulong>(16));
            MatterCoverage? fromTouched = MatterCoverage.FromBits(present, rated, touched, new Slab<ulong>(16));
            return (whole is null ? fromTouched is null : whole.Equals(fromTouched) && whole.MattersRated == fromTouched!.MattersRated && whole.MattersWithRatings == fromTouched.MattersWithRatings)
                .Label($"{size} marks in {words} words");
        });

    [Property]
    public Property Merge_is_union_associative_commutative_and_idempotent_with_empty_as_identity() =>
        Prop.ForAll(Coverages.ToArbitrary(), Coverages.ToArbitrary(), Coverages.ToArbitrary(), (a, b, c) =>
            a.Merge(b).Merge(c).Equals(a.Merge(b.Merge(c)))
            && a.Merge(b).Equals(b.Merge(a))
            && a.Merge(a).Equals(a)
            && a.Merge(MatterCoverage.Empty).Equals(a) && MatterCoverage.Empty.Merge(a).Equals(a)
            && MatterCoverage.Union([a, b, c]).Equals(a.Merge(b).Merge(c))
            && a.Merge(b).MattersWithRatings == Indices(a, 301).Union(Indices(b, 301)).Count());

    /// <summary>Whether a coverage made from bitsets holds a set: none for an empty set, otherwise equal to the set's sorted form.</summary>
    private static bool Holds(MatterCoverage? coverage, (int[] Present, int[] Rated) set) =>
        coverage is null ? set.Present.Length == 0 : coverage.Equals(MatterCoverage.FromSorted(set.Present, set.Rated)) && set.Rated.All(coverage.IsRated);

    private static ulong[] Bits(IEnumerable<int> indices)
    {
        var bits = new ulong[5];
        foreach (int m in indices)
        {
            bits[m >> 6] |= 1UL << (m & 63);
        }
        return bits;
    }

    /// <summary>The matters below a bound a coverage holds, found by asking <see cref="MatterCoverage.Merge"/> with each single matter.</summary>
    private static IEnumerable<int> Indices(MatterCoverage coverage, int bound) =>
        Enumerable.Range(0, bound).Where(m => coverage.Merge(MatterCoverage.FromSorted([m], [])).MattersWithRatings == coverage.MattersWithRatings);
}
