using System;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;

namespace Evaluation.IO.Benchmarks;

/// <summary>
/// What the first touch of memory a program has not used before costs (the system maps and clears a page for it), which
/// every table of millions of rows pays once per 4 KiB, beside touching a page already in use: each operation is one
/// page of 64 MiB.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 7)]
public class FirstTouchBenchmarks
{
    private const int Size = 64 << 20;
    private readonly byte[] touched = new byte[Size];

    [GlobalSetup]
    public void Setup() => touched.AsSpan().Fill(1);

    [Benchmark(Baseline = true, OperationsPerInvoke = Size / 4096, Description = "another touch of a 4 KiB page")]
    public long TouchAgain()
    {
        long sum = 0;
        for (int offset = 0; offset < Size; offset += 4096)
        {
            touched[offset] ^= 1;
            sum += offset;
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Size / 4096, Description = "first touch of a 4 KiB page")]
    public unsafe long FirstTouch()
    {
        // Native memory this large is mapped afresh by the system on each allocation and unmapped when freed.
        byte* memory = (byte*)NativeMemory.Alloc(Size);
        long sum = 0;
        for (int offset = 0; offset < Size; offset += 4096)
        {
            memory[offset] = 1;
            sum += offset;
        }
        NativeMemory.Free(memory);
        return sum;
    }
}
