using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;

namespace Evaluation.IO.Columnar;

/// <summary>
/// A growable run of bytes outside the garbage-collected heap, for a table's keys: hundreds of megabytes that are given
/// back to the system as soon as they are released (<see cref="Release"/>), where the collector would keep a large
/// array's pages for itself long after it became garbage, and grown in place where the system can (a large allocation
/// is its own mapping, which the system moves rather than copies). Not thread-safe while it grows; a span of it is valid
/// until the next <see cref="Resize"/> or <see cref="Release"/>. Left unreleased, the bytes go when the run is collected.
/// </summary>
internal sealed unsafe class NativeBytes
{
    /// <summary>
    /// The fewest bytes given back on another thread by <see cref="Release"/>: unmapping hundreds of megabytes takes the
    /// system tens of milliseconds, which the releasing thread need not wait for.
    /// </summary>
    internal const int ReleasedAsideBytes = 32 << 20;

    private byte* start;
    private int populated; // where the pages mapped ahead of the writes end (those before were mapped or written)

    /// <summary>Makes a run of <paramref name="length"/> bytes, of no particular value.</summary>
    internal NativeBytes(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        start = (byte*)NativeMemory.Alloc((nuint)Math.Max(length, 1));
        Length = length;
    }

    /// <summary>Lets the bytes go if they were not released (a column dropped without being released).</summary>
    ~NativeBytes() => Free();

    /// <summary>The number of bytes; 0 once released.</summary>
    internal int Length { get; private set; }

    /// <summary>The bytes.</summary>
    internal Span<byte> Span => new(start, Length);

    /// <summary>
    /// Notes that the bytes up to <paramref name="end"/> are about to be written: when they reach beyond the pages
    /// mapped ahead so far, the next few megabytes' pages are mapped (<see cref="PagePopulation"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void WillWrite(int end)
    {
        if (end > populated)
        {
            PopulateAhead(end);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void PopulateAhead(int end)
    {
        int from = Math.Max(populated, end - 1);
        int to = (int)Math.Min(Length, (long)end + PagePopulation.ChunkBytes);
        PagePopulation.Populate(start + from, to - from);
        populated = to;
    }

    /// <summary>Makes the run <paramref name="length"/> bytes long, keeping its first bytes (as many as both lengths hold).</summary>
    /// <exception cref="ObjectDisposedException">The bytes were released.</exception>
    internal void Resize(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ObjectDisposedException.ThrowIf(start is null, this);
        start = (byte*)NativeMemory.Realloc(start, (nuint)Math.Max(length, 1));
        Length = length;
        populated = Math.Min(populated, length);
    }

    /// <summary>
    /// Gives the bytes back to the system; the run is then empty at once. A run of <see cref="ReleasedAsideBytes"/> or
    /// more is given back on a thread of the pool, while the caller goes on.
    /// </summary>
    internal void Release()
    {
        if (start is null || Length < ReleasedAsideBytes)
        {
            Free();
            return;
        }
        nint bytes = (nint)start;
        start = null;
        Length = 0;
        populated = 0;
        ThreadPool.UnsafeQueueUserWorkItem(static bytes => NativeMemory.Free((void*)bytes), bytes, preferLocal: false);
    }

    private void Free()
    {
        if (start is not null)
        {
            NativeMemory.Free(start);
            start = null;
            Length = 0;
            populated = 0;
        }
    }
}
