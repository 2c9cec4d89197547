using System;
using System.Runtime.InteropServices;

namespace Evaluation.IO.Columnar;

/// <summary>
/// Maps the pages a table is about to write a few megabytes at a time (Linux's <c>madvise(MADV_POPULATE_WRITE)</c>),
/// ahead of the rows written into them, and the pages of a large array about to be filled whole: the system then makes
/// hundreds of pages in one call, where a first write to each would trap into it once a page (a few hundred thousand
/// traps for a file of ten million rows). Nothing is read or written by it, and only pages about to be filled are
/// mapped, so that memory reserved for rows a file may not hold is never made. Elsewhere, and where the call is
/// refused, the pages come as before, at the first write.
/// </summary>
internal static unsafe partial class PagePopulation
{
    /// <summary>The bytes mapped by one call: 512 pages of 4 KB.</summary>
    internal const int ChunkBytes = 2 << 20;

    private const int PopulateWrite = 23; // MADV_POPULATE_WRITE, Linux 5.14 and later
    private const long PageBytes = 4096;
    private static readonly bool OnLinux = OperatingSystem.IsLinux();
    private static volatile bool unavailable; // the system's C library was not found, or has no madvise: pages come at their first write

    /// <summary>
    /// Maps the whole pages of the bytes from <paramref name="start"/> to <paramref name="start"/> plus
    /// <paramref name="length"/> (pages the range only partly covers are left to their first write).
    /// </summary>
    internal static void Populate(byte* start, long length)
    {
        long from = ((long)start + PageBytes - 1) & ~(PageBytes - 1);
        long to = ((long)start + length) & ~(PageBytes - 1);
        if (OnLinux && !unavailable && to > from)
        {
            try
            {
                _ = Madvise((nint)from, (nuint)(to - from), PopulateWrite);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                unavailable = true;
            }
        }
    }

    /// <summary>Maps the pages of an array's elements from <paramref name="from"/>, up to <paramref name="count"/> of them.</summary>
    internal static void Populate<T>(T[] array, int from, int count)
        where T : struct
    {
        if (!OnLinux || unavailable || count <= 0 || from >= array.Length)
        {
            return;
        }
        Span<byte> bytes = MemoryMarshal.AsBytes(array.AsSpan(from, Math.Min(count, array.Length - from)));
        fixed (byte* start = bytes)
        {
            Populate(start, bytes.Length);
        }
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(nint address, nuint length, int advice);
}
