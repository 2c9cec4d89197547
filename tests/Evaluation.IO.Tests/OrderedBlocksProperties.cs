using System;
using System.Linq;
using System.Threading;
using Evaluation.IO.Blocks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Evaluation.IO.Tests;

/// <summary>Blocks made on several threads, a wave made while the one before is taken, come back whole and in order.</summary>
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
