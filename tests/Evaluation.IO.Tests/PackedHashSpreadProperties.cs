using System;
using System.Globalization;
using System.Linq;
using Evaluation.IO.Columnar;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Evaluation.IO.Tests;

/// <summary>
/// Every character of a packed code reaches the low bits a table takes its slot from (<see cref="PackedSlots{TKey}"/>,
/// <see cref="TextColumn"/>): a catalogue of codes numbered in any place (the demo's matters <c>M410202-00000</c> to
/// <c>M410202-89999</c>, platforms' 18-character unified social credit codes or 31-character implementation codes
/// ending in a serial number) spreads over a half-full table of linear probing as codes of random hashes would, so that
/// finding one reads about 1.5 slots, never a run of the codes that share all but their last character.
/// </summary>
public class PackedHashSpreadProperties
{
    /// <summary>Linear probing at a load of at most one half reads 1.5 slots a look-up on average for a random hash.</summary>
    private const double MostMeanSlotsRead = 2.0;

    [Property(MaxTest = 300)]
    public Property Codes_numbered_in_any_place_spread_like_random_ones() =>
        Prop.ForAll(
            Gen.Choose(1, WideText.MaxLength).SelectMany(length => Gen.Choose(0, length - 1).Select(at => (length, at))).ToArbitrary(),
            Gen.Elements('0', 'M', '-', 'x').ToArbitrary(),
            (place, filler) =>
            {
                int digits = Math.Min(4, place.length - place.at);
                string template = new(filler, place.length);
                string[] codes = [.. Enumerable.Range(0, (int)Math.Pow(10, digits)).Select(n => Numbered(template, place.at, digits, n))];
                double slots = MeanSlotsRead(codes);
                return (slots <= MostMeanSlotsRead).Label($"{codes.Length} codes like {codes[^1]}: {slots:F2} slots a look-up");
            });

    [Theory]
    [InlineData("M410202-00000", 8, 5, 90_000)] // the demo's matters: the serial number ends the second word
    [InlineData("4102020000000001", 11, 5, 100_000)] // sixteen characters, the last five a serial number
    [InlineData("00000-W410202-03", 0, 5, 100_000)] // the serial number first
    [InlineData("11410200MB0000000X", 10, 7, 100_000)] // a unified social credit code
    [InlineData("11410100005184389L3000100000001", 25, 6, 100_000)] // an implementation code
    [InlineData("3f2504e0-4f89-11d3-9a0c-030500000000", 26, 10, 100_000)] // a GUID
    [InlineData("3f2504e0-4f89-11d3-9a0c-0305e82c3301-0000000000000000", 37, 16, 100_000)]
    public void A_platform_s_catalogue_numbered_in_order_spreads_like_random_codes(string template, int at, int digits, int count)
    {
        string[] codes = [.. Enumerable.Range(0, count).Select(n => Numbered(template, at, digits, n))];
        Assert.Equal(count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.InRange(MeanSlotsRead(codes), 1.0, MostMeanSlotsRead);
    }

    private static string Numbered(string template, int at, int digits, int number) =>
        string.Concat(template.AsSpan(0, at), number.ToString(new string('0', digits), CultureInfo.InvariantCulture), template.AsSpan(at + digits));

    /// <summary>The hash a table of packed texts places a code by.</summary>
    private static ulong HashOf(string code)
    {
        if (ShortText.TryPack(code, out ShortText shortText))
        {
            return shortText.Hash();
        }
        if (LongText.TryPack(code, out LongText longText))
        {
            return longText.Hash();
        }
        Assert.True(WideText.TryPack(code, out WideText wideText), code);
        return wideText.Hash();
    }

    /// <summary>
    /// The mean number of slots a look-up of each code reads in a table of linear probing at most half full, each slot
    /// taken from the low bits of the code's hash, as the readers' tables take it.
    /// </summary>
    private static double MeanSlotsRead(string[] codes)
    {
        int size = 2;
        while (size < 2 * codes.Length)
        {
            size *= 2;
        }
        bool[] taken = new bool[size];
        long read = 0;
        foreach (string code in codes)
        {
            int slot = unchecked((int)HashOf(code)) & (size - 1);
            read++;
            while (taken[slot])
            {
                slot = (slot + 1) & (size - 1);
                read++;
            }
            taken[slot] = true;
        }
        return (double)read / codes.Length;
    }
}
