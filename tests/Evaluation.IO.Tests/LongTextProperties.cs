using System;
using System.Linq;
using Evaluation.IO.Columnar;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Evaluation.IO.Tests;

/// <summary>
/// A long text packs exactly when it has 17 to 32 characters, all ASCII, and two texts pack alike exactly when they are
/// the same text: for texts of every length around the packing's seams (16/17, 31/32/33), sharing first or last
/// characters or repeating one, with NUL and the characters just above ASCII.
/// </summary>
public class LongTextProperties
{
    private static readonly Gen<string> Texts = Gen.Choose(14, 35)
        .SelectMany(length => Gen.Elements('0', '9', 'M', 'M', 'M', '-', '\u0000', '\u007f', '\u0080', '好').ArrayOf(length))
        .Select(chars => new string(chars));

    private static bool Packable(string text) => text.Length is >= LongText.MinLength and <= LongText.MaxLength && text.All(c => c < 0x80);

    [Property(MaxTest = 2000)]
    public Property A_text_packs_when_17_to_32_ASCII_characters() =>
        PackingLaws.PacksExactlyWhen<LongText>(Texts, LongText.TryPack, Packable, packed => packed.IsPacked);

    [Property(MaxTest = 3000)]
    public Property Two_texts_pack_alike_only_when_equal() =>
        PackingLaws.PackAlikeOnlyWhenEqual<LongText>(Texts, LongText.TryPack, packed => packed.Hash());

    [Theory]
    [InlineData("MMMMMMMMMMMMMMMMM", "MMMMMMMMMMMMMMMMMM")]
    [InlineData("11410100005184389L300010000001", "11410100005184389L300010000002")]
    [InlineData("11410100005184389L300010000001", "11410100005184389X300010000001")]
    [InlineData("11410100MB0D410238-03X", "11410100MB0D410238-03XX")]
    public void Texts_that_differ_only_in_length_or_one_character_pack_apart(string a, string b) =>
        PackingLaws.PackApart<LongText>(a, b, LongText.TryPack);
}
