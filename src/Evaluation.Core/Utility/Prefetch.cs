using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Evaluation.Core.Utility;

/// <summary>
/// Asks the processor to bring memory into its caches without waiting for it: a look-up whose table is larger than the
/// caches can start its miss here and finish, after other work, on memory already arrived. Nothing is read, so any
/// element of a live array, or character of a string, may be named; on processors without the instruction it does
/// nothing.
/// </summary>
internal static class Prefetch
{
    /// <summary>Starts bringing the cache line that holds <paramref name="location"/> into every level of cache.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static unsafe void Line<T>(ref T location)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref location));
        }
    }

    /// <summary>Starts bringing every cache line of a value (its first byte's and its last's) into every level of cache.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static unsafe void Row<T>(ref T location)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref location));
            Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref Unsafe.As<T, byte>(ref location), Unsafe.SizeOf<T>() - 1)));
        }
    }
}
