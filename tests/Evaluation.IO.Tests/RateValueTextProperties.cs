using System;
using System.IO;
using System.Text;
using System.Text.Json;
using Evaluation.IO.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Evaluation.IO.Tests;

/// <summary>
/// A rate's JSON <c>value</c> worked out in integers is the text of the decimal quotient rounded half away from zero to
/// six places, as <see cref="Utf8JsonWriter"/> writes that decimal: for small counts, counts near 2^63, exact quotients
/// of few places, and half-points.
/// </summary>
public class RateValueTextProperties
{
    private static string ByDecimal(long numerator, long denominator)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteNumberValue(decimal.Round((decimal)numerator / denominator, 6, MidpointRounding.AwayFromZero));
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string ByIntegers(long numerator, long denominator)
    {
        Span<byte> text = stackalloc byte[RateValueText.MaxLength];
        return Encoding.UTF8.GetString(text[..RateValueText.Write(text, numerator, denominator)]);
    }

    [Property(MaxTest = 3000)]
    public Property The_value_is_the_decimal_quotients_text()
    {
        Gen<(long, long)> small = from d in Gen.Choose(1, 5000) from n in Gen.Choose(0, d) select ((long)n, (long)d);
        Gen<(long, long)> large = from d in Gen.Choose(1, int.MaxValue) from n in Gen.Choose(0, int.MaxValue)
                                  let big = long.MaxValue - d
                                  select (Math.Min(big, big - n), big);
        // Quotients exactly halfway between two six-place values: (2k + 1) / 2,000,000, scaled by any factor.
        Gen<(long, long)> halves = from k in Gen.Choose(0, 999_999) from scale in Gen.Choose(1, 1000)
                                   select ((2L * k + 1) * scale, 2_000_000L * scale);
        Gen<(long, long)> moreThanOne = from d in Gen.Choose(1, 1000) from n in Gen.Choose(0, 100_000) select ((long)n, (long)d);
        // Counts about where the 64-bit computation gives way to the 128-bit one.
        Gen<(long, long)> seam = from offset in Gen.Choose(-1000, 1000)
                                 let d = (long)(ulong.MaxValue / 2_000_001) + offset
                                 from n in Gen.Elements(1L, d / 3, d - 1, d, d + 1, 2 * d)
                                 select (n, d);
        return Prop.ForAll(Gen.OneOf(small, large, halves, moreThanOne, seam).ToArbitrary(), p =>
            (ByIntegers(p.Item1, p.Item2) == ByDecimal(p.Item1, p.Item2)).Label($"{p.Item1}/{p.Item2}: {ByIntegers(p.Item1, p.Item2)} against {ByDecimal(p.Item1, p.Item2)}"));
    }

    [Theory]
    [InlineData(0, 7, "0")]
    [InlineData(7, 7, "1")]
    [InlineData(1, 8, "0.125")]
    [InlineData(1, 3, "0.333333")]
    [InlineData(2, 3, "0.666667")]
    [InlineData(1, 2_000_000, "0.000001")]
    [InlineData(40897, 40922, "0.999389")]
    public void Examples(long numerator, long denominator, string text)
    {
        Assert.Equal(text, ByIntegers(numerator, denominator));
        Assert.Equal(text, ByDecimal(numerator, denominator));
    }
}
