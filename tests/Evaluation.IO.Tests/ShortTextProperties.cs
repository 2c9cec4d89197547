using System;
using System.Linq;
using Evaluation.IO.Columnar;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Evaluation.IO.Tests;

/// <summary>
/// A short text packs exactly when it has 1 to 16 characters, all ASCII, and two texts pack alike exactly when they are
/// the same text: for texts of every length around the packing's seams (3/4, 7/8, 16/17), sharing first or last
/// characters, with NUL and the characters just above ASCII.
/// </summary>
public class ShortTextProperties
{
    private static readonly Gen<string> Texts = Gen.Choose(0, 18)
        .SelectMany(length => Gen.Elements('0', '9', 'M', '-', '\u0000', '\u007f', '\u0080', '\u0100', '\u8000', '好').ArrayOf(length))
        .Select(chars => new string(chars));

    private static bool Packable(string text) => text.Length is >= 1 and <= ShortText.MaxLength && text.All(c => c < 0x80);

    [Property(MaxTest = 2000)]
    public Property A_text_packs_when_short_and_ASCII() =>
        PackingLaws.PacksExactlyWhen<ShortText>(Texts, ShortText.TryPack, Packable, packed => packed.IsPacked);

    [Property(MaxTest = 3000)]
    public Property Two_texts_pack_alike_only_when_equal() =>
        PackingLaws.PackAlikeOnlyWhenEqual<ShortText>(Texts, ShortText.TryPack, packed => packed.Hash());

    [Theory]
    [InlineData("M20159", "M20159 ")]
    [InlineData("410238", "4102380")]
    [InlineData("ABCDEFGH", "ABCDEFGHH")]
    [InlineData("ABCDEFGHIJKLMNOP", "ABCDEFGHXJKLMNOP")]
    [InlineData("\u0000", "\u0000\u0000")]
    public void Texts_that_differ_only_in_length_or_a_middle_character_pack_apart(string a, string b) =>
        PackingLaws.PackApart<ShortText>(a, b, ShortText.TryPack);
}
