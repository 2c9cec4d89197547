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
        int count = 0;
        // Room for the commas: one end stays for the text's own.
        int room = ends.Length - 1;
        if (room < 0)
        {
            return -1;
        }
        ref int end = ref MemoryMarshal.GetReference(ends);
        int length = text.Length;
        if (Vector256.IsHardwareAccelerated && length >= Lanes)
        {
            ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            int at = 0;
            while (true)
            {
                // The last block ends with the text and may overlap the one before: its lanes already taken are left out.
                int block = Math.Min(at, length - Lanes);
                Vector256<ushort> chars = Vector256.LoadUnsafe(ref first, unchecked((nuint)block));
                if (!quotesAsText && Vector256.EqualsAny(chars, Vector256.Create((ushort)'"')))
                {
                    return -1;
                }
                // Two bits a character; the low one of each pair is kept, for the characters from `at` on.
                uint commas = Vector256.Equals(chars, Vector256.Create((ushort)',')).AsByte().ExtractMostSignificantBits()
                    & (0x5555_5555u << (2 * (at - block)));
                if (BitOperations.PopCount(commas) > room - count)
                {
                    return -1;
                }
                while (commas != 0)
                {
                    Unsafe.Add(ref end, count) = block + (BitOperations.TrailingZeroCount(commas) >> 1);
                    count++;
                    commas &= unchecked(commas - 1);
                }
                at = block + Lanes;
                if (at >= length)
                {
                    break;
                }
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
