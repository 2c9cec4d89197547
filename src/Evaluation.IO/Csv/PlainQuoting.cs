using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Evaluation.IO.Csv;

/// <summary>
/// Checks that rows quote plainly: every quote opens a field (at the row's start or right after a comma) or closes one
/// (right before a comma, a line break or the end of the text), and no comma or line break lies within quotes. Such
/// rows split the same whether quotes are parsed or not, and each quoted field's value is its text between the two
/// quotes, so a parser that ignores quotes reads them faster and as exactly (many platforms quote every field, and
/// nothing more). Checked 64 characters at a time: the quotes of a block and its boundaries (separators and line
/// breaks) become two 64-bit masks, the quote state at every character is the running parity of the quotes before it
/// (a prefix XOR), and each quote has a boundary on its outer side when the boundaries shifted by one say so.
/// </summary>
internal static class PlainQuoting
{
    private const int Block = 64;

    /// <summary>
    /// The index of the first character of <paramref name="text"/> that breaks plain quoting, or -1 when none does. The
    /// text starts at a row's start. With <paramref name="endsText"/> it is the last of the file: its end closes a field,
    /// and a quote still open there breaks plain quoting (at the quote that opened it). Otherwise more text may follow,
    /// and a quote at its end or still open there is judged by what follows, so that a partial row passes until then.
    /// </summary>
    internal static int FirstBreach(ReadOnlySpan<char> text, bool endsText)
    {
        int at = 0;
        bool inQuote = false;
        bool afterBoundary = true;
        int lastOpen = -1;
        if (Vector256.IsHardwareAccelerated)
        {
            ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            ulong quoted = 0;
            ulong boundaryBefore = 1;
            for (; at <= text.Length - Block; at += Block)
            {
                (ulong quotes, ulong boundaries) = Masks(ref Unsafe.Add(ref start, at));
                ulong state = QuotedRowEnds.PrefixXor(quotes) ^ quoted;
                ulong opens = quotes & state;
                ulong closes = quotes & ~state;
                ulong after = (boundaries << 1) | boundaryBefore;
                // At the end of the text, a quote closes a field or is judged by what follows.
                ulong nextIsBoundary = at + Block < text.Length && !IsBoundary(text[at + Block]) ? 0 : 1UL;
                ulong before = (boundaries >> 1) | (nextIsBoundary << 63);
                ulong breaches = (boundaries & state) | (opens & ~after) | (closes & ~before);
                if (breaches != 0)
                {
                    return at + BitOperations.TrailingZeroCount(breaches);
                }
                if (opens != 0)
                {
                    lastOpen = at + 63 - BitOperations.LeadingZeroCount(opens);
                }
                quoted = unchecked((ulong)((long)state >> 63));
                boundaryBefore = boundaries >> 63;
            }
            inQuote = quoted != 0;
            afterBoundary = boundaryBefore != 0;
        }
        for (; at < text.Length; at++)
        {
            char c = text[at];
            if (c == '"')
            {
                if (!inQuote)
                {
                    if (!afterBoundary)
                    {
                        return at;
                    }
                    lastOpen = at;
                }
                else if (at + 1 < text.Length && !IsBoundary(text[at + 1]))
                {
                    return at;
                }
                inQuote = !inQuote;
                afterBoundary = false;
                continue;
            }
            afterBoundary = IsBoundary(c);
            if (afterBoundary && inQuote)
            {
                return at;
            }
        }
        return inQuote && endsText ? lastOpen : -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsBoundary(char c) => c is ',' or '\n' or '\r';

    /// <summary>
    /// The quotes and the boundaries (comma, CR or LF) of 64 characters, a bit each. Each character is first capped at
    /// 255 and narrowed to a byte (a character above is never taken for one of the four), so that the comparisons run on
    /// 32 characters at a time.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (ulong Quotes, ulong Boundaries) Masks(ref ushort block)
    {
        Vector256<ushort> latin1 = Vector256.Create((ushort)0xFF);
        ulong quotes = 0, boundaries = 0;
        for (int half = 0; half < 2; half++)
        {
            Vector256<byte> bytes = Vector256.Narrow(
                Vector256.Min(Vector256.LoadUnsafe(ref block, (nuint)(half * 32)), latin1),
                Vector256.Min(Vector256.LoadUnsafe(ref block, (nuint)((half * 32) + 16)), latin1));
            uint q = Vector256.Equals(bytes, Vector256.Create((byte)'"')).ExtractMostSignificantBits();
            uint b = (Vector256.Equals(bytes, Vector256.Create((byte)',')) | Vector256.Equals(bytes, Vector256.Create((byte)'\n'))
                | Vector256.Equals(bytes, Vector256.Create((byte)'\r'))).ExtractMostSignificantBits();
            quotes |= (ulong)q << (half * 32);
            boundaries |= (ulong)b << (half * 32);
        }
        return (quotes, boundaries);
    }
}
