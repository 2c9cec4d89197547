using System;
using System.Linq;
using Evaluation.IO.Columnar;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Evaluation.IO.Tests;

/// <summary>
/// A run of bytes outside the collected heap behaves as an array copied into a new length at each resize: its first
/// bytes (as many as both lengths hold) are kept whether it grows or shrinks, across lengths from none to megabytes
/// (where the system maps it apart), and whatever pages were mapped ahead of writes; once released it is empty and
/// refuses to grow. Mapping an array's pages ahead of its writes leaves every element as it was.
/// </summary>
public class NativeBytesProperties
{
    private static readonly Gen<int> Lengths = Gen.OneOf(Gen.Choose(0, 300), Gen.Choose(100_000, 3_000_000));

    private static readonly Gen<(int First, int[] Lengths)> Runs =
        from first in Lengths
        from count in Gen.Choose(0, 8)
        from lengths in Lengths.ArrayOf(count)
        select (first, lengths);

    [Property(MaxTest = 100)]
    public Property Resizing_keeps_the_first_bytes_as_an_array_copy_does() =>
        Prop.ForAll(Runs.ToArbitrary(), run =>
        {
            (int first, int[] lengths) = run;
            var bytes = new NativeBytes(first);
            byte[] model = bytes.Span.ToArray();
            Fill(bytes.Span, model, 1);
            for (int i = 0; i < lengths.Length; i++)
            {
                int kept = Math.Min(model.Length, lengths[i]);
                bytes.Resize(lengths[i]);
                // Pages mapped ahead of writes (as a key column's writes map them) change no byte.
                bytes.WillWrite(Math.Min(1, lengths[i]));
                bytes.WillWrite(lengths[i] / 2);
                bytes.WillWrite(lengths[i]);
                // The bytes beyond the kept ones are of no particular value: the model takes them as they are.
                byte[] copy = bytes.Span.ToArray();
                if (bytes.Length != lengths[i] || !copy.AsSpan(0, kept).SequenceEqual(model.AsSpan(0, kept)))
                {
                    return false.Label($"after resizing to {lengths[i]}");
                }
                model = copy;
                Fill(bytes.Span, model, i + 2);
            }
            bytes.Release();
            return (bytes.Length == 0 && bytes.Span.IsEmpty).Label("released");
        });

    [Property(MaxTest = 30)]
    public Property Mapping_an_arrays_pages_ahead_changes_no_element() =>
        Prop.ForAll(Gen.Choose(0, 3_000_000).ToArbitrary(), Gen.Choose(0, 3_000_000).ToArbitrary(), Gen.Choose(0, 3_000_000).ToArbitrary(), (length, from, count) =>
        {
            long[] array = new long[length];
            for (int i = 0; i < array.Length; i += 509)
            {
                array[i] = i * 2654435761L;
            }
            long[] before = (long[])array.Clone();
            PagePopulation.Populate(array, from, count);
            return array.AsSpan().SequenceEqual(before);
        });

    [Theory]
    [InlineData(16)]
    [InlineData(NativeBytes.ReleasedAsideBytes)]
    public void A_released_run_is_empty_and_refuses_to_grow(int length)
    {
        // A large run is given back on another thread: the run is empty at once all the same.
        var bytes = new NativeBytes(length);
        bytes.Span[^1] = 1;
        bytes.Release();
        Assert.Equal(0, bytes.Length);
        Assert.True(bytes.Span.IsEmpty);
        bytes.Release();
        Assert.Equal(0, bytes.Length);
        Assert.Throws<ObjectDisposedException>(() => bytes.Resize(8));
    }

    /// <summary>Writes the same bytes, from a seed, into the run and into its model.</summary>
    private static void Fill(Span<byte> span, byte[] model, int seed)
    {
        for (int i = 0; i < model.Length; i += 997)
        {
            span[i] = model[i] = unchecked((byte)(seed + i));
        }
    }
}
