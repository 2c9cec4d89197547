using System;
using System.Linq;
using Evaluation.IO.Columnar;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Evaluation.IO.Tests;

/// <summary>
/// A wide text packs exactly when it has 33 to 64 characters, all ASCII, and two texts pack alike exactly when they are
/// the same text: for texts of every length around the packing's seams (32/33, 48, 63/64/65), sharing first or last
/// characters or repeating one, with NUL and the characters just above ASCII, and for GUIDs.
/// </summary>
public class WideTextProperties
{
    private static readonly Gen<string> Texts = Gen.OneOf(
        Gen.Choose(30, 67).SelectMany(length => Gen.Elements('0', '9', 'M', 'M', 'M', '-', '\u0000', '\u007f', '\u0080', '好').ArrayOf(length)).Select(chars => new string(chars)),
        Gen.Choose(0, 3000).Select(n => new Guid(n, 0x4f2d, 0x4b8a, 0x9c, 0x61, 0, 0, 0, 0, (byte)(n % 7), (byte)(n % 3)).ToString()));

    private static bool Packable(string text) => text.Length is >= WideText.MinLength and <= WideText.MaxLength && text.All(c => c < 0x80);

    [Property(MaxTest = 2000)]
    public Property A_text_packs_when_33_to_64_ASCII_characters() =>
        PackingLaws.PacksExactlyWhen<WideText>(Texts, WideText.TryPack, Packable, packed => packed.IsPacked);

    [Property(MaxTest = 3000)]
    public Property Two_texts_pack_alike_only_when_equal() =>
        PackingLaws.PackAlikeOnlyWhenEqual<WideText>(Texts, WideText.TryPack, packed => packed.Hash());

    [Theory]
    [InlineData("e7a1c93b-4f2d-4b8a-9c61-000000020159", "e7a1c93b-4f2d-4b8a-9c61-000000020158")]
    [InlineData("e7a1c93b-4f2d-4b8a-9c61-000000020159", "e7a1c93b-4f2d-4b8b-9c61-000000020159")]
    [InlineData("e7a1c93b-4f2d-4b8a-9c61-000000020159", "e7a1c93b-4f2d-4b8a-9c61-0000000201590")]
    [InlineData("MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM", "MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123", "0123456789012345678901234567890123456789012345678901234567890124")]
    public void Texts_that_differ_only_in_length_or_one_character_pack_apart(string a, string b) =>
        PackingLaws.PackApart<WideText>(a, b, WideText.TryPack);
}
