using System;
using System.Linq;
using System.Text;
using Evaluation.Workbooks.Writing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Evaluation.Cli.Tests.Workbooks;

/// <summary>A text's width in columns is two for each wide character and one for any other, however the text is measured.</summary>
public class TextWidthProperties
{
    /// <summary>Characters on either side of every bound the measure knows, a pair of surrogates among them (𠀀, two columns).</summary>
    private static readonly Gen<string> Pieces = Gen.Elements(
        "a", "9", "%", "/", " ", "\u00e9", "\u10ff", "\u1100", "\u115f", "\u1160", "\u201c", "\u201d", "\u2014", "\u2e80", "龙", "亭",
        "\ua4cf", "\ua4d0", "\uac00", "\ud7a3", "\uff01", "\uff60", "\uff61", "\uffe6", "\ud840\udc00", "\ud840");

    [Property(MaxTest = 500)]
    public Property The_width_is_the_sum_of_each_runes_columns() =>
        Prop.ForAll(Pieces.ArrayOf().Select(p => string.Concat(p)).ToArbitrary(), text =>
        {
            int expected = text.EnumerateRunes().Sum(rune => rune.Value is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3
                or >= 0xF900 and <= 0xFAFF or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 or 0x201C or 0x201D ? 2 : 1);
            return (TextWidth.Of(text) == expected && TextWidth.Of(text.AsSpan()) == expected).Label($"\"{text}\": {TextWidth.Of(text)}, expected {expected}");
        });

    [Fact]
    public void Ascii_and_full_width_text_take_one_and_two_columns_a_character()
    {
        Assert.Equal(8, TextWidth.Of("99.99%  "));
        Assert.Equal(6, TextWidth.Of("龙亭区"));
        Assert.Equal(5, TextWidth.Of("好\u201da"));
    }
}
