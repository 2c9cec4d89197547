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

    /// <summary>The bits of the low word that hold its characters, without the length's marks (bit 7 of each byte).</summary>
    internal const ulong CharacterBits = 0x7F7F_7F7F_7F7F_7F7FUL;

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

    /// <summary>
    /// A 64-bit hash of every bit of both words, whose low bits (a table's slot) each depend on every character: the two
    /// words, each offset by a key, multiplied into 128 bits (<see cref="Product"/>), and the product's halves, offset by
    /// keys of their own, multiplied and folded together (<see cref="Finish"/>). A product's low half depends only on its
    /// factors' low bits, and either half is linear in each factor: a hash folded from one 64-bit product left a code's
    /// last character out of the slot, so that a catalogue numbered in order (<c>M410202-00000</c> onwards) fell into
    /// runs of ten codes sharing a slot, and one folded from one 128-bit product set such a catalogue's slots in a
    /// lattice of clusters; the second product of the two halves breaks both.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ulong Hash() => Finish(Product(Low, Key0, High, Key1));

    /// <summary>
    /// Two packed words, each offset by its key, multiplied into 128 bits. A packed word never has its top bit set (ASCII
    /// bytes, length marks below the top byte) and each key has, so that neither factor is ever 0. The products of a
    /// longer packing's pairs of words are combined (<see cref="Xor"/>) before they are finished.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static (ulong Low, ulong High) Product(ulong first, ulong firstKey, ulong second, ulong secondKey)
    {
        ulong left = first ^ firstKey, right = second ^ secondKey;
        return (LowHalf(left, right), Math.BigMul(left, right, out _));
    }

    /// <summary>Two products combined, bit by bit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static (ulong Low, ulong High) Xor((ulong Low, ulong High) a, (ulong Low, ulong High) b) => (a.Low ^ b.Low, a.High ^ b.High);

    /// <summary>A product's halves, offset by keys of their own, multiplied into 128 bits and folded into 64.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Finish((ulong Low, ulong High) product)
    {
        ulong left = product.Low ^ FinishKey0, right = product.High ^ FinishKey1;
        return Math.BigMul(left, right, out _) ^ LowHalf(left, right);
    }

    /// <summary>
    /// The low half of a 128-bit product, multiplied again rather than taken from <see cref="Math.BigMul(ulong, ulong, out ulong)"/>,
    /// whose low half the compiler writes to the stack and reads back: a wait on every hash, twice a hash, where a
    /// second multiplication runs beside the first.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong LowHalf(ulong left, ulong right) => unchecked(left * right);

    /// <summary>The keys of the packed words (<see cref="Product"/>): one for each of the longest packing's eight, each with its top bit set.</summary>
    internal const ulong Key0 = 0xA0761D6478BD642FUL, Key1 = 0xE7037ED1A0B428DBUL, Key2 = 0x8EBC6AF09C88C6E3UL, Key3 = 0x9E3779B97F4A7C15UL,
        Key4 = 0xBF58476D1CE4E5B9UL, Key5 = 0x94D049BB133111EBUL, Key6 = 0xC2B2AE3D27D4EB4FUL, Key7 = 0xFF51AFD7ED558CCDUL;

    /// <summary>The keys of a product's halves (<see cref="Finish"/>).</summary>
    private const ulong FinishKey0 = 0x589965CC75374CC3UL, FinishKey1 = 0x1D8E4E27C47D124FUL;

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
