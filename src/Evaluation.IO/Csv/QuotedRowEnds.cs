using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Evaluation.IO.Csv;

/// <summary>
/// Finds where rows end in text that holds quotes, 64 characters at a time: the quotes and the line breaks of a block
/// become two 64-bit masks, the quote state at every character is the running parity of the quotes before it (a
/// prefix XOR of the mask), and the line breaks outside quotes are those the state leaves clear. A file whose every
/// field is quoted (as many platforms export) then costs a few vector operations a block rather than a search a quote.
/// </summary>
internal static class QuotedRowEnds
{
    private const int Block = 64;

    /// <summary>
    /// Scans text from <paramref name="from"/> on, the quote state continuing from <paramref name="inQuote"/>; on return
    /// <paramref name="rowStart"/> is where the last row not yet ended starts (after the last line break outside quotes)
    /// and <paramref name="inQuote"/> the state at the end. False, at the first line break outside quotes more than
    /// <paramref name="limit"/> characters past the row start before it, when a row that ended in it is over the limit
    /// (the state and row start then say nothing).
    /// </summary>
    internal static bool Scan(ReadOnlySpan<char> text, int from, int limit, ref bool inQuote, ref int rowStart)
    {
        int at = from;
        if (Vector256.IsHardwareAccelerated)
        {
            ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            ulong quoted = inQuote ? ulong.MaxValue : 0;
            for (; at <= text.Length - Block; at += Block)
            {
                (ulong quotes, ulong breaks) = Masks(ref Unsafe.Add(ref start, at));
                // Each bit: the quotes at and before it odd in number, continuing the state before the block.
                ulong state = PrefixXor(quotes) ^ quoted;
                ulong ends = breaks & ~state;
                for (; ends != 0; ends &= ends - 1)
                {
                    int end = at + BitOperations.TrailingZeroCount(ends);
                    if (end - rowStart > limit)
                    {
                        return false;
                    }
                    rowStart = end + 1;
                }
                quoted = unchecked((ulong)((long)state >> 63));
            }
            inQuote = quoted != 0;
        }
        for (; at < text.Length; at++)
        {
            char c = text[at];
            if (c == '"')
            {
                inQuote = !inQuote;
            }
            else if (!inQuote && c is '\n' or '\r')
            {
                if (at - rowStart > limit)
                {
                    return false;
                }
                rowStart = at + 1;
            }
        }
        return true;
    }

    /// <summary>The quotes and the line breaks (CR or LF) of 64 characters, a bit each.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (ulong Quotes, ulong Breaks) Masks(ref ushort block)
    {
        Vector256<ushort> quote = Vector256.Create((ushort)'"');
        Vector256<ushort> lineFeed = Vector256.Create((ushort)'\n');
        Vector256<ushort> carriageReturn = Vector256.Create((ushort)'\r');
        ulong quotes = 0, breaks = 0;
        for (int half = 0; half < 2; half++)
        {
            Vector256<ushort> low = Vector256.LoadUnsafe(ref block, (nuint)(half * 32));
            Vector256<ushort> high = Vector256.LoadUnsafe(ref block, (nuint)((half * 32) + 16));
            // Compared as characters, then narrowed: a character is never taken for the byte of its low half.
            uint q = Vector256.Narrow(Vector256.Equals(low, quote), Vector256.Equals(high, quote)).ExtractMostSignificantBits();
            uint b = Vector256.Narrow(
                Vector256.Equals(low, lineFeed) | Vector256.Equals(low, carriageReturn),
                Vector256.Equals(high, lineFeed) | Vector256.Equals(high, carriageReturn)).ExtractMostSignificantBits();
            quotes |= (ulong)q << (half * 32);
            breaks |= (ulong)b << (half * 32);
        }
        return (quotes, breaks);
    }

    /// <summary>Each bit the XOR of the bits at and below it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong PrefixXor(ulong bits)
    {
        bits ^= bits << 1;
        bits ^= bits << 2;
        bits ^= bits << 4;
        bits ^= bits << 8;
        bits ^= bits << 16;
        bits ^= bits << 32;
        return bits;
    }
}
