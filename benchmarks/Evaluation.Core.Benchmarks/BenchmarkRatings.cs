using System;
using System.Collections.Generic;
using System.Globalization;
using Evaluation.Core.Cases;
using Evaluation.Core.Catalog;
using Evaluation.Core.Ratings;
using NodaTime;

namespace Evaluation.Core.Benchmarks;

/// <summary>Generated ratings with a fixed seed: 400 units, 50,000 matters, 12 months of 2023, a realistic mix of levels and origins.</summary>
internal static class BenchmarkRatings
{
    internal const int Units = 400;
    internal const int Matters = 50_000;

    private static readonly Instant YearStart = Instant.FromUtc(2022, 12, 31, 16, 0);

    internal static IEnumerable<Rating> Generate(int count, int seed = 42)
    {
        var random = new Random(seed);
        var units = new UnitCode[Units];
        for (int u = 0; u < Units; u++)
        {
            units[u] = UnitCode.Parse("U" + u.ToString(CultureInfo.InvariantCulture));
        }
        var matters = new MatterCode[Matters];
        for (int m = 0; m < Matters; m++)
        {
            matters[m] = MatterCode.Parse("M" + m.ToString(CultureInfo.InvariantCulture));
        }
        var id = RatingId.Parse("R1");
        var caseNumber = CaseNumber.Parse("C1");
        for (int i = 0; i < count; i++)
        {
            bool isDefault = random.Next(10) == 0;
            int roll = random.Next(1000);
            RatingLevel level = isDefault ? RatingLevel.Satisfied
                : roll < 3 ? RatingLevel.VeryDissatisfied
                : roll < 6 ? RatingLevel.Dissatisfied
                : roll < 40 ? RatingLevel.FairlySatisfied
                : roll < 300 ? RatingLevel.Satisfied
                : RatingLevel.VerySatisfied;
            RatingChannel channel = isDefault ? RatingChannel.System : (RatingChannel)(1 + random.Next(13));
            yield return new Rating(id, units[random.Next(Units)], channel, level, isDefault ? RatingOrigin.Default : RatingOrigin.Active,
                YearStart + Duration.FromSeconds(random.NextInt64(365L * 86400)), random.Next(2) == 0,
                caseNumber, matters[random.Next(Matters)]);
        }
    }

    /// <summary>The plain form a LINQ baseline works on.</summary>
    internal readonly record struct Row(int Unit, int Month, int Matter, byte Level, bool Active);

    internal static Row[] Rows(IEnumerable<Rating> ratings, int count)
    {
        var rows = new Row[count];
        int i = 0;
        foreach (Rating r in ratings)
        {
            LocalDate date = r.RatedAt.InZone(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).Date;
            rows[i++] = new Row(int.Parse(r.UnitCode.Value.AsSpan(1), CultureInfo.InvariantCulture), date.Month,
                int.Parse(r.MatterCode!.Value.Value.AsSpan(1), CultureInfo.InvariantCulture), (byte)r.Level, r.Origin == RatingOrigin.Active);
        }
        return rows;
    }
}
