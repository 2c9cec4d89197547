using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Evaluation.IO.Blocks;

/// <summary>
/// Work over consecutive blocks of rows on several threads, its results handed back in the rows' order: the blocks of a
/// wave (two per thread, at most 16) are made at once, each on one thread, and the next wave is made while the caller
/// takes this one's results, so that the caller's work on them (writing them out, say) overlaps the making of the next,
/// and no more than two waves' results are held.
/// </summary>
public static class OrderedBlocks
{
    /// <summary>The most blocks made and not yet taken at once (two waves), and so the most slots, however many threads make them.</summary>
    public const int MaxWave = 32;

    /// <summary>
    /// For each block of <paramref name="blockRows"/> rows (the last may be shorter), what <paramref name="work"/> makes
    /// of it, in order. The work is given the block's slot (from 0, below <see cref="MaxWave"/>, so that a buffer may be
    /// reused per slot: a slot's result is taken before the slot is made again) and its rows, from and to (exclusive).
    /// The work runs on other threads than the caller's, up to <paramref name="degreeOfParallelism"/> at once.
    /// </summary>
    /// <typeparam name="T">What the work makes of a block.</typeparam>
    /// <param name="count">The number of rows.</param>
    /// <param name="blockRows">The rows of a block, at least 1.</param>
    /// <param name="degreeOfParallelism">The most threads, at least 1.</param>
    /// <param name="work">Makes a block's result from its slot, first row and end row.</param>
    /// <returns>The blocks' results in order, made a wave at a time as they are enumerated.</returns>
    public static IEnumerable<T> Map<T>(int count, int blockRows, int degreeOfParallelism, Func<int, int, int, T> work)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(blockRows, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(degreeOfParallelism, 1);
        ArgumentNullException.ThrowIfNull(work);
        return MapBlocks(count, blockRows, degreeOfParallelism, work);
    }

    private static IEnumerable<T> MapBlocks<T>(int count, int blockRows, int degreeOfParallelism, Func<int, int, int, T> work)
    {
        int blocks = (count + blockRows - 1) / blockRows;
        int waveBlocks = Math.Min(2 * degreeOfParallelism, MaxWave / 2);
        var made = new T[2 * waveBlocks];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = degreeOfParallelism };
        // A wave's blocks, made into one half of the slots while the caller takes the other half's.
        Task Make(int first, int half) => Task.Run(() => Parallel.For(0, Math.Min(waveBlocks, blocks - first), parallel, block =>
        {
            int slot = (half * waveBlocks) + block;
            int from = (first + block) * blockRows;
            made[slot] = work(slot, from, Math.Min(count, from + blockRows));
        }));
        Task? making = blocks > 0 ? Make(0, 0) : null;
        try
        {
            for (int first = 0, half = 0; first < blocks; first += waveBlocks, half ^= 1)
            {
                making!.GetAwaiter().GetResult();
                making = first + waveBlocks < blocks ? Make(first + waveBlocks, half ^ 1) : null;
                int wave = Math.Min(waveBlocks, blocks - first);
                for (int block = 0; block < wave; block++)
                {
                    yield return made[(half * waveBlocks) + block];
                }
            }
        }
        finally
        {
            // A wave still being made when the caller stops: its blocks are never taken, and its failure is not the caller's.
            try
            {
                making?.Wait();
            }
            catch (AggregateException)
            {
            }
        }
    }
}
