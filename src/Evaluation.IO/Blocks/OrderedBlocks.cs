using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Evaluation.IO.Blocks;

/// <summary>
/// Work over consecutive blocks of rows on several threads, its results handed back in the rows' order: the blocks of a
/// wave (two per thread, at most 32) are made at once, each on one thread, and the next wave only once the caller has
/// taken the last, so that no more than a wave's results are held.
/// </summary>
public static class OrderedBlocks
{
    /// <summary>The most blocks of a wave, however many threads make them.</summary>
    public const int MaxWave = 32;

    /// <summary>
    /// For each block of <paramref name="blockRows"/> rows (the last may be shorter), what <paramref name="work"/> makes
    /// of it, in order. The work is given the block's slot in its wave (from 0, so that a buffer may be reused per
    /// slot: a slot's result is taken before the slot is made again) and its rows, from and to (exclusive).
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
        var made = new T[Math.Min(2 * degreeOfParallelism, MaxWave)];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = degreeOfParallelism };
        for (int first = 0; first < blocks; first += made.Length)
        {
            int wave = Math.Min(made.Length, blocks - first);
            Parallel.For(0, wave, parallel, slot =>
            {
                int from = (first + slot) * blockRows;
                made[slot] = work(slot, from, Math.Min(count, from + blockRows));
            });
            for (int slot = 0; slot < wave; slot++)
            {
                yield return made[slot];
            }
        }
    }
}
