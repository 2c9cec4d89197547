using System;
using System.Linq;
using System.Runtime.CompilerServices;

namespace Evaluation.IO.Columnar;

/// <summary>
/// A text of 33 to 64 ASCII characters packed into eight 64-bit words: its first 32 and its last 32 characters as two
/// <see cref="LongText"/>s, which overlap when it is shorter than 64, and its length in the free top bits of the first's
/// last word. Other platforms often name matters, departments and windows by a GUID (36 characters, such as
/// <c>6f1e2d3c-4b5a-4c69-8e7f-0123456789ab</c>); packed, such a code is found as the shorter ones are: one slot holding
/// the code beside its index, compared in eight words.
/// </summary>
internal readonly record struct WideText(LongText Front, LongText Back) : IPackedText<WideText>
{
    /// <summary>The shortest text packed: one more than <see cref="LongText.MaxLength"/>.</summary>
    internal const int MinLength = LongText.MaxLength + 1;

    /// <summary>The longest text packed, the longest identifier the formats allow.</summary>
    internal const int MaxLength = 2 * LongText.MaxLength;

    /// <inheritdoc/>
    public bool IsPacked => Front.IsPacked;

    /// <summary>Whether two packed texts are the same text: all eight words equal.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Equals(WideText other) => Front.Equals(other.Front) && Back.Equals(other.Back);

    /// <inheritdoc/>
    public override int GetHashCode() => unchecked((int)Hash());

    /// <summary>Packs a text, or returns false when it has fewer than <see cref="MinLength"/> or more than <see cref="MaxLength"/> characters, or not all ASCII.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryPack(ReadOnlySpan<char> text, out WideText packed)
    {
        if (unchecked((uint)(text.Length - MinLength)) > MaxLength - MinLength
            || !LongText.TryPack(text[..LongText.MaxLength], out LongText front)
            || !LongText.TryPack(text[^LongText.MaxLength..], out LongText back))
        {
            packed = default;
            return false;
        }
        ShortText frontTail = front.Tail with { High = front.Tail.High | LengthMarks[text.Length - LongText.MaxLength] };
        packed = new WideText(front with { Tail = frontTail }, back);
        return true;
    }

    /// <inheritdoc/>
    /// <remarks>Each pair of words multiplied as a short text's are, the back's with keys other than the front's, and the products finished together (<see cref="ShortText.Hash"/>).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Hash() => ShortText.Finish(ShortText.Xor(
        Front.Product(ShortText.Key0, ShortText.Key1, ShortText.Key2, ShortText.Key3),
        Back.Product(ShortText.Key4, ShortText.Key5, ShortText.Key6, ShortText.Key7)));

    /// <summary>For each count of characters beyond the first 32 (1 to 32), that count as the top bits of six of a word's bytes, which ASCII leaves clear.</summary>
    private static readonly ulong[] LengthMarks = [.. Enumerable.Range(0, MaxLength - LongText.MaxLength + 1).Select(ShortText.TopBitMarks)];
}
