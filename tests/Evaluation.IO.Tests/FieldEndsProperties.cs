using System;
using System.Linq;
using Evaluation.IO.Csv;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Evaluation.IO.Tests;

/// <summary>
/// A row's text split at its commas in blocks of 16 characters gives the fields a split of the text at every comma
/// gives, for texts of every length around the blocks' seams (15/16/17, 31/32/33) with commas anywhere (first, last,
/// side by side), quotes, white space and characters whose low byte is a comma or a quote (<c>Ĭ</c> U+012C, <c>Ģ</c>
/// U+0122); it refuses a row with a quote when quotes are parsed, and a row of more fields than it has room for. The
/// fields a row view slices from those ends are the values of the fields: unquoted when quotes are text, and trimmed.
/// </summary>
public class FieldEndsProperties
{
    private static readonly Gen<string> Texts =
        from length in Gen.Frequency((3, Gen.Choose(0, 40)), (1, Gen.Elements(15, 16, 17, 31, 32, 33, 47, 48, 49)), (1, Gen.Choose(41, 120)))
        from chars in Gen.Frequency(
                (10, Gen.Constant('a')), (4, Gen.Constant(',')), (1, Gen.Constant('"')), (1, Gen.Constant(' ')),
                (1, Gen.Elements('\u012C', '\u0122', '字', '\u3000')))
            .ArrayOf(length)
        select new string(chars);

    [Property(MaxTest = 3000)]
    public Property The_ends_are_a_split_at_every_comma() =>
        Prop.ForAll(Texts.ToArbitrary(), Gen.Choose(0, 24).ToArbitrary(), ArbMap.Default.ArbFor<bool>(), (text, room, quotesAsText) =>
        {
            int[] ends = new int[room];
            int count = FieldEnds.Split(text, ends, quotesAsText);
            string[] parts = text.Split(',');
            bool refused = (!quotesAsText && text.Contains('"')) || parts.Length > room;
            int[] expected = [.. parts.Select((part, i) => parts.Take(i + 1).Sum(p => p.Length) + i)];
            return refused
                ? (count == -1).Label($"refused, gave {count}")
                : (count == parts.Length && ends.Take(count).SequenceEqual(expected)).Label($"{count} ends: {string.Join(" ", ends.Take(Math.Max(count, 0)))}");
        });

    [Property(MaxTest = 1000)]
    public Property A_split_rows_fields_are_their_values() =>
        Prop.ForAll(Texts.ToArbitrary(), ArbMap.Default.ArbFor<bool>(), (text, quotesAsText) =>
        {
            string[] parts = text.Split(',');
            int[] ends = new int[parts.Length];
            if (FieldEnds.Split(text, ends, quotesAsText) != parts.Length)
            {
                return (!quotesAsText && text.Contains('"')).Label("refused only for a quote");
            }
            int[] indices = [.. Enumerable.Range(0, parts.Length + 1).Select(i => i < parts.Length ? i : -1)];
            string[] names = [.. indices.Select(i => $"c{i}")];
            var row = new RowView(text, ends, quotesAsText, indices, names);
            bool same = true;
            for (int i = 0; i < parts.Length; i++)
            {
                ReadOnlySpan<char> expected = quotesAsText ? RowView.Unquote(parts[i]) : parts[i];
                same &= row[i].SequenceEqual(expected.Trim());
            }
            return (same && row[parts.Length].IsEmpty && row.Raw() == text).Label(text);
        });
}
