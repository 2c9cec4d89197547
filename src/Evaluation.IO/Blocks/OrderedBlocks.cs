using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Evaluation.IO.Blocks;

/// <summary>
/// Work over consecutive blocks of rows on several threads, its results handed back in the rows' order. Each thread
/// takes the next block as soon as it is done with one, as long as fewer than a window of blocks (four per thread, at
/// most <see cref="MaxWave"/>) are made and not yet taken: the caller's work on the results (writing them out, say)
/// overlaps the making of the next ones, no thread waits for another's block to finish before it starts its own, and
/// no more than a window's results are held.
/// </summary>
public static class OrderedBlocks
{
    /// <summary>The most blocks made and not yet taken at once (the window), and so the most slots, however many threads make them.</summary>
    public const int MaxWave = 32;

    /// <summary>
    /// For each block of <paramref name="blockRows"/> rows (the last may be shorter), what <paramref name="work"/> makes
    /// of it, in order. The work is given the block's slot (from 0, below <see cref="MaxWave"/>, so that a buffer may be
    /// reused per slot: a slot is made again only once its result was taken and the caller asked for the next) and its
    /// rows, from and to (exclusive). The work runs on other threads than the caller's, up to
    /// <paramref name="degreeOfParallelism"/> at once. A caller that stops taking results stops the work: no block is
    /// begun after, and those being made are finished before the enumeration is let go. The enumeration is to be run to
    /// its end or disposed (as <c>foreach</c> and LINQ do): an enumerator dropped halfway keeps its threads waiting for
    /// room in the window.
    /// </summary>
    /// <typeparam name="T">What the work makes of a block.</typeparam>
    /// <param name="count">The number of rows.</param>
    /// <param name="blockRows">The rows of a block, at least 1.</param>
    /// <param name="degreeOfParallelism">The most threads, at least 1.</param>
    /// <param name="work">Makes a block's result from its slot, first row and end row.</param>
    /// <returns>The blocks' results in order, made ahead of the caller by at most a window of blocks as they are enumerated.</returns>
    /// <exception cref="AggregateException">The work failed on a block (its exception inside), thrown when the caller comes to that block, after every block before it.</exception>
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
        int blocks = (int)(((long)count + blockRows - 1) / blockRows);
        if (blocks == 0)
        {
            yield break;
        }
        var window = new Window<T>(Math.Min(4 * degreeOfParallelism, MaxWave));
        Task[] makers = [.. Enumerable.Range(0, Math.Min(degreeOfParallelism, blocks)).Select(_ => Task.Run(() => window.Make(blocks, count, blockRows, work)))];
        try
        {
            for (int block = 0; block < blocks; block++)
            {
                yield return window.Take(block);
                window.Taken();
            }
        }
        finally
        {
            // A caller that stops early: the makers take no more blocks, and those being made are waited for.
            window.Stop(makers.Length);
            Task.WaitAll(makers);
            window.Dispose();
        }
    }

    /// <summary>
    /// The blocks made and not yet taken: block <c>b</c> is made into slot <c>b % Size</c>, and a block is begun only
    /// when a permit says that the block that last had its slot was taken.
    /// </summary>
    private sealed class Window<T>(int size) : IDisposable
    {
        private readonly T[] made = new T[size];
        private readonly Exception?[] failed = new Exception?[size];
        private readonly ManualResetEventSlim[] ready = [.. Enumerable.Range(0, size).Select(_ => new ManualResetEventSlim())];
        private readonly SemaphoreSlim permits = new(size);
        private int next = -1;
        private volatile bool stopped;

        /// <summary>Makes blocks, the next not yet begun each time, until there is none or the caller stopped; a failure is kept for its block's taker.</summary>
        internal void Make(int blocks, int count, int blockRows, Func<int, int, int, T> work)
        {
            while (true)
            {
                permits.Wait();
                int block = Interlocked.Increment(ref next);
                if (stopped || block >= blocks)
                {
                    permits.Release();
                    return;
                }
                int slot = block % size;
                int from = block * blockRows;
                try
                {
                    made[slot] = work(slot, from, (int)Math.Min(count, (long)from + blockRows));
                }
                catch (Exception e)
                {
                    // Kept for the caller, who comes to it after the blocks before it: those are made whatever happens
                    // here (a block claimed is always made until the caller stops), so that none is waited for in vain.
                    failed[slot] = e;
                }
                ready[slot].Set();
            }
        }

        /// <summary>Waits for a block and gives its result; a failure to make it is thrown, as the framework's parallel loops throw it.</summary>
        internal T Take(int block)
        {
            int slot = block % size;
            ready[slot].Wait();
            ready[slot].Reset();
            if (failed[slot] is Exception e)
            {
                throw new AggregateException(e);
            }
            T result = made[slot];
            made[slot] = default!;
            return result;
        }

        /// <summary>Lets a block into the slot of the one last taken.</summary>
        internal void Taken() => permits.Release();

        /// <summary>Lets the makers waiting for a permit see that they are to stop.</summary>
        internal void Stop(int makers)
        {
            stopped = true;
            permits.Release(makers);
        }

        public void Dispose()
        {
            permits.Dispose();
            foreach (ManualResetEventSlim slot in ready)
            {
                slot.Dispose();
            }
        }
    }
}
