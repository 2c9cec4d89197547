using System;
using System.Linq;
using System.Threading;
using Evaluation.IO.Blocks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Evaluation.IO.Tests;

/// <summary>Blocks made on several threads, the next ones made while the ones before are taken, come back whole and in order.</summary>
public class OrderedBlocksProperties
{
    [Property(MaxTest = 300)]
    public Property Every_block_comes_back_once_in_row_order() =>
        Prop.ForAll(
            Gen.Choose(0, 400).ToArbitrary(),
            Gen.Choose(1, 9).ToArbitrary(),
            Gen.Choose(1, 5).ToArbitrary(),
            (count, blockRows, threads) =>
            {
                (int From, int To)[] blocks = [.. OrderedBlocks.Map(count, blockRows, threads, (_, from, to) => (from, to))];
                (int, int)[] expected = [.. Enumerable.Range(0, (count + blockRows - 1) / blockRows).Select(b => (b * blockRows, Math.Min(count, (b + 1) * blockRows)))];
                return blocks.SequenceEqual(expected).Label($"{count} rows in blocks of {blockRows} on {threads} threads");
            });

    /// <summary>
    /// The work fills a buffer of its slot, reused from block to block, and the caller reads it when it takes the block:
    /// a slot made again before its block is taken would show another block's rows. No more than <see cref="OrderedBlocks.MaxWave"/>
    /// blocks are ever made and not yet taken.
    /// </summary>
    [Property(MaxTest = 100)]
    public Property A_slot_is_made_again_only_after_its_block_is_taken() =>
        Prop.ForAll(
            Gen.Choose(0, 3000).ToArbitrary(),
            Gen.Choose(1, 40).ToArbitrary(),
            Gen.Choose(1, 20).ToArbitrary(),
            (count, blockRows, threads) =>
            {
                var buffers = new int[OrderedBlocks.MaxWave][];
                int held = 0, mostHeld = 0, taken = 0;
                bool slotsInRange = true, whole = true;
                foreach (int[] block in OrderedBlocks.Map(count, blockRows, threads, (slot, from, to) =>
                {
                    slotsInRange &= slot is >= 0 and < OrderedBlocks.MaxWave;
                    int[] buffer = buffers[slot] ??= new int[blockRows];
                    Thread.SpinWait(from % 7 * 50);
                    for (int row = from; row < to; row++)
                    {
                        buffer[row - from] = row;
                    }
                    int now = Interlocked.Increment(ref held);
                    InterlockedMax(ref mostHeld, now);
                    return buffer;
                }))
                {
                    int from = taken * blockRows;
                    Thread.SpinWait(taken % 5 * 100);
                    for (int row = from; row < Math.Min(count, from + blockRows); row++)
                    {
                        whole &= block[row - from] == row;
                    }
                    Interlocked.Decrement(ref held);
                    taken++;
                }
                return (slotsInRange && whole && mostHeld <= OrderedBlocks.MaxWave && taken == (count + blockRows - 1) / blockRows)
                    .Label($"{count} rows in blocks of {blockRows} on {threads} threads: slots in range {slotsInRange}, whole {whole}, most held {mostHeld}, taken {taken}");
            });

    /// <summary>
    /// A block whose work throws is thrown to the caller when it comes to that block, wrapped as the framework's parallel
    /// loops wrap it, after every block before it: none is lost, none comes twice.
    /// </summary>
    [Property(MaxTest = 200)]
    public Property A_failed_block_is_thrown_in_its_place() =>
        Prop.ForAll(
            (from count in Gen.Choose(1, 400) from blockRows in Gen.Choose(1, 9) from threads in Gen.Choose(1, 5) from seed in Gen.Choose(0, 1000)
             select (count, blockRows, threads, seed)).ToArbitrary(),
            shape =>
            {
                (int count, int blockRows, int threads, int seed) = shape;
                int blocks = (count + blockRows - 1) / blockRows;
                int failing = seed % blocks;
                var taken = new System.Collections.Generic.List<int>();
                Exception? thrown = null;
                try
                {
                    foreach (int block in OrderedBlocks.Map(count, blockRows, threads, (_, from, _) =>
                        from / blockRows == failing ? throw new InvalidOperationException($"block {failing}") : from / blockRows))
                    {
                        taken.Add(block);
                    }
                }
                catch (AggregateException e)
                {
                    thrown = e.InnerExceptions.Count == 1 ? e.InnerExceptions[0] : e;
                }
                return (taken.SequenceEqual(Enumerable.Range(0, failing)) && thrown is InvalidOperationException { Message: var m } && m == $"block {failing}")
                    .Label($"{blocks} blocks on {threads} threads, block {failing} failing: taken {string.Join(",", taken)}, thrown {thrown?.GetType().Name}");
            });

    /// <summary>A caller that stops taking blocks stops the work: once it has let go, no block is begun or still being made.</summary>
    [Property(MaxTest = 100)]
    public Property A_caller_that_stops_early_stops_the_work() =>
        Prop.ForAll(
            (from count in Gen.Choose(0, 2000) from blockRows in Gen.Choose(1, 20) from threads in Gen.Choose(1, 5) from wanted in Gen.Choose(0, 30)
             select (count, blockRows, threads, wanted)).ToArbitrary(),
            shape =>
            {
                (int count, int blockRows, int threads, int wanted) = shape;
                int running = 0, begunAfter = 0;
                bool letGo = false;
                using (var blocks = OrderedBlocks.Map(count, blockRows, threads, (_, from, _) =>
                {
                    Interlocked.Increment(ref running);
                    if (Volatile.Read(ref letGo))
                    {
                        Interlocked.Increment(ref begunAfter);
                    }
                    Thread.SpinWait(5000);
                    Interlocked.Decrement(ref running);
                    return from;
                }).GetEnumerator())
                {
                    for (int i = 0; i < wanted && blocks.MoveNext(); i++)
                    {
                    }
                }
                Volatile.Write(ref letGo, true);
                return (Volatile.Read(ref running) == 0 && Volatile.Read(ref begunAfter) == 0)
                    .Label($"{count} rows in blocks of {blockRows} on {threads} threads, {wanted} taken: running {running}, begun after {begunAfter}");
            });

    private static void InterlockedMax(ref int target, int value)
    {
        int seen = Volatile.Read(ref target);
        while (value > seen)
        {
            int was = Interlocked.CompareExchange(ref target, value, seen);
            if (was == seen)
            {
                return;
            }
            seen = was;
        }
    }
}
