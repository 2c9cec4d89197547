using System;

namespace Evaluation.Core.Metrics;

/// <summary>
/// Hands out runs of words from large blocks, for the bitsets of many <see cref="MatterCoverage"/>s made by one thread:
/// a few large arrays rather than one small array per group, which the garbage collector would copy from generation
/// to generation. Not thread-safe: one slab per thread.
/// </summary>
/// <param name="blockWords">The words of each block; a run longer than that gets a block of its own.</param>
internal sealed class BitsetSlab(int blockWords = BitsetSlab.DefaultBlockWords)
{
    /// <summary>1 MiB blocks.</summary>
    internal const int DefaultBlockWords = 1 << 17;

    private ulong[] block = [];
    private int used;

    /// <summary>A run of <paramref name="words"/> zero words no other run shares: the block and the run's start in it.</summary>
    internal (ulong[] Block, int Start) Take(int words)
    {
        if (words > block.Length - used)
        {
            block = new ulong[Math.Max(blockWords, words)];
            used = 0;
        }
        int start = used;
        used += words;
        return (block, start);
    }
}
