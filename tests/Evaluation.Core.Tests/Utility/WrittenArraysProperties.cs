using System;
using Evaluation.Core.Utility;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Evaluation.Core.Tests.Utility;

/// <summary>
/// An array made with its pages written first is as a new array is: the length asked for and every element zero, below
/// the size the runtime zeroes itself and above it, even where arrays filled with other values were just collected (the
/// memory the runtime hands out again without zeroing it when asked for an uninitialized array).
/// </summary>
public class WrittenArraysProperties
{
    [Property(MaxTest = 200)]
    public Property Arrays_are_zero_and_of_the_length_asked_for_whatever_was_freed_before() =>
        Prop.ForAll(Gen.Choose(0, 40_000).ToArbitrary(), Gen.Choose(1, 8).ToArbitrary(), (length, freed) =>
        {
            Garbage(length, freed);
            GC.Collect();
            long[] longs = WrittenArrays.New<long>(length);
            int[] ints = WrittenArrays.New<int>(length);
            return (longs.Length == length && ints.Length == length
                    && longs.AsSpan().IndexOfAnyExcept(0L) < 0 && ints.AsSpan().IndexOfAnyExcept(0) < 0)
                .Label($"{length} elements after {freed} arrays freed");
        });

    /// <summary>Arrays of about the same size filled with ones and then dropped.</summary>
    private static void Garbage(int length, int count)
    {
        for (int i = 0; i < count; i++)
        {
            long[] filled = GC.AllocateUninitializedArray<long>(length + i);
            filled.AsSpan().Fill(-1L);
            GC.KeepAlive(filled);
        }
    }
}
