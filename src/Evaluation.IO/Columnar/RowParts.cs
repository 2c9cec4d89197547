using System;
using System.Threading.Tasks;

namespace Evaluation.IO.Columnar;

/// <summary>
/// A range of rows cut into consecutive parts of a fixed number of rows, each part run on whichever processor is free:
/// passes over millions of rows that keep their row order.
/// </summary>
internal static class RowParts
{
    /// <summary>The rows of a part unless a caller says otherwise: 65,536.</summary>
    internal const int DefaultPartRows = 1 << 16;

    /// <summary>
    /// Runs <paramref name="body"/> over consecutive parts of <c>[0, count)</c>, <paramref name="partRows"/> rows each
    /// (the last fewer), on every processor.
    /// </summary>
    internal static void ForEach(int count, Action<int, int> body, int partRows = DefaultPartRows)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(partRows);
        Parallel.For(0, PartsOf(count, partRows), part => body(part * partRows, (int)Math.Min(count, (part + 1L) * partRows)));
    }

    /// <summary>
    /// The items of <paramref name="items"/> that <paramref name="keep"/> keeps, in their order: each part's kept items
    /// counted, then each part's written where the parts before it end.
    /// </summary>
    internal static int[] Where(int[] items, Func<int, bool> keep, int partRows = DefaultPartRows)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(partRows);
        int[] startOfPart = new int[PartsOf(items.Length, partRows) + 1];
        ForEach(items.Length, (start, end) =>
        {
            int count = 0;
            for (int i = start; i < end; i++)
            {
                count += keep(items[i]) ? 1 : 0;
            }
            startOfPart[(start / partRows) + 1] = count;
        }, partRows);
        for (int part = 1; part < startOfPart.Length; part++)
        {
            startOfPart[part] += startOfPart[part - 1];
        }
        int[] kept = new int[startOfPart[^1]];
        ForEach(items.Length, (start, end) =>
        {
            int at = startOfPart[start / partRows];
            for (int i = start; i < end; i++)
            {
                if (keep(items[i]))
                {
                    kept[at++] = items[i];
                }
            }
        }, partRows);
        return kept;
    }

    private static int PartsOf(int count, int partRows) => (int)((count + (long)partRows - 1) / partRows);
}
