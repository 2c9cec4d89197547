using System;
using System.Linq;
using Evaluation.Core.Utility;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Evaluation.Core.Tests.Utility;

/// <summary>
/// A slab hands out runs that are zero when taken and never overlap, whatever the sizes of its blocks (the first one and
/// the largest) and of the runs, including runs longer than a block: each run, filled with its own number as it is
/// taken, still holds only that number once every run is taken.
/// </summary>
public class SlabProperties
{
    [Property(MaxTest = 300)]
    public Property Runs_are_zero_when_taken_and_never_overlap() =>
        Prop.ForAll(Gen.Choose(1, 40).ToArbitrary(), Gen.Choose(1, 40).ToArbitrary(), Gen.Choose(0, 50).ArrayOf().ToArbitrary(), (largest, first, lengths) =>
        {
            var slab = new Slab<long>(largest, first);
            var runs = lengths.Select((length, i) =>
            {
                (long[] block, int start) = slab.Take(length);
                bool zero = block.AsSpan(start, length).IndexOfAnyExcept(0L) < 0;
                block.AsSpan(start, length).Fill(i + 1);
                return (Block: block, Start: start, Length: length, Number: i + 1L, Zero: zero);
            }).ToArray();
            return runs.All(r => r.Zero && r.Block.AsSpan(r.Start, r.Length).IndexOfAnyExcept(r.Number) < 0)
                .Label($"blocks of {first} up to {largest}, runs of {string.Join(",", lengths)}");
        });
}
