using System;
using System.Globalization;
using Evaluation.Core.Metrics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Evaluation.Core.Tests.Metrics;

public class RateTests
{
    [Theory]
    [InlineData(9211, 10000, "92.11%")]
    [InlineData(1, 3, "33.33%")]
    [InlineData(2, 3, "66.67%")]
    [InlineData(1, 8, "12.50%")]
    [InlineData(10000, 10000, "100.00%")]
    [InlineData(0, 5, "0.00%")]
    public void Display_rounds_half_away_from_zero_to_two_places(long n, long d, string expected) =>
        Assert.Equal(expected, new Rate(n, d).Format());

    [Fact]
    public void Half_away_from_zero_not_half_to_even()
    {
        Assert.Equal("0.13%", new Rate(1, 800).Format());   // 0.125% → 0.13%
        Assert.Equal("12.5%", new Rate(1, 8).Format(1));
        Assert.Equal("13%", new Rate(1, 8).Format(0));      // 12.5% → 13%
    }

    [Fact]
    public void A_rate_with_nothing_to_divide_by_is_not_applicable_and_shows_a_slash()
    {
        var rate = new Rate(0, 0);
        Assert.False(rate.IsApplicable);
        Assert.Null(rate.Value);
        Assert.Equal("/", rate.Format());
    }

    [Fact]
    public void Display_never_shows_100_percent_for_a_shortfall_nor_0_percent_for_a_hit()
    {
        Assert.Equal("99.99%", new Rate(99_999, 100_000).Format());
        Assert.Equal("0.01%", new Rate(1, 100_000).Format());
    }

    [Fact]
    public void A_numerator_above_its_denominator_is_rejected() =>
        Assert.Throws<ArgumentException>(() => new Rate(3, 2));

    [Fact]
    public void Combined_rates_are_the_ratio_of_sums_not_the_mean_of_rates()
    {
        Rate combined = new Rate(1, 1) + new Rate(0, 3);
        Assert.Equal(new Rate(1, 4), combined);
        Assert.Equal("25.00%", combined.Format());
    }

    [Property]
    public Property Rates_lie_between_zero_and_one_and_display_never_rounds_a_gap_away(NonNegativeInt a, NonNegativeInt b)
    {
        long n = Math.Min(a.Get, b.Get);
        long d = Math.Max(a.Get, b.Get);
        var rate = new Rate(n, d);
        string text = rate.Format();
        bool inRange = !rate.IsApplicable || (rate.Value >= 0 && rate.Value <= 1);
        bool honest = !rate.IsApplicable
            || ((text == "100.00%") == (n == d) && (text == "0.00%") == (n == 0));
        return (inRange && honest).Label($"{n}/{d} -> {text}");
    }

    /// <summary>
    /// The display, computed in 128-bit integers, is the decimal computation it replaced (divide in <see cref="decimal"/>,
    /// scale to a percentage, round half away from zero, then keep a gap from 0% and 100% visible) for every number of
    /// places: on small counts, on counts near 2^63, and on exact half-points, where the rounding direction shows.
    /// </summary>
    [Property(MaxTest = 1000)]
    public Property Display_is_the_decimal_rounding_it_replaced()
    {
        Gen<(long, long)> small = from d in Gen.Choose(1, 100_000) from n in Gen.Choose(0, d) select ((long)n, (long)d);
        Gen<(long, long)> large = from d in Gen.Choose(0, int.MaxValue).Select(x => long.MaxValue - x)
                                  from n in Gen.Elements(0L, 1L, 2L, 3L, long.MaxValue / 3, long.MaxValue / 2, long.MaxValue - 1).Select(x => Math.Min(x, d))
                                  from near in Gen.Choose(0, 1000)
                                  select (Math.Max(0, n - near), d);
        // N / D = (2k + 1) / (2 x 10^(places + 2)): exactly halfway between two displays.
        Gen<(long, long)> halves = from places in Gen.Choose(0, 6)
                                   from k in Gen.Choose(0, 1_000_000)
                                   let d = 2 * (long)Math.Pow(10, places + 2)
                                   from m in Gen.Choose(1, 1000)
                                   select (Math.Min(((2L * k) + 1) * m, d * m), d * m);
        // Denominators about where the 64-bit computation gives way to the 128-bit one, for some number of places.
        Gen<(long, long)> seam = from places in Gen.Choose(0, 6)
                                 from offset in Gen.Choose(-1000, 1000)
                                 let d = (long)(ulong.MaxValue / ((200 * (ulong)Math.Pow(10, places)) + 1)) + offset
                                 from n in Gen.Elements(0L, 1L, d / 3, d / 2, d - 1, d)
                                 select (n, d);
        return Prop.ForAll(Gen.OneOf(small, large, halves, seam).ToArbitrary(), Gen.Choose(0, 6).ToArbitrary(), (rate, places) =>
        {
            var r = new Rate(rate.Item1, rate.Item2);
            return (r.Format(places) == ReferenceFormat(r, places)).Label($"{r.Numerator}/{r.Denominator} to {places} places: {r.Format(places)}, reference {ReferenceFormat(r, places)}");
        });
    }

    [Property(MaxTest = 300)]
    public Property Formatting_into_a_span_writes_the_display_text_or_nothing_when_it_does_not_fit(NonNegativeInt a, NonNegativeInt b, byte places, byte room)
    {
        var rate = new Rate(Math.Min(a.Get, b.Get), b.Get);
        int decimals = places % 7;
        string expected = rate.Format(decimals);
        Span<char> span = stackalloc char[room % (Rate.MaxFormattedLength + 2)];
        bool fitted = rate.TryFormat(span, out int written, decimals);
        return (fitted == (expected.Length <= span.Length) && (fitted ? span[..written].ToString() == expected : written == 0)).ToProperty();
    }

    private static string ReferenceFormat(Rate rate, int decimals)
    {
        decimal step = 1m / (decimal)Math.Pow(10, decimals);
        decimal percent = Math.Round(rate.ToDecimal()!.Value * 100m, decimals, MidpointRounding.AwayFromZero);
        if (percent == 100m && rate.Numerator < rate.Denominator)
        {
            percent = 100m - step;
        }
        else if (percent == 0m && rate.Numerator > 0)
        {
            percent = step;
        }
        return percent.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%";
    }

    [Property]
    public bool Ordering_agrees_with_the_exact_value(NonNegativeInt a, PositiveInt b, NonNegativeInt c, PositiveInt d)
    {
        var x = new Rate(Math.Min(a.Get, b.Get), b.Get);
        var y = new Rate(Math.Min(c.Get, d.Get), d.Get);
        decimal dx = x.ToDecimal()!.Value;
        decimal dy = y.ToDecimal()!.Value;
        int sign = Math.Sign(x.CompareTo(y));
        return dx == dy ? (sign == Math.Sign(x.Denominator.CompareTo(y.Denominator))) : sign == (dx < dy ? -1 : 1) || Math.Abs(dx - dy) < 1e-20m;
    }
}
