using System;
using System.Linq;
using Evaluation.IO.Columnar;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Evaluation.IO.Tests;

/// <summary>
/// A GUID packs into its 16 bytes and back to the same text, packed GUIDs of one case order as their texts do, and a
/// text that is not a GUID in the case asked (a letter beyond f or of the other case, a hyphen out of place, a length
/// other than 36, a character beyond ASCII) is refused: the texts made from bytes by the framework's own hexadecimal writer.
/// </summary>
public class GuidKeyProperties
{
    private static readonly Gen<byte[]> Bytes = Gen.OneOf(
        ArbMap.Default.GeneratorFor<byte>().ArrayOf(16),
        Gen.Elements<byte>(0x00, 0x09, 0x0a, 0x90, 0x99, 0xa0, 0xaf, 0xfa, 0xff).ArrayOf(16));

    private static readonly Gen<KeyForm> Forms = Gen.Elements(KeyForm.LowerGuid, KeyForm.UpperGuid);

    /// <summary>A GUID's text of 16 bytes, written with the framework's writer, in a form's case.</summary>
    private static string TextOf(byte[] bytes, KeyForm form)
    {
        string hex = form == KeyForm.UpperGuid ? Convert.ToHexString(bytes) : Convert.ToHexStringLower(bytes);
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }

    [Property(MaxTest = 2000)]
    public Property A_GUID_packs_into_its_bytes_and_back_to_its_text() =>
        Prop.ForAll(Bytes.ToArbitrary(), Forms.ToArbitrary(), (bytes, form) =>
        {
            string text = TextOf(bytes, form);
            byte[] packed = new byte[GuidKey.PackedLength];
            byte[] back = new byte[GuidKey.TextLength];
            bool packs = GuidKey.TryPack(text, form, packed);
            GuidKey.Unpack(packed, form, back);
            return packs && packed.SequenceEqual(bytes) && System.Text.Encoding.ASCII.GetString(back) == text
                && GuidKey.FormOf(text) == (form == KeyForm.UpperGuid && text.Any(char.IsAsciiLetter) ? KeyForm.UpperGuid : KeyForm.LowerGuid);
        });

    [Property(MaxTest = 2000)]
    public Property Packed_GUIDs_of_one_case_order_as_their_texts() =>
        Prop.ForAll(Bytes.ToArbitrary(), Bytes.ToArbitrary(), Forms.ToArbitrary(), (a, b, form) =>
        {
            byte[] x = new byte[GuidKey.PackedLength], y = new byte[GuidKey.PackedLength];
            GuidKey.TryPack(TextOf(a, form), form, x);
            GuidKey.TryPack(TextOf(b, form), form, y);
            return Math.Sign(x.AsSpan().SequenceCompareTo(y)) == Math.Sign(string.CompareOrdinal(TextOf(a, form), TextOf(b, form)));
        });

    [Property(MaxTest = 2000)]
    public Property A_text_with_any_character_changed_to_one_a_GUID_cannot_hold_is_refused() =>
        Prop.ForAll(Bytes.Zip(Forms).ToArbitrary(), Gen.Choose(0, 35).ToArbitrary(), Gen.Elements('g', 'G', 'z', '-', ' ', '/', ':', '@', '`', '\u00e9', '好').ToArbitrary(), (guid, at, replacement) =>
        {
            (byte[] bytes, KeyForm form) = guid;
            char[] chars = TextOf(bytes, form).ToCharArray();
            bool hyphenPlace = at is 8 or 13 or 18 or 23;
            if (hyphenPlace == (replacement == '-'))
            {
                return true;
            }
            chars[at] = replacement;
            return !GuidKey.TryPack(new string(chars), form, new byte[GuidKey.PackedLength]);
        });

    [Theory]
    [InlineData("6f1e2d3c-4b5a-4c69-8e7f-0123456789ab", true)]
    [InlineData("6F1E2D3C-4B5A-4C69-8E7F-0123456789AB", false)]
    [InlineData("6f1e2d3c-4b5a-4c69-8e7f-0123456789aB", false)]
    [InlineData("6f1e2d3c-4b5a-4c69-8e7f-0123456789a", false)]
    [InlineData("6f1e2d3c-4b5a-4c69-8e7f-0123456789abc", false)]
    [InlineData("6f1e2d3c4b5a-4c69-8e7f-0123456789ab-", false)]
    [InlineData("{6f1e2d3c-4b5a-4c69-8e7f-0123456789a}", false)]
    public void Texts_that_are_not_GUIDs_of_the_case_asked_are_refused(string text, bool upper) =>
        Assert.False(GuidKey.TryPack(text, upper ? KeyForm.UpperGuid : KeyForm.LowerGuid, new byte[GuidKey.PackedLength]));
}
