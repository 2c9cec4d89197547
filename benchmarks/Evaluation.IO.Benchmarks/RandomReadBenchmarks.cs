using System;
using BenchmarkDotNet.Attributes;

namespace Evaluation.IO.Benchmarks;

/// <summary>
/// What a read from a random place in a table costs by the table's size, within the processor's caches and beyond
/// them: finding one code among tens of thousands reads such places. Each operation is one of 1,048,576 dependent
/// reads, each from its own 64-byte line, beside the same reads in the order of the lines, which the processor
/// foresees.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 7)]
public class RandomReadBenchmarks
{
    private const int Reads = 1 << 20;
    private int[] next = [];
    private int[] following = [];

    /// <summary>The size of the table read at random, in KiB: within the processor's second-level cache, and beyond it.</summary>
    [Params(256, 1024, 8192, 65536)]
    public int TableKiB { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // One entry per 64-byte line, linked in a random cycle, so that each read depends on the one before.
        int lines = TableKiB * 1024 / 64;
        next = new int[lines * 16];
        int[] order = new int[lines];
        for (int i = 0; i < lines; i++)
        {
            order[i] = i;
        }
        new Random(1).Shuffle(order);
        following = new int[lines * 16];
        for (int i = 0; i < lines; i++)
        {
            next[order[i] * 16] = order[(i + 1) % lines] * 16;
            following[i * 16] = (i + 1) % lines * 16;
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Reads, Description = "one read of the next line")]
    public int NextRead() => Walk(following);

    [Benchmark(OperationsPerInvoke = Reads, Description = "one random read")]
    public int RandomRead() => Walk(next);

    private static int Walk(int[] links)
    {
        int at = 0;
        for (int i = 0; i < Reads; i++)
        {
            at = links[at];
        }
        return at;
    }
}
