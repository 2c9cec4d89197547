using System;
using System.Linq;
using System.Runtime.CompilerServices;

namespace Evaluation.IO.Columnar;

/// <summary>
/// A text of 17 to 32 ASCII characters packed into four 64-bit words: its first 16 and its last 16 characters as two
/// <see cref="ShortText"/>s, which overlap when it is shorter than 32, and its length in the free top bits of the first's
/// second word. The codes other platforms use are often this long (an implementation code of a matter, 事项实施编码, has
/// 31 characters; a department's or a window's code may carry the 18 characters of a unified social credit code), and
/// packed they are found as the short codes are: one slot holding the code beside its index, compared in four words.
/// </summary>
internal readonly record struct LongText(ShortText Head, ShortText Tail) : IPackedText<LongText>
{
    /// <summary>The shortest text packed: one more than <see cref="ShortText.MaxLength"/>.</summary>
    internal const int MinLength = ShortText.MaxLength + 1;

    /// <summary>The longest text packed.</summary>
    internal const int MaxLength = 2 * ShortText.MaxLength;

    /// <inheritdoc/>
    public bool IsPacked => Head.IsPacked;

    /// <summary>Whether two packed texts are the same text: all four words equal, compared without a branch.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Equals(LongText other) =>
        ((Head.Low ^ other.Head.Low) | (Head.High ^ other.Head.High) | (Tail.Low ^ other.Tail.Low) | (Tail.High ^ other.Tail.High)) == 0;

    /// <inheritdoc/>
    public override int GetHashCode() => unchecked((int)Hash());

    /// <summary>Packs a text, or returns false when it has fewer than <see cref="MinLength"/> or more than <see cref="MaxLength"/> characters, or not all ASCII.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryPack(ReadOnlySpan<char> text, out LongText packed)
    {
        if (unchecked((uint)(text.Length - MinLength)) > MaxLength - MinLength
            || !ShortText.TryPack(text[..ShortText.MaxLength], out ShortText head)
            || !ShortText.TryPack(text[^ShortText.MaxLength..], out ShortText tail))
        {
            packed = default;
            return false;
        }
        packed = new LongText(head with { High = head.High | LengthMarks[text.Length - ShortText.MaxLength] }, tail);
        return true;
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Hash()
    {
        ulong hash = unchecked((Head.Hash() ^ Tail.Low) * 0xBF58476D1CE4E5B9UL);
        hash = unchecked((hash ^ (hash >> 29) ^ Tail.High) * 0x94D049BB133111EBUL);
        return hash ^ (hash >> 32);
    }

    /// <summary>For each count of characters beyond the first 16 (1 to 16), that count as the top bits of five of a word's bytes, which ASCII leaves clear.</summary>
    private static readonly ulong[] LengthMarks = [.. Enumerable.Range(0, MaxLength - ShortText.MaxLength + 1).Select(ShortText.TopBitMarks)];
}
