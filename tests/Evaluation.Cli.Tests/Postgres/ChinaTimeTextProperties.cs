using System;
using System.Globalization;
using System.Linq;
using Evaluation.Npgsql.Reading;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace Evaluation.Cli.Tests.Postgres;

/// <summary>
/// A <c>timestamptz</c> read with binary <c>COPY</c> is written as the format's text in China Standard Time: by integer
/// arithmetic from 1970 to 2099, through NodaTime's fields outside, the same text either way as NodaTime's own pattern
/// gives (six digits of microseconds when there are any, none otherwise), whatever the instants written before by the
/// same writer (it keeps the last date it wrote).
/// </summary>
public class ChinaTimeTextProperties
{
    private const long MicrosecondsPerDay = 86_400_000_000;

    private static readonly OffsetDateTimePattern Seconds = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss");

    /// <summary>Instants near the ends of the arithmetic's range, and anywhere from 1860 to 2199.</summary>
    private static readonly Gen<long> Microseconds = Gen.OneOf(
        Gen.Choose(-40_000, 84_000).Select(day => day * MicrosecondsPerDay),
        from day in Gen.Choose(-40_000, 84_000)
        from second in Gen.Choose(0, 86_399)
        from micro in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(0, 999_999)))
        select (day * MicrosecondsPerDay) + (second * 1_000_000L) + micro,
        Gen.Elements(-8 * 3_600_000_000L, 47_482 * MicrosecondsPerDay - 8 * 3_600_000_000L)
            .SelectMany(edge => Gen.Choose(-3, 3).Select(step => edge + step)));

    /// <summary>Runs of instants as a copy gives them: some on one day, some on the next, some anywhere.</summary>
    private static readonly Gen<long[]> Runs =
        from first in Microseconds
        from steps in Gen.Frequency(
            (3, Gen.Choose(0, 3_600).Select(seconds => seconds * 1_000_000L)),
            (1, Gen.Choose(-2, 2).Select(days => days * MicrosecondsPerDay)),
            (1, Microseconds.Select(anywhere => anywhere - first))).ArrayOf()
        select steps.Select(step => first + step).Prepend(first).ToArray();

    [Property(MaxTest = 1_000)]
    public Property Text_is_nodatimes_for_any_instant_after_any_others() =>
        Prop.ForAll(Runs.ToArbitrary(), run =>
        {
            var writer = new ChinaTimeText();
            char[] into = new char[ChinaTimeText.MaxLength];
            foreach (long microseconds in run)
            {
                string text = into.AsSpan(0, writer.Write(microseconds, into)).ToString();
                if (text != Reference(microseconds))
                {
                    return false.Label($"{microseconds}: {text} against {Reference(microseconds)}");
                }
            }
            return true.ToProperty();
        });

    [Fact]
    public void Days_around_the_arithmetics_ends_and_a_leap_day()
    {
        Assert.Equal("1970-01-01T00:00:00+08:00", Written(-8 * 3_600_000_000L));
        Assert.Equal("1969-12-31T23:59:59.999999+08:00", Written((-8 * 3_600_000_000L) - 1));
        Assert.Equal("2099-12-31T23:59:59.999999+08:00", Written((47_482 * MicrosecondsPerDay) - (8 * 3_600_000_000L) - 1));
        Assert.Equal("2100-01-01T00:00:00+08:00", Written((47_482 * MicrosecondsPerDay) - (8 * 3_600_000_000L)));
        Assert.Equal("2024-02-29T08:00:00.000001+08:00", Written((19_782 * MicrosecondsPerDay) + 1));
    }

    [Fact]
    public void Infinities_are_written_as_their_numbers_for_the_rules_to_refuse()
    {
        Assert.Equal(long.MaxValue.ToString(CultureInfo.InvariantCulture), Written(long.MaxValue));
        Assert.Equal(long.MinValue.ToString(CultureInfo.InvariantCulture), Written(long.MinValue));
    }

    private static string Written(long microseconds)
    {
        Span<char> into = stackalloc char[ChinaTimeText.MaxLength];
        return into[..new ChinaTimeText().Write(microseconds, into)].ToString();
    }

    private static string Reference(long microseconds)
    {
        OffsetDateTime time = Instant.FromUnixTimeTicks(microseconds * 10).WithOffset(Offset.FromHours(8));
        string fraction = time.NanosecondOfSecond == 0 ? "" : "." + (time.NanosecondOfSecond / 1000).ToString("D6", CultureInfo.InvariantCulture);
        return Seconds.Format(time) + fraction + "+08:00";
    }
}
