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
    /// <remarks>Each pair of words multiplied as a short text's are, with keys of its own, and the products finished together (<see cref="ShortText.Hash"/>).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Hash() => ShortText.Finish(Product(ShortText.Key0, ShortText.Key1, ShortText.Key2, ShortText.Key3));

    /// <summary>The products of the two pairs of words, each with the keys given, in order, combined (<see cref="ShortText.Product"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal (ulong Low, ulong High) Product(ulong key0, ulong key1, ulong key2, ulong key3) =>
        ShortText.Xor(ShortText.Product(Head.Low, key0, Head.High, key1), ShortText.Product(Tail.Low, key2, Tail.High, key3));

    /// <summary>For each count of characters beyond the first 16 (1 to 16), that count as the top bits of five of a word's bytes, which ASCII leaves clear.</summary>
    private static readonly ulong[] LengthMarks = [.. Enumerable.Range(0, MaxLength - ShortText.MaxLength + 1).Select(ShortText.TopBitMarks)];
}
