using System;
using System.Collections.Generic;
using System.Globalization;
using Evaluation.Core.Cases;
using Evaluation.Core.Catalog;
using Evaluation.Core.Metrics;
using Evaluation.Core.Ratings;
using NodaTime;

namespace Evaluation.Demo;

/// <summary>
/// Generates the demo data set: ratings of 2023 that reproduce every figure of the district table of Kaifeng's
/// report. Deterministic for a seed. Ratings are produced lazily, so a caller can stream millions of them into a
/// batch without holding them.
/// </summary>
/// <remarks>
/// For each district, with 10,000 matters in its catalogue: every rating is linked to a case; the active ratings are
/// the fewest whose share of all ratings displays as the published active rate; they cover exactly as many matters as
/// the published coverage rate of 10,000; default ratings (满意, through the system) cover the remaining matters; the
/// published number of active ratings are bad (level 1 or 2, with a comment), all rectified within the limit.
/// <paramref name="scale"/> below 1 shrinks every count for quick runs (figures then differ from the source).
/// </remarks>
/// <param name="seed">The seed of the level, channel and time mix.</param>
/// <param name="scale">The share of each district's ratings to generate, in (0, 1].</param>
public sealed class DemoDataSet(int seed = 2023, double scale = 1.0)
{
    /// <summary>The number of matters in each district's catalogue.</summary>
    public const int MattersPerDistrict = 10_000;

    private static readonly Instant YearStart = Instant.FromUtc(2022, 12, 31, 16, 0);
    private static readonly long YearSeconds = 365L * 24 * 3600;

    /// <summary>The seed.</summary>
    public int Seed { get; } = seed;

    /// <summary>The share of each district's ratings generated.</summary>
    public double Scale { get; } = scale > 0 && scale <= 1 ? scale : throw new ArgumentOutOfRangeException(nameof(scale), scale, "scale must be in (0, 1].");

    /// <summary>The service units of the district table.</summary>
    /// <returns>One unit per district, in the report's order.</returns>
    public static IEnumerable<ServiceUnit> Units()
    {
        foreach (DistrictFigures d in KaifengReport2023.Districts)
        {
            yield return new ServiceUnit(UnitCode.Parse(d.UnitCode), d.Name, UnitLevel.County, DivisionCode.Parse(d.UnitCode + "000000"));
        }
    }

    /// <summary>Every rating, district by district.</summary>
    /// <returns>The ratings.</returns>
    public IEnumerable<Rating> Ratings()
    {
        foreach (DistrictFigures district in KaifengReport2023.Districts)
        {
            foreach (Rating rating in DistrictRatings(district))
            {
                yield return rating;
            }
        }
    }

    /// <summary>
    /// The rectification of every bad rating: verified an hour after the rating, rectified and reported back the next
    /// day, all within any policy's limits, as the report's 100% rectification rate says.
    /// </summary>
    /// <returns>One order per bad rating.</returns>
    public IEnumerable<Evaluation.Core.Rectification.RectificationOrder> Rectifications()
    {
        foreach (Rating rating in Ratings())
        {
            if (rating.Level <= RatingLevel.Dissatisfied)
            {
                yield return new Evaluation.Core.Rectification.RectificationOrder(
                    rating.Id,
                    rating.RatedAt + Duration.FromHours(1),
                    rating.RatedAt + Duration.FromHours(20),
                    rating.RatedAt + Duration.FromHours(21),
                    Evaluation.Core.Rectification.RectificationOutcome.FixedAtOnce);
            }
        }
    }

    /// <summary>The number of ratings generated for a district.</summary>
    /// <param name="district">The district.</param>
    /// <returns>The count.</returns>
    public long RatingCount(DistrictFigures district)
    {
        ArgumentNullException.ThrowIfNull(district);
        return Math.Max(MattersPerDistrict * 2, (long)Math.Round(district.Ratings * Scale));
    }

    private IEnumerable<Rating> DistrictRatings(DistrictFigures district)
    {
        var random = new Random(HashCode.Combine(Seed, district.Number));
        long total = RatingCount(district);
        long active = FewestFor(district.ActiveRate, total);
        int rated = (int)FewestFor(district.CoverageRate, MattersPerDistrict);
        var unit = UnitCode.Parse(district.UnitCode);
        long bad = district.Bad;
        for (long i = 0; i < total; i++)
        {
            bool isActive = i < active;
            int matter = isActive
                ? (int)(i % rated)
                : rated + (int)((i - active) % Math.Max(1, MattersPerDistrict - rated));
            if (!isActive && rated == MattersPerDistrict)
            {
                matter = (int)(i % MattersPerDistrict);
            }
            Instant at = YearStart + Duration.FromSeconds((long)(random.NextDouble() * YearSeconds));
            string key = string.Create(CultureInfo.InvariantCulture, $"{district.UnitCode}-{i:D7}");
            RatingLevel level = isActive
                ? (i < bad ? (i % 2 == 0 ? RatingLevel.VeryDissatisfied : RatingLevel.Dissatisfied) : (random.Next(10) < 7 ? RatingLevel.VerySatisfied : RatingLevel.Satisfied))
                : RatingLevel.Satisfied;
            RatingChannel channel = isActive ? Channels[random.Next(Channels.Length)] : RatingChannel.System;
            yield return new Rating(
                RatingId.Parse("R" + key),
                unit,
                channel,
                level,
                isActive ? RatingOrigin.Active : RatingOrigin.Default,
                at,
                isRealName: isActive && random.Next(4) != 0,
                caseNumber: CaseNumber.Parse("C" + key),
                matterCode: MatterCode.Parse(string.Create(CultureInfo.InvariantCulture, $"M{district.UnitCode}-{matter:D5}")),
                comment: level <= RatingLevel.Dissatisfied ? "办理时间过长" : null);
        }
    }

    private static readonly RatingChannel[] Channels =
    [
        RatingChannel.Pc, RatingChannel.App, RatingChannel.MiniProgram, RatingChannel.QrStatic, RatingChannel.QrStatic,
        RatingChannel.Device, RatingChannel.Sms, RatingChannel.QrDynamic,
    ];

    /// <summary>The fewest successes out of <paramref name="total"/> whose rate displays as <paramref name="printed"/>.</summary>
    private static long FewestFor(string printed, long total)
    {
        decimal target = decimal.Parse(printed.TrimEnd('%'), CultureInfo.InvariantCulture) / 100m;
        long guess = (long)Math.Floor(target * total);
        for (long n = Math.Max(0, guess - 2); n <= Math.Min(total, guess + 2); n++)
        {
            if (new Rate(n, total).Format() == printed)
            {
                return n;
            }
        }
        throw new InvalidOperationException($"No count out of {total} displays as {printed}.");
    }
}
