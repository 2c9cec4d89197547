using System;

namespace Evaluation.Core.Utility;

/// <summary>
/// Reads several runs of keys, each sorted in ascending order, as one sorted sequence: a binary heap of the runs' next
/// keys, so that runs sorted apart (one per processor) need not be copied into one array and sorted again.
/// </summary>
internal sealed class SortedRuns
{
    private readonly ArraySegment<long>[] runs;
    private readonly int[] positions;
    private readonly int[] heap; // run indices, ordered by their next keys
    private int size;

    /// <summary>Starts reading the runs (each sorted in ascending order).</summary>
    internal SortedRuns(ArraySegment<long>[] runs)
    {
        this.runs = runs;
        positions = new int[runs.Length];
        heap = new int[runs.Length];
        for (int r = 0; r < runs.Length; r++)
        {
            if (runs[r].Count > 0)
            {
                heap[size] = r;
                Up(size++);
            }
        }
    }

    /// <summary>The number of keys in all the runs.</summary>
    internal long Count
    {
        get
        {
            long count = 0;
            foreach (ArraySegment<long> run in runs)
            {
                count += run.Count;
            }
            return count;
        }
    }

    /// <summary>Whether a key is left.</summary>
    internal bool HasNext => size > 0;

    /// <summary>The smallest key left, without taking it (only while <see cref="HasNext"/>).</summary>
    internal long Peek => Head(heap[0]);

    /// <summary>Takes the smallest key left (only while <see cref="HasNext"/>).</summary>
    internal long Next()
    {
        int r = heap[0];
        long key = Head(r);
        if (++positions[r] == runs[r].Count)
        {
            heap[0] = heap[--size];
        }
        Down(0);
        return key;
    }

    private long Head(int run) => runs[run][positions[run]];

    private void Up(int i)
    {
        while (i > 0)
        {
            int parent = (i - 1) / 2;
            if (Head(heap[parent]) <= Head(heap[i]))
            {
                return;
            }
            (heap[parent], heap[i]) = (heap[i], heap[parent]);
            i = parent;
        }
    }

    private void Down(int i)
    {
        while (true)
        {
            int least = i, left = (2 * i) + 1, right = left + 1;
            if (left < size && Head(heap[left]) < Head(heap[least]))
            {
                least = left;
            }
            if (right < size && Head(heap[right]) < Head(heap[least]))
            {
                least = right;
            }
            if (least == i)
            {
                return;
            }
            (heap[least], heap[i]) = (heap[i], heap[least]);
            i = least;
        }
    }
}
