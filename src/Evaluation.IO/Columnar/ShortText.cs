using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Evaluation.IO.Columnar;

/// <summary>
/// A text of 1 to 16 ASCII characters packed into two 64-bit words, one byte a character, its length in the bytes' free
/// top bits: the form of nearly every catalogue code (units' division codes, matters', departments' and windows'
/// codes), which can then be hashed and compared in a few integer operations, without a call or a look at the
/// characters. A text of 8 characters or more keeps its first 8 and its last 8 characters, which overlap when it is
/// shorter than 16; with its length, the two words still name one text.
/// </summary>
internal readonly record struct ShortText(ulong Low, ulong High)
{
    /// <summary>The longest text packed.</summary>
    internal const int MaxLength = 16;

    /// <summary>Whether this is a packed text rather than the default: a packed text's length marks are never all clear.</summary>
    internal bool IsPacked => Low != 0;

    /// <summary>Whether two packed texts are the same text: both words equal, compared without a branch.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Equals(ShortText other) => ((Low ^ other.Low) | (High ^ other.High)) == 0;

    /// <inheritdoc/>
    public override int GetHashCode() => unchecked((int)Hash());

    /// <summary>Packs a text, or returns false when it is empty, longer than <see cref="MaxLength"/> or not all ASCII.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryPack(ReadOnlySpan<char> text, out ShortText packed)
    {
        int length = text.Length;
        ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        Vector128<ushort> head;
        Vector128<ushort> tail;
        if (unchecked((uint)(length - 8)) <= MaxLength - 8)
        {
            head = Vector128.LoadUnsafe(ref first);
            tail = Vector128.LoadUnsafe(ref first, unchecked((nuint)(length - 8)));
        }
        else if (unchecked((uint)(length - 4)) <= 3)
        {
            head = Vector128.CreateScalar(Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<ushort, byte>(ref first))).AsUInt16();
            tail = Vector128.CreateScalar(Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref first, length - 4)))).AsUInt16();
        }
        else if (unchecked((uint)(length - 1)) <= 2)
        {
            ulong chars = 0;
            for (int i = 0; i < length; i++)
            {
                chars |= (ulong)Unsafe.Add(ref first, i) << unchecked(16 * i);
            }
            head = Vector128.CreateScalar(chars).AsUInt16();
            tail = Vector128<ushort>.Zero;
        }
        else
        {
            packed = default;
            return false;
        }
        if (((head | tail) & Vector128.Create((ushort)0xFF80)) != Vector128<ushort>.Zero)
        {
            packed = default;
            return false;
        }
        Vector128<ulong> bytes = Vector128.Narrow(head, tail).AsUInt64();
        packed = new ShortText(bytes.ToScalar() | LengthMarks[length], bytes.GetElement(1));
        return true;
    }

    /// <summary>A 64-bit hash of every bit of both words.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ulong Hash()
    {
        ulong hash = unchecked(Low * 0xBF58476D1CE4E5B9UL);
        hash = unchecked((hash ^ (hash >> 29) ^ High) * 0x94D049BB133111EBUL);
        return hash ^ (hash >> 32);
    }

    /// <summary>
    /// A count from 0 to 255 spread over bit 7 of a word's eight bytes, its lowest bit in the first: marks a word of ASCII
    /// bytes can carry, as the longer packings' lengths are (<see cref="LongText"/>, <see cref="WideText"/>).
    /// </summary>
    internal static ulong TopBitMarks(int count)
    {
        ulong marks = 0;
        for (int bit = 0; bit < 8; bit++)
        {
            marks |= (ulong)((count >> bit) & 1) << ((8 * bit) + 7);
        }
        return marks;
    }

    /// <summary>Each length from 0 to 16 spread over bit 7 of the low word's first five bytes.</summary>
    private static ReadOnlySpan<ulong> LengthMarks =>
    [
        0x00_00_00_00_00UL, 0x00_00_00_00_80UL, 0x00_00_00_80_00UL, 0x00_00_00_80_80UL,
        0x00_00_80_00_00UL, 0x00_00_80_00_80UL, 0x00_00_80_80_00UL, 0x00_00_80_80_80UL,
        0x00_80_00_00_00UL, 0x00_80_00_00_80UL, 0x00_80_00_80_00UL, 0x00_80_00_80_80UL,
        0x00_80_80_00_00UL, 0x00_80_80_00_80UL, 0x00_80_80_80_00UL, 0x00_80_80_80_80UL,
        0x80_00_00_00_00UL,
    ];
}
