using System;
using System.Collections.Generic;
using System.Linq;
using Evaluation.IO.Columnar;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Evaluation.IO.Tests;

/// <summary>
/// A text column hands each distinct text one index, in order of first meeting, and finds it again from its characters:
/// held against a dictionary of strings, for texts that share long prefixes, differ by one character, or are not ASCII,
/// short, long (17 to 32 characters, packed in four words), wide (33 to 64, GUIDs among them, packed in eight) and
/// longer, in numbers that make the table grow many times;
/// and a code column finds the same index, that of its own text, whether or not the code's slot was fetched ahead.
/// </summary>
public class TextColumnProperties
{
    private static readonly Gen<string> Texts = Gen.OneOf(
        Gen.Choose(0, 3000).Select(n => $"M{n}"),
        Gen.Choose(0, 20).SelectMany(length => Gen.Elements('0', '1', 'A', '-', '\u0000', '\u007f', '\u0080', '\u00ff', '\u0100', '好').ArrayOf(length)).Select(c => new string(c)),
        // Around the long and wide packings' seams (16/17, 31/32/33, 63/64/65), mostly ASCII, with NUL and the characters just above it.
        Gen.Elements(15, 16, 17, 18, 24, 31, 32, 33, 40, 48, 63, 64, 65).SelectMany(length => Gen.Elements('0', '1', 'A', 'A', 'A', '-', '\u0000', '\u0080', '好').ArrayOf(length)).Select(c => new string(c)),
        Gen.Choose(0, 3000).Select(n => new Guid(n, 0x4f2d, 0x4b8a, 0x9c, 0x61, 0, 0, 0, 0, 0, (byte)(n % 5)).ToString()),
        Gen.Choose(0, 3000).Select(n => $"11410100MB0D{n:D6}X"),
        Gen.Choose(0, 30).Select(n => $"{n:D4}D11410100MB0D4102"),
        Gen.Choose(0, 3000).Select(n => $"11410100005184389L30001{n:D8}"),
        Gen.Choose(0, 50).Select(n => new string('好', n % 7) + n),
        Gen.Elements("", "a", "A", "a ", " a", "差评", "\u0000", "x\u00e9"));

    [Property(MaxTest = 300)]
    public Property Each_distinct_text_has_one_index_in_order_of_first_meeting() =>
        Prop.ForAll(Texts.ListOf().Select(l => l.ToArray()).ToArbitrary(), texts =>
        {
            var column = new TextColumn();
            var expected = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (string text in texts)
            {
                int index = column.IndexOf(text);
                int wanted = text.Length == 0 ? 0 : expected.TryGetValue(text, out int known) ? known : expected[text] = expected.Count + 1;
                if (index != wanted || (index > 0 && column[index] != text))
                {
                    return false;
                }
            }
            return column.Count == expected.Count + 1
                && expected.All(pair => column.Find(pair.Key) == pair.Value)
                && texts.Select(t => t + "?").Where(t => !expected.ContainsKey(t)).All(t => column.Find(t) == -1);
        });

    [Property(MaxTest = 300)]
    public Property A_code_probed_before_its_look_up_gets_the_index_it_gets_without() =>
        Prop.ForAll(Texts.ListOf().Select(l => l.ToArray()).ToArbitrary(), texts =>
        {
            var plain = new CodeColumn<Core.Catalog.MatterCode>(Core.Catalog.MatterCode.TryParse);
            var probed = new CodeColumn<Core.Catalog.MatterCode>(Core.Catalog.MatterCode.TryParse);
            // Each text twice in a row too: the previous row's code is found without a look-up.
            return texts.SelectMany(t => new[] { t, t }).All(text =>
                {
                    int index = plain.IndexOf(text);
                    return index == probed.IndexOf(text, probed.Probe(text)) && (index <= 0 || plain.TextAt(index) == text);
                })
                && plain.Count == probed.Count;
        });

    [Property(MaxTest = 500)]
    public Property Codes_of_every_form_repeated_in_any_order_are_found_at_their_own_index() =>
        // A few codes (short, long, wide, or found by hashing), met again and again in any order: a code repeating the
        // previous row's is found without a look-up, so whatever the previous row's code was must never be taken for it.
        Prop.ForAll(Texts.ArrayOf(4).ToArbitrary(), Gen.Choose(0, 3).ArrayOf(40).ToArbitrary(), (pool, order) =>
        {
            var column = new CodeColumn<Core.Catalog.MatterCode>(Core.Catalog.MatterCode.TryParse);
            return order.All(n =>
            {
                string text = pool[n];
                int index = column.IndexOf(text, column.Probe(text));
                return text.Length == 0 ? index == 0 : index < 0 || column.TextAt(index) == text;
            });
        });

    [Property(MaxTest = 200)]
    public Property Mapping_into_another_column_keeps_every_code() =>
        Prop.ForAll(Texts.ListOf().Select(l => l.ToArray()).ToArbitrary(), Texts.ListOf().Select(l => l.ToArray()).ToArbitrary(), (first, second) =>
        {
            var source = new CodeColumn<Core.Catalog.MatterCode>(Core.Catalog.MatterCode.TryParse);
            var target = new CodeColumn<Core.Catalog.MatterCode>(Core.Catalog.MatterCode.TryParse);
            Array.ForEach(first, t => source.IndexOf(t));
            Array.ForEach(second, t => target.IndexOf(t));
            int[] map = source.MapInto(target);
            return map[0] == 0 && Enumerable.Range(1, source.Count - 1).All(i => target.TextAt(map[i]) == source.TextAt(i));
        });

    /// <summary>
    /// Past the sizes where a table is kept an eighth full (below 65,536 slots) and then half full: codes of every
    /// packed form, and texts, each found at its own index as the table grows through both.
    /// </summary>
    [Theory]
    [InlineData("M{0:D5}")]
    [InlineData("11410000005251432E30002{0:D8}")]
    [InlineData("3f2b1c4e-0000-4000-8000-{0:D12}")]
    [InlineData("{0:D5}-好")]
    public void A_hundred_thousand_codes_are_each_found_at_their_own_index(string format)
    {
        var column = new TextColumn();
        string Code(int n) => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, n);
        for (int n = 0; n < 100_000; n++)
        {
            Assert.Equal(n + 1, column.IndexOf(Code(n)));
        }
        for (int n = 0; n < 100_000; n += 7)
        {
            Assert.Equal(n + 1, column.Find(Code(n)));
        }
        Assert.Equal(-1, column.Find(Code(100_000)));
    }
}
