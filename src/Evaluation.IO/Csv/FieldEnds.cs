using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Evaluation.IO.Csv;

/// <summary>
/// Splits a row's text at its commas in one pass, 16 characters at a time, so that each of its fields is then a slice
/// of the text between two known ends. Asking the CSV parser for each field by its index cost 70 to 90 instructions a
/// field (its checks for quotes, unescaping and trimming, then ours); the parser's own splitting stays the authority on
/// where rows end and how many fields they have.
/// </summary>
/// <remarks>
/// A row splits so exactly when its commas are its separators: when it holds no quote, or when its quotes are taken
/// as text (<see cref="PlainQuoting"/>: no comma then lies within quotes). A row holding a quote whose quotes are
/// parsed is not split here (<see cref="Split"/> returns -1) and is read field by field from the parser, as before.
/// </remarks>
internal static class FieldEnds
{
    private const int Lanes = 16;

    /// <summary>
    /// Writes where each field of a row's text ends into <paramref name="ends"/> (the index of the comma after it, the
    /// text's length for the last) and returns the number of fields; or returns -1 when the row holds a quote and
    /// <paramref name="quotesAsText"/> is false, or when it has more fields than <paramref name="ends"/> holds. The ends
    /// written are then ascending, each within the text.
    /// </summary>
    /// <param name="text">The row's text, without its line break.</param>
    /// <param name="ends">Room for the ends of as many fields as the row should have.</param>
    /// <param name="quotesAsText">Whether the row's quotes are text (its commas then all separate fields).</param>
    internal static int Split(ReadOnlySpan<char> text, Span<int> ends, bool quotesAsText)
    {
        // Room for the commas: one end stays for the text's own. Positions and counts stay far below int's range.
        int room = ends.Length - 1;
        if (room < 0)
        {
            return -1;
        }
        unchecked
        {
            ref int end = ref MemoryMarshal.GetReference(ends);
            int length = text.Length;
            int count = 0;
            if (Vector256.IsHardwareAccelerated && length >= Lanes)
            {
                ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
                int at = 0;
                for (; at <= length - Lanes; at += Lanes)
                {
                    if (!Take(Vector256.LoadUnsafe(ref first, (nuint)at), at, AllLanes, quotesAsText, ref end, room, ref count))
                    {
                        return -1;
                    }
                }
                // The last characters, in a block that ends with the text and overlaps the one before: the lanes taken are left out.
                int last = length - Lanes;
                if (at < length && !Take(Vector256.LoadUnsafe(ref first, (nuint)last), last, AllLanes << (2 * (at - last)), quotesAsText, ref end, room, ref count))
                {
                    return -1;
                }
            }
            else
            {
                for (int at = 0; at < length; at++)
                {
                    char c = text[at];
                    if (c == '"' && !quotesAsText)
                    {
                        return -1;
                    }
                    if (c == ',')
                    {
                        if (count == room)
                        {
                            return -1;
                        }
                        ends[count++] = at;
                    }
                }
            }
            Unsafe.Add(ref end, count) = length;
            return count + 1;
        }
    }

    /// <summary>The low bit of each character's two in a block's mask (<see cref="Vector256.ExtractMostSignificantBits{T}(Vector256{T})"/> of its bytes).</summary>
    private const uint AllLanes = 0x5555_5555u;

    /// <summary>
    /// Takes the commas of 16 characters from <paramref name="at"/>, of the lanes <paramref name="lanes"/> keeps (two bits a
    /// character): false when the block holds a quote that refuses the row, or more commas than the room left.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Take(Vector256<ushort> chars, int at, uint lanes, bool quotesAsText, ref int end, int room, ref int count)
    {
        unchecked
        {
            if (!quotesAsText && Vector256.EqualsAny(chars, Vector256.Create((ushort)'"')))
            {
                return false;
            }
            uint commas = Vector256.Equals(chars, Vector256.Create((ushort)',')).AsByte().ExtractMostSignificantBits() & lanes;
            int taken = count;
            if (BitOperations.PopCount(commas) > room - taken)
            {
                return false;
            }
            while (commas != 0)
            {
                Unsafe.Add(ref end, taken) = at + (BitOperations.TrailingZeroCount(commas) >> 1);
                taken++;
                commas &= commas - 1;
            }
            count = taken;
            return true;
        }
    }
}
