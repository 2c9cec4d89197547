using System;
using System.Runtime.CompilerServices;

namespace Evaluation.IO.Columnar;

/// <summary>
/// A code's text packed once for its look-up (<see cref="CodeColumn{T}.Probe"/>, then
/// <see cref="CodeColumn{T}.IndexOf(ReadOnlySpan{char}, in CodeKey)"/>): in two words when it is 1 to 16 ASCII characters
/// (<see cref="ShortText"/>, the second half left empty), in four when it is 17 to 32 (<see cref="LongText"/>: a matter's
/// 31-character implementation code, an 18-character unified social credit code), and neither (the default) otherwise,
/// when the look-up takes the text as it is.
/// </summary>
internal readonly struct CodeKey
{
    private readonly LongText packed;

    private CodeKey(LongText packed) => this.packed = packed;

    /// <summary>Whether the text is packed in two words: <see cref="Short"/> holds it.</summary>
    internal bool IsShort => packed.Head.IsPacked && !packed.Tail.IsPacked;

    /// <summary>Whether the text is packed in four words: <see cref="Long"/> holds it.</summary>
    internal bool IsLong => packed.Tail.IsPacked;

    /// <summary>The text packed in two words, when <see cref="IsShort"/>.</summary>
    internal ShortText Short => packed.Head;

    /// <summary>The text packed in four words, when <see cref="IsLong"/>.</summary>
    internal LongText Long => packed;

    /// <summary>A text's key: packed in two words or four when it can be, otherwise the default.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static CodeKey Of(ReadOnlySpan<char> text) =>
        ShortText.TryPack(text, out ShortText key) ? new CodeKey(new LongText(key, default)) : OfLonger(text);

    /// <summary>The key of a text that does not pack in two words: kept out of line, so that the short codes' path stays small.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static CodeKey OfLonger(ReadOnlySpan<char> text) => LongText.TryPack(text, out LongText key) ? new CodeKey(key) : default;
}
