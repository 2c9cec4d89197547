using Evaluation.IO.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace Evaluation.IO.Tests;

/// <summary>An instant written without a pattern reads as NodaTime's own patterns write it, for any instant NodaTime can hold.</summary>
public class InstantTextProperties
{
    /// <summary>Instants over NodaTime's whole range, their fractions whole seconds, milliseconds, microseconds or any nanosecond, and the range's ends.</summary>
    private static readonly Gen<Instant> Instants =
        from seconds in Gen.Choose(-2_000_000, 2_000_000).Select(s => s * 100_000L)
        from unit in Gen.Elements(0L, 1_000_000L, 1_000L, 1L)
        from fraction in Gen.Choose(0, 999_999_999)
        from edge in Gen.Frequency((30, Gen.Constant(0)), (1, Gen.Constant(1)), (1, Gen.Constant(2)))
        select edge switch
        {
            1 => Instant.MinValue,
            2 => Instant.MaxValue,
            _ => Instant.FromUnixTimeSeconds(seconds) + Duration.FromNanoseconds(unit == 0 ? 0 : fraction / unit * unit),
        };

    [Property(MaxTest = 3000)]
    public Property The_extended_ISO_text_is_NodaTimes() =>
        Prop.ForAll(Instants.ToArbitrary(), instant => InstantText.ExtendedIso(instant) == InstantPattern.ExtendedIso.Format(instant));

    [Property(MaxTest = 3000)]
    public Property The_general_text_is_NodaTimes_and_an_instants_own() =>
        Prop.ForAll(Instants.ToArbitrary(), instant =>
            InstantText.General(instant) == InstantPattern.General.Format(instant) && InstantText.General(instant) == instant.ToString());

    [Theory]
    [InlineData(0, "2023-12-28T15:59:59Z", "2023-12-28T15:59:59Z")]
    [InlineData(500_000_000, "2023-12-28T15:59:59.5Z", "2023-12-28T15:59:59Z")]
    [InlineData(120_000, "2023-12-28T15:59:59.00012Z", "2023-12-28T15:59:59Z")]
    [InlineData(999_999_999, "2023-12-28T15:59:59.999999999Z", "2023-12-28T15:59:59Z")]
    public void A_fraction_of_the_second_is_written_without_its_trailing_zeros_or_left_out(int nanoseconds, string extended, string general)
    {
        Instant instant = Instant.FromUtc(2023, 12, 28, 15, 59, 59) + Duration.FromNanoseconds(nanoseconds);
        Assert.Equal(extended, InstantText.ExtendedIso(instant));
        Assert.Equal(general, InstantText.General(instant));
    }
}
