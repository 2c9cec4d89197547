using System;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace Evaluation.IO.Tests;

/// <summary>The laws every packing of texts into words keeps (<see cref="Columnar.ShortText"/>, <see cref="Columnar.LongText"/>, <see cref="Columnar.WideText"/>).</summary>
internal static class PackingLaws
{
    /// <summary>Packs a text, or returns false when it cannot be packed.</summary>
    internal delegate bool TryPack<T>(ReadOnlySpan<char> text, out T packed);

    /// <summary>
    /// Two texts that both pack pack alike exactly when they are the same text, and alike texts hash alike: the second
    /// often made to share the first's head or tail, or to repeat or drop its last character, or both made of one
    /// character repeated, where the overlap of a packing's parts would confuse them without the length.
    /// </summary>
    /// <summary>A text packs exactly when <paramref name="packable"/> says so, and a packed text is never the default.</summary>
    internal static Property PacksExactlyWhen<T>(Gen<string> texts, TryPack<T> pack, Func<string, bool> packable, Func<T, bool> isPacked) =>
        Prop.ForAll(texts.ToArbitrary(), text => pack(text, out T packed) == packable(text) && (!packable(text) || isPacked(packed)));

    /// <summary>Two texts that both pack, and differ, pack apart.</summary>
    internal static void PackApart<T>(string a, string b, TryPack<T> pack)
    {
        Assert.True(pack(a, out T x));
        Assert.True(pack(b, out T y));
        Assert.NotEqual(x, y);
    }

    internal static Property PackAlikeOnlyWhenEqual<T>(Gen<string> texts, TryPack<T> pack, Func<T, ulong> hash)
        where T : struct, IEquatable<T> =>
        Prop.ForAll(texts.ToArbitrary(), texts.ToArbitrary(), Gen.Choose(0, 5).ToArbitrary(), (a, b, relation) =>
        {
            (string first, string other) = relation switch
            {
                1 when a.Length > 0 => (a, a[..^1] + b[..Math.Min(1, b.Length)]),
                2 when a.Length > 0 => (a, b[..Math.Min(1, b.Length)] + a[1..]),
                3 when a.Length > 0 => (a, a + a[^1]),
                4 when a.Length > 0 => (a, a[..^1]),
                // One character repeated, and once more: the same head and tail, told apart by the length alone.
                5 when a.Length > 0 => (new string(a[0], a.Length), new string(a[0], a.Length + 1)),
                _ => (a, b),
            };
            bool both = pack(first, out T x) & pack(other, out T y);
            return !both || (x.Equals(y) == string.Equals(first, other, StringComparison.Ordinal) && (!x.Equals(y) || hash(x) == hash(y)));
        });
}
