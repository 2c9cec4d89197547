using System;

namespace Evaluation.Core.Utility;

/// <summary>
/// Hands out runs of zeroed elements from large blocks, for the many small values one thread makes to keep (the bitsets
/// and index lists of <see cref="Metrics.MatterCoverage"/>s, the counters of <see cref="Metrics.RatingTally"/>s): a few large arrays
/// rather than one small array per group, which the garbage collector would copy from generation to generation. Blocks
/// start small and double, so that a few groups do not cost a large block. Not thread-safe: one slab per thread.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
/// <param name="blockLength">The most elements of a block; a run longer than that gets a block of its own.</param>
/// <param name="firstBlockLength">The elements of the first block; each next one doubles, up to <paramref name="blockLength"/>.</param>
internal sealed class Slab<T>(int blockLength, int firstBlockLength)
    where T : unmanaged
{
    private T[] block = [];
    private int used;
    private int nextLength = Math.Min(firstBlockLength, blockLength);

    /// <summary>Makes a slab whose blocks all hold <paramref name="blockLength"/> elements.</summary>
    /// <param name="blockLength">The elements of each block.</param>
    internal Slab(int blockLength)
        : this(blockLength, blockLength)
    {
    }

    /// <summary>A run of <paramref name="length"/> zero elements no other run shares: the block and the run's start in it.</summary>
    internal (T[] Block, int Start) Take(int length)
    {
        if (length > block.Length - used)
        {
            block = WrittenArrays.New<T>(Math.Max(nextLength, length));
            nextLength = (int)Math.Min(blockLength, 2L * nextLength);
            used = 0;
        }
        int start = used;
        used += length;
        return (block, start);
    }
}
