using System;
using System.Runtime.CompilerServices;

namespace Evaluation.Core.Utility;

/// <summary>
/// Zeroed arrays whose memory has been written before they are handed out, for arrays read before they are written
/// (counters incremented in place, open-addressing slots probed before one is filled, tallies summed into).
/// </summary>
/// <remarks>
/// A large array the runtime takes fresh from the operating system is not written by the runtime: its pages are the
/// kernel's zero pages until touched. When the first touch of a page is a read, Linux maps its one shared zero page
/// there, and the write that follows faults a second time, copies, and flushes the page's translation from every other
/// core the process runs on (an interrupt to each). Writing the zeros first makes it one fault per page and no
/// interrupt. Measured on tallies of 600,000 groups, the second faults and their interrupts were 0.4 s of CPU.
/// </remarks>
internal static class WrittenArrays
{
    /// <summary>Below this many bytes an array is made as usual: the runtime zeroes small arrays itself.</summary>
    private const int SmallBytes = 16 * 1024;

    /// <summary>An array of <paramref name="length"/> zero elements, every page of it written.</summary>
    /// <typeparam name="T">An element type without references.</typeparam>
    /// <param name="length">The number of elements.</param>
    internal static T[] New<T>(int length)
        where T : unmanaged
    {
        if ((long)length * Unsafe.SizeOf<T>() < SmallBytes)
        {
            return new T[length];
        }
        T[] array = GC.AllocateUninitializedArray<T>(length);
        array.AsSpan().Clear();
        return array;
    }
}
