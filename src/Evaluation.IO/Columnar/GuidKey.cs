using System;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Evaluation.IO.Columnar;

/// <summary>How a key column holds its keys: as their ASCII bytes, or as GUIDs of one case packed in 16 bytes.</summary>
internal enum KeyForm : byte
{
    /// <summary>Each key's ASCII bytes.</summary>
    Text,

    /// <summary>GUIDs written in lower case (<c>6f1e2d3c-4b5a-4c69-8e7f-0123456789ab</c>), packed in 16 bytes.</summary>
    LowerGuid,

    /// <summary>GUIDs written in upper case (<c>6F1E2D3C-4B5A-4C69-8E7F-0123456789AB</c>), packed in 16 bytes.</summary>
    UpperGuid,
}

/// <summary>
/// Packs a GUID's 36 characters (32 hexadecimal digits in groups of 8, 4, 4, 4 and 12, joined by hyphens) into its 16
/// bytes, its digits in the order they are written, and back. Packed, keys of one case compare as their texts do,
/// byte by byte (a digit's value orders as its character does, the hyphens standing where every GUID has them), and
/// are equal exactly when their texts are: a column of GUID keys holds 16 bytes a key rather than 36.
/// </summary>
internal static class GuidKey
{
    /// <summary>The characters of a GUID's text.</summary>
    internal const int TextLength = 36;

    /// <summary>The bytes of a packed GUID.</summary>
    internal const int PackedLength = 16;

    private const ulong Ones = 0x0101_0101_0101_0101UL;
    private const ulong Highs = 0x8080_8080_8080_8080UL;

    /// <summary>The form a column takes for its first key: a GUID's, in the case of its letters (lower when it has none), or text.</summary>
    internal static KeyForm FormOf(ReadOnlySpan<char> text)
    {
        Span<byte> packed = stackalloc byte[PackedLength];
        return TryPack(text, KeyForm.LowerGuid, packed) ? KeyForm.LowerGuid
            : TryPack(text, KeyForm.UpperGuid, packed) ? KeyForm.UpperGuid
            : KeyForm.Text;
    }

    /// <summary>Packs a GUID written in the form's case into 16 bytes, or returns false when the text is not one.</summary>
    internal static bool TryPack(ReadOnlySpan<char> text, KeyForm form, Span<byte> packed)
    {
        if (text.Length != TextLength)
        {
            return false;
        }
        // The characters narrowed to bytes eight at a time (32 to 35 taken with 28 to 31 again), refused when any is
        // beyond ASCII; each word holds eight of them, the first in its lowest byte.
        ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        Vector128<ushort> c0 = Vector128.LoadUnsafe(ref start), c1 = Vector128.LoadUnsafe(ref start, 8);
        Vector128<ushort> c2 = Vector128.LoadUnsafe(ref start, 16), c3 = Vector128.LoadUnsafe(ref start, 24);
        Vector128<ushort> c4 = Vector128.LoadUnsafe(ref start, 28);
        if (((c0 | c1 | c2 | c3 | c4) & Vector128.Create((ushort)0xFF80)) != Vector128<ushort>.Zero)
        {
            return false;
        }
        Vector128<ulong> low = Vector128.Narrow(c0, c1).AsUInt64(), high = Vector128.Narrow(c2, c3).AsUInt64();
        ulong at0 = low.GetElement(0), at8 = low.GetElement(1), at16 = high.GetElement(0), at24 = high.GetElement(1);
        ulong at28 = Vector128.Narrow(c4, c4).AsUInt64().GetElement(0);
        // The hyphens at 8, 13, 18 and 23.
        if (((at8 & 0xFF) | ((at8 >> 32) & 0xFF00) | (at16 & 0xFF_0000) | ((at16 >> 32) & 0xFF00_0000)) != 0x2D2D_2D2DUL)
        {
            return false;
        }
        ulong lettersFrom = form == KeyForm.UpperGuid ? 'A' : 'a';
        // Four words of eight digits each, in the order they are written: 0 to 7; 9 to 12 and 14 to 17; 19 to 22 and
        // 24 to 27; 28 to 35.
        ulong first = at0;
        ulong second = ((at8 >> 8) & 0xFFFF_FFFFUL) | ((at8 >> 48) << 32) | ((at16 & 0xFFFF) << 48);
        ulong third = ((at16 >> 24) & 0xFFFF_FFFFUL) | (at24 << 32);
        ulong fourth = at28;
        if ((AreDigits(first, lettersFrom) & AreDigits(second, lettersFrom) & AreDigits(third, lettersFrom) & AreDigits(fourth, lettersFrom)) != Highs)
        {
            return false;
        }
        BinaryPrimitives.WriteUInt32LittleEndian(packed, Packed(first));
        BinaryPrimitives.WriteUInt32LittleEndian(packed[4..], Packed(second));
        BinaryPrimitives.WriteUInt32LittleEndian(packed[8..], Packed(third));
        BinaryPrimitives.WriteUInt32LittleEndian(packed[12..], Packed(fourth));
        return true;
    }

    /// <summary>Writes a packed GUID's 36 characters, in the form's case, as ASCII bytes.</summary>
    internal static void Unpack(ReadOnlySpan<byte> packed, KeyForm form, Span<byte> text)
    {
        ReadOnlySpan<byte> digits = form == KeyForm.UpperGuid ? "0123456789ABCDEF"u8 : "0123456789abcdef"u8;
        int at = 0;
        for (int i = 0; i < PackedLength; i++)
        {
            if (at is 8 or 13 or 18 or 23)
            {
                text[at++] = (byte)'-';
            }
            text[at++] = digits[packed[i] >> 4];
            text[at++] = digits[packed[i] & 0xF];
        }
    }

    /// <summary>The top bit of each of eight ASCII bytes set when it is a digit or a letter from a to f in the case given by its first letter.</summary>
    private static ulong AreDigits(ulong bytes, ulong lettersFrom) =>
        Within(bytes, '0', '9') | Within(bytes, lettersFrom, lettersFrom + 5);

    /// <summary>The top bit of each of eight bytes below 128 set when the byte lies from <paramref name="low"/> to <paramref name="high"/>.</summary>
    private static ulong Within(ulong bytes, ulong low, ulong high) =>
        unchecked((bytes + ((0x80 - low) * Ones)) & ~(bytes + ((0x7F - high) * Ones))) & Highs;

    /// <summary>Eight digits' values (a letter's low four bits plus nine), two to a byte, the first digit in the first byte's high half.</summary>
    private static uint Packed(ulong bytes)
    {
        ulong values = unchecked((bytes & (0x0F * Ones)) + (((bytes >> 6) & Ones) * 9));
        ulong pairs = ((values & 0x000F_000F_000F_000FUL) << 4) | ((values >> 8) & 0x000F_000F_000F_000FUL);
        pairs = (pairs | (pairs >> 8)) & 0x0000_FFFF_0000_FFFFUL;
        return unchecked((uint)(pairs | (pairs >> 16)));
    }
}
