using System;
using System.Collections.Generic;
using System.Linq;
using Evaluation.Core.Catalog;
using Evaluation.IO.Columnar;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Evaluation.IO.Tests;

/// <summary>
/// A code column's probe gives a text's key in two words exactly when the text packs as a short text, and that packing;
/// and a look-up given the probe's key finds what a look-up from the text alone finds, row after row (the previous
/// row's code kept in either form), for texts of every length from empty to past the widest packing, with NUL,
/// characters above ASCII and codes that are not well formed.
/// </summary>
public class CodeProbeProperties
{
    private static readonly Gen<string> Texts = Gen.OneOf(
            Gen.Choose(0, 36).SelectMany(length => Gen.Elements('0', '9', 'M', 'M', '-', '\u0000', '\u007f', '\u0080', '好').ArrayOf(length)),
            Gen.Choose(1, 70).SelectMany(length => Gen.Elements('0', '7', 'M', 'x', '.').ArrayOf(length)))
        .Select(chars => new string(chars));

    [Property(MaxTest = 3000)]
    public Property The_probe_gives_the_short_packing_exactly_when_the_text_has_one() =>
        Prop.ForAll(Texts.ToArbitrary(), text =>
        {
            ShortText key = new CodeColumn<MatterCode>(MatterCode.TryParse).Probe(text);
            bool isShort = ShortText.TryPack(text, out ShortText shortKey);
            return key.IsPacked == isShort && (!isShort || key == shortKey);
        });

    [Property(MaxTest = 500)]
    public Property A_look_up_given_the_probes_key_finds_what_one_from_the_text_finds() =>
        Prop.ForAll(Texts.ListOf().ToArbitrary(), texts =>
        {
            var probed = new CodeColumn<MatterCode>(MatterCode.TryParse);
            var plain = new CodeColumn<MatterCode>(MatterCode.TryParse);
            var reference = new Dictionary<string, int>(StringComparer.Ordinal);
            return texts.All(text =>
            {
                // The reference: 0 for empty text, -1 for a malformed code, else a dense index from 1 in order of first sight.
                int expected = text.Length == 0 ? 0
                    : !MatterCode.TryParse(text, out _) ? -1
                    : reference.TryGetValue(text, out int known) ? known : reference[text] = reference.Count + 1;
                return probed.IndexOf(text, probed.Probe(text)) == expected && plain.IndexOf(text) == expected;
            });
        });
}
