using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Evaluation.Core.Cases;
using Evaluation.Core.Catalog;
using Evaluation.Core.FollowUps;
using Evaluation.Core.Metrics;
using Evaluation.Core.Ratings;
using Evaluation.Core.Rectification;
using Evaluation.Core.Validation;
using NodaTime;

namespace Evaluation.Demo;

/// <summary>
/// Generates the demo data set: the records of 2023 that reproduce every figure of the four tables of Kaifeng's report
/// (districts, static QR codes, 有诉即办 windows, civic-centre departments). Deterministic for a seed; records are
/// produced lazily, so millions of them can be streamed without being held.
/// </summary>
/// <remarks>
/// <para>District table: for each district, one case per rating, all completed in 2023 and rated in 2023; the active ratings are the fewest whose
/// share displays as the published active rate; among 10,000 matters per district, active ratings cover exactly as many
/// as the published coverage rate and default ratings (满意, through the system) the rest; the published number of active
/// ratings are bad, with a comment. These ratings come through online and device channels, never the static QR code.</para>
/// <para>Static-QR table: ratings through the static QR code at each unit's hall, not linked to cases: the published yearly
/// number, of which the December number fall in December 2023 and the published December bad ones are bad.</para>
/// <para>Requests table: the first cases of each district, and cases of the civic centre and the demonstration zone, are
/// accepted at the 导办帮办代办, 万人助万企 and 办不成事 windows in the published numbers; a unit has a window of a kind
/// unless the table prints "/".</para>
/// <para>Civic-centre table: static-QR ratings of the civic centre (市民之家) by department.</para>
/// <para>Every bad rating is verified, rectified and reported back within a day; the civic centre's window cases are
/// followed up, most within the hour. <paramref name="scale"/> below 1 shrinks every count for quick runs (figures
/// then differ from the source).</para>
/// </remarks>
/// <param name="seed">The seed of the level, channel and time mix.</param>
/// <param name="scale">The share of each count to generate, in (0, 1].</param>
public sealed class DemoDataSet(int seed = 2023, double scale = 1.0)
{
    /// <summary>The number of matters in each district's catalogue.</summary>
    public const int MattersPerDistrict = 10_000;

    private static readonly Instant YearStart = Instant.FromUtc(2022, 12, 31, 16, 0);
    private static readonly Instant DecemberStart = Instant.FromUtc(2023, 11, 30, 16, 0);
    private static readonly Instant YearEnd = Instant.FromUtc(2023, 12, 31, 16, 0);
    private static readonly Duration DefaultRatingDelay = Duration.FromDays(12);

    private static readonly RatingChannel[] CaseChannels =
    [
        RatingChannel.Pc, RatingChannel.App, RatingChannel.MiniProgram, RatingChannel.Alipay, RatingChannel.QrDynamic,
        RatingChannel.Device, RatingChannel.Sms, RatingChannel.Phone,
    ];

    /// <summary>The seed.</summary>
    public int Seed { get; } = seed;

    /// <summary>The share of each count generated.</summary>
    public double Scale { get; } = scale > 0 && scale <= 1 ? scale : throw new ArgumentOutOfRangeException(nameof(scale), scale, "scale must be in (0, 1].");

    /// <summary>The service units: the civic centre, the demonstration zone, then the nine districts in the report's order.</summary>
    /// <returns>The units.</returns>
    public static IEnumerable<ServiceUnit> Units()
    {
        yield return new ServiceUnit(UnitCode.Parse(KaifengReport2023.CivicCentreCode), "市民之家", UnitLevel.City, DivisionCode.Parse("410200000000"));
        yield return new ServiceUnit(UnitCode.Parse(KaifengReport2023.DemonstrationZoneCode), "示范区", UnitLevel.FunctionalZone);
        foreach (DistrictFigures d in KaifengReport2023.Districts)
        {
            yield return new ServiceUnit(UnitCode.Parse(d.UnitCode), d.Name, UnitLevel.County, DivisionCode.Parse(d.UnitCode + "000000"));
        }
    }

    /// <summary>The departments of the civic centre.</summary>
    /// <returns>The departments, in the table's order.</returns>
    public static IEnumerable<Department> Departments() =>
        KaifengReport2023.CivicCentre.Select(d => new Department(DepartmentCode.Parse(d.DepartmentCode), d.Name, UnitCode.Parse(KaifengReport2023.CivicCentreCode)));

    /// <summary>The 有诉即办 windows: one per kind a unit has.</summary>
    /// <returns>The windows.</returns>
    public static IEnumerable<ServiceWindow> Windows()
    {
        foreach (RequestFigures r in KaifengReport2023.Requests)
        {
            foreach ((WindowKind kind, long? count, string name) in WindowKinds(r))
            {
                if (count is not null)
                {
                    yield return new ServiceWindow(WindowOf(r.UnitCode, kind), name, UnitCode.Parse(r.UnitCode), null, kind);
                }
            }
        }
    }

    /// <summary>Every case: the districts' rated cases, then the window cases of the civic centre and the demonstration zone.</summary>
    /// <returns>The cases.</returns>
    public IEnumerable<ServiceCase> Cases() =>
        KaifengReport2023.Districts.SelectMany(d => DistrictRecords(d).Select(p => p.Case)).Concat(UnratedWindowCases());

    /// <summary>Every rating: the districts' case ratings, the static-QR ratings, and the civic centre's department ratings.</summary>
    /// <returns>The ratings.</returns>
    public IEnumerable<Rating> Ratings() =>
        KaifengReport2023.Districts.SelectMany(d => DistrictRecords(d).Select(p => p.Rating)).Concat(QrRatings()).Concat(CivicCentreRatings());

    /// <summary>The rectification of every bad rating: verified an hour after it, rectified and reported back the next day.</summary>
    /// <returns>One order per bad rating.</returns>
    public IEnumerable<RectificationOrder> Rectifications() => RectificationsOf(Ratings());

    private static IEnumerable<RectificationOrder> RectificationsOf(IEnumerable<Rating> ratings) =>
        ratings.Where(r => r.Level <= RatingLevel.Dissatisfied).Select(r => new RectificationOrder(
            r.Id, r.RatedAt + Duration.FromHours(1), r.RatedAt + Duration.FromHours(20), r.RatedAt + Duration.FromHours(21), RectificationOutcome.FixedAtOnce));

    /// <summary>Follow-ups of the civic centre's window cases: nine in ten, most within the hour, one in thirty dissatisfied.</summary>
    /// <returns>The follow-ups.</returns>
    public IEnumerable<FollowUp> FollowUps()
    {
        var random = new Random(Mix(Seed, 7919));
        foreach (ServiceCase c in UnratedWindowCases().Where(c => c.UnitCode.Value == KaifengReport2023.CivicCentreCode))
        {
            if (random.Next(10) == 0)
            {
                continue;
            }
            Duration after = Duration.FromMinutes(random.Next(10) == 0 ? 150 + random.Next(600) : 10 + random.Next(100));
            yield return new FollowUp(c.Number, c.CompletedAt!.Value + after, (FollowUpChannel)(1 + random.Next(4)), random.Next(30) != 0);
        }
    }

    /// <summary>Everything, as a record set for validation, generated in one pass.</summary>
    /// <returns>The records.</returns>
    public RecordSet ToRecordSet()
    {
        // Districts are independent streams: generate them side by side, then concatenate in the report's order.
        var perDistrict = new List<(ServiceCase Case, Rating Rating)>[KaifengReport2023.Districts.Length];
        System.Threading.Tasks.Parallel.For(0, perDistrict.Length, i => perDistrict[i] = [.. DistrictRecords(KaifengReport2023.Districts[i])]);
        var districtRecords = perDistrict.SelectMany(d => d).ToList();
        var ratings = districtRecords.Select(p => p.Rating).Concat(QrRatings()).Concat(CivicCentreRatings()).ToList();
        return new RecordSet
        {
            Units = RecordSet.FromApi(Units()),
            Departments = RecordSet.FromApi(Departments()),
            Windows = RecordSet.FromApi(Windows()),
            Cases = RecordSet.FromApi(districtRecords.Select(p => p.Case).Concat(UnratedWindowCases())),
            Ratings = RecordSet.FromApi(ratings),
            Rectifications = RecordSet.FromApi(RectificationsOf(ratings)),
            FollowUps = RecordSet.FromApi(FollowUps()),
        };
    }

    /// <summary>The number of case ratings generated for a district.</summary>
    /// <param name="district">The district.</param>
    /// <returns>The count.</returns>
    public long RatingCount(DistrictFigures district)
    {
        ArgumentNullException.ThrowIfNull(district);
        return Math.Max(MattersPerDistrict * 2, Scaled(district.Ratings));
    }

    private long Scaled(long count) => count == 0 ? 0 : Math.Max(1, (long)Math.Round(count * Scale));

    private IEnumerable<(ServiceCase Case, Rating Rating)> DistrictRecords(DistrictFigures district)
    {
        var random = new Random(Mix(Seed, district.Number));
        long total = RatingCount(district);
        long active = FewestFor(district.ActiveRate, total);
        int rated = (int)FewestFor(district.CoverageRate, MattersPerDistrict);
        var unit = UnitCode.Parse(district.UnitCode);
        RequestFigures requests = KaifengReport2023.Requests.Single(r => r.UnitCode == district.UnitCode);
        var windowRuns = WindowKinds(requests).Select(k => (k.Kind, Count: Scaled(k.Count ?? 0))).ToArray();
        var matterCodes = new MatterCode[MattersPerDistrict];
        for (int m = 0; m < MattersPerDistrict; m++)
        {
            matterCodes[m] = MatterCode.Parse(string.Create(CultureInfo.InvariantCulture, $"M{district.UnitCode}-{m:D5}"));
        }
        long bad = district.Bad;
        for (long i = 0; i < total; i++)
        {
            bool isActive = i < active;
            int matter = isActive || rated == MattersPerDistrict
                ? (int)(i % (isActive ? rated : MattersPerDistrict))
                : rated + (int)((i - active) % (MattersPerDistrict - rated));
            // A default rating comes twelve days after its case's completion, so both fall in 2023 as an active one and its case do.
            long earliest = isActive ? 7200 : DefaultRatingDelay.ToInt64Nanoseconds() / 1_000_000_000 + 3600;
            Instant at = YearStart + Duration.FromSeconds(random.NextInt64(365L * 86400 - earliest) + earliest);
            var caseNumber = CaseNumber.Parse(string.Create(CultureInfo.InvariantCulture, $"C{district.UnitCode}-{i:D7}"));
            MatterCode matterCode = matterCodes[matter];
            Instant completed = isActive ? at - Duration.FromHours(1) : at - DefaultRatingDelay;
            var @case = new ServiceCase(caseNumber, matterCode, unit, completed - Duration.FromHours(1), completed, windowCode: WindowAt(district.UnitCode, windowRuns, i));
            RatingLevel level = isActive
                ? (i < bad ? (i % 2 == 0 ? RatingLevel.VeryDissatisfied : RatingLevel.Dissatisfied) : (random.Next(10) < 7 ? RatingLevel.VerySatisfied : RatingLevel.Satisfied))
                : RatingLevel.Satisfied;
            var rating = new Rating(
                RatingId.Parse(string.Create(CultureInfo.InvariantCulture, $"R{district.UnitCode}-{i:D7}")),
                unit,
                isActive ? CaseChannels[random.Next(CaseChannels.Length)] : RatingChannel.System,
                level,
                isActive ? RatingOrigin.Active : RatingOrigin.Default,
                at,
                isRealName: isActive && random.Next(4) != 0,
                caseNumber: caseNumber,
                matterCode: matterCode,
                windowCode: @case.WindowCode,
                comment: level <= RatingLevel.Dissatisfied ? "办理时间过长" : null);
            yield return (@case, rating);
        }
    }

    private IEnumerable<ServiceCase> UnratedWindowCases()
    {
        foreach (RequestFigures r in KaifengReport2023.Requests.Where(r => r.UnitCode is KaifengReport2023.CivicCentreCode or KaifengReport2023.DemonstrationZoneCode))
        {
            var random = new Random(Mix(Seed, StableHash(r.UnitCode)));
            foreach ((WindowKind kind, long? count, _) in WindowKinds(r))
            {
                for (long i = 0; i < Scaled(count ?? 0); i++)
                {
                    Instant accepted = YearStart + Duration.FromSeconds(random.NextInt64(365L * 86400 - 7200));
                    string number = string.Create(CultureInfo.InvariantCulture, $"C{r.UnitCode}-{(int)kind}-{i:D6}");
                    yield return new ServiceCase(CaseNumber.Parse(number), MatterCode.Parse("M" + r.UnitCode + "-00000"), UnitCode.Parse(r.UnitCode),
                        accepted, accepted + Duration.FromMinutes(20 + random.Next(60)), windowCode: WindowOf(r.UnitCode, kind));
                }
            }
        }
    }

    private IEnumerable<Rating> QrRatings()
    {
        foreach (QrFigures q in KaifengReport2023.StaticQr)
        {
            var random = new Random(Mix(Seed, StableHash("qr" + q.UnitCode)));
            long december = Scaled(q.December);
            long year = Math.Max(december, Scaled(q.Year));
            for (long i = 0; i < year; i++)
            {
                bool inDecember = i < december;
                Instant at = inDecember ? Between(random, DecemberStart, YearEnd) : Between(random, YearStart, DecemberStart);
                RatingLevel level = inDecember && i < q.DecemberBad ? RatingLevel.VeryDissatisfied : random.Next(10) < 8 ? RatingLevel.VerySatisfied : RatingLevel.Satisfied;
                yield return new Rating(
                    RatingId.Parse(string.Create(CultureInfo.InvariantCulture, $"Q{q.UnitCode}-{i:D7}")),
                    UnitCode.Parse(q.UnitCode), RatingChannel.QrStatic, level, RatingOrigin.Active, at, isRealName: true,
                    comment: level == RatingLevel.VeryDissatisfied ? "窗口人员态度生硬" : null);
            }
        }
    }

    private IEnumerable<Rating> CivicCentreRatings()
    {
        foreach (CivicCentreFigures d in KaifengReport2023.CivicCentre)
        {
            var random = new Random(Mix(Seed, StableHash(d.DepartmentCode)));
            long december = Scaled(d.December);
            long year = Math.Max(december, Scaled(d.Year));
            for (long i = 0; i < year; i++)
            {
                Instant at = i < december ? Between(random, DecemberStart, YearEnd) : Between(random, YearStart, DecemberStart);
                yield return new Rating(
                    RatingId.Parse(string.Create(CultureInfo.InvariantCulture, $"S{d.DepartmentCode}-{i:D6}")),
                    UnitCode.Parse(KaifengReport2023.CivicCentreCode), RatingChannel.QrStatic,
                    random.Next(10) < 8 ? RatingLevel.VerySatisfied : RatingLevel.Satisfied, RatingOrigin.Active, at, isRealName: true,
                    departmentCode: DepartmentCode.Parse(d.DepartmentCode));
            }
        }
    }

    /// <summary>Mixes the seed with a stream number; unlike <see cref="HashCode"/>, the same in every process.</summary>
    private static int Mix(int seed, int stream) => unchecked((seed * 1_000_003) ^ (stream * 7_368_787));

    private static int StableHash(string text)
    {
        int hash = 17;
        foreach (char c in text)
        {
            hash = unchecked((hash * 31) + c);
        }
        return hash;
    }

    private static Instant Between(Random random, Instant from, Instant to) => from + Duration.FromSeconds(random.NextInt64((to - from).ToInt64Nanoseconds() / 1_000_000_000));

    private static IEnumerable<(WindowKind Kind, long? Count, string Name)> WindowKinds(RequestFigures r) =>
    [
        (WindowKind.Assisted, r.Assisted, "导办、帮办、代办窗口"),
        (WindowKind.Enterprise, r.Enterprise, "万人助万企窗口"),
        (WindowKind.Unresolved, r.Unresolved, "办不成事监督窗口"),
    ];

    private static WindowCode WindowOf(string unit, WindowKind kind) => WindowCode.Parse($"W{unit}-{kind}");

    private static WindowCode? WindowAt(string unit, (WindowKind Kind, long Count)[] runs, long index)
    {
        foreach ((WindowKind kind, long count) in runs)
        {
            if (index < count)
            {
                return WindowOf(unit, kind);
            }
            index -= count;
        }
        return null;
    }

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
