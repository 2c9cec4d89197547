using System;
using System.Collections.Generic;
using System.Globalization;
using Evaluation.Core.Cases;
using Evaluation.Core.Catalog;
using Evaluation.Core.Ratings;
using NodaTime;

namespace Evaluation.Core.Benchmarks;

/// <summary>
/// Generated ratings with a fixed seed: 400 units, 50,000 matters, 12 months of 2023, a realistic mix of levels and
/// origins; when asked for, ten departments a unit, a rating's department its unit's department of the matter's last
/// digit (<see cref="DepartmentOf"/>).
/// </summary>
internal static class BenchmarkRatings
{
    internal const int Units = 400;
    internal const int Matters = 50_000;
    internal const int DepartmentsPerUnit = 10;

    private static readonly Instant YearStart = Instant.FromUtc(2022, 12, 31, 16, 0);

    internal static IEnumerable<Rating> Generate(int count, int seed = 42, bool withDepartments = false)
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
        var departments = new DepartmentCode[withDepartments ? Units * DepartmentsPerUnit : 0];
        for (int d = 0; d < departments.Length; d++)
        {
            departments[d] = DepartmentCode.Parse(FormattableString.Invariant($"D{d / DepartmentsPerUnit}-{d % DepartmentsPerUnit}"));
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
            int unit = random.Next(Units);
            Instant ratedAt = YearStart + Duration.FromSeconds(random.NextInt64(365L * 86400));
            bool realName = random.Next(2) == 0;
            int matter = random.Next(Matters);
            yield return new Rating(id, units[unit], channel, level, isDefault ? RatingOrigin.Default : RatingOrigin.Active, ratedAt, realName,
                caseNumber, matters[matter], withDepartments ? departments[DepartmentOf(unit, matter)] : null);
        }
    }

    /// <summary>The plain form a LINQ baseline works on.</summary>
    internal readonly record struct Row(int Unit, int Month, int Matter, byte Level, bool Active);

    /// <summary>The department of a rating of a unit and a matter: the unit's department of the matter's last digit.</summary>
    internal static int DepartmentOf(int unit, int matter) => (unit * DepartmentsPerUnit) + (matter % DepartmentsPerUnit);

    /// <summary>The same ratings as <see cref="Generate"/>, as plain rows (the month in China Standard Time).</summary>
    internal static Row[] Rows(int count, int seed = 42)
    {
        var rows = new Row[count];
        var random = new Random(seed);
        for (int i = 0; i < count; i++)
        {
            bool isDefault = random.Next(10) == 0;
            int roll = random.Next(1000);
            byte level = isDefault ? (byte)4 : roll < 3 ? (byte)1 : roll < 6 ? (byte)2 : roll < 40 ? (byte)3 : roll < 300 ? (byte)4 : (byte)5;
            if (!isDefault)
            {
                random.Next(13);
            }
            int unit = random.Next(Units);
            long seconds = random.NextInt64(365L * 86400);
            bool realName = random.Next(2) == 0;
            int matter = random.Next(Matters);
            int month = (YearStart + Duration.FromSeconds(seconds)).InZone(Zone).Month;
            rows[i] = new Row(unit, month, matter, level, !isDefault);
            _ = realName;
        }
        return rows;
    }

    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
}
