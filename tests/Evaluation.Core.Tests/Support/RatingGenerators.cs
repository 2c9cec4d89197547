using System.Linq;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Cases;
using Evaluation.Core.Catalog;
using Evaluation.Core.Metrics;
using Evaluation.Core.Periods;
using Evaluation.Core.Ratings;
using Evaluation.Core.Rectification;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Evaluation.Core.Tests.Support;

/// <summary>A rating with the lifecycle facts decided for it.</summary>
public sealed record RatedFact(Rating Rating, RatingFacts Facts);

/// <summary>A generated list of ratings with facts.</summary>
public sealed record RatingSet(RatedFact[] Items);

/// <summary>A grouping and a degree of parallelism.</summary>
public sealed record GroupingCase(Grouping Grouping, int Parallelism);

/// <summary>Generators of ratings, groupings and tallies for the engine's properties.</summary>
public static class RatingGenerators
{
    private static readonly Instant Start = Instant.FromUtc(2022, 12, 20, 0, 0);

    /// <summary>
    /// A rating with its facts. <paramref name="nested"/> names each department and window after its unit (D2-1, W2-1),
    /// as a department or window of one unit is, and leaves them out only in unit 1, so that every code, none included,
    /// lies within one unit.
    /// </summary>
    public static Gen<RatedFact> RatedFact(bool nested = false) =>
        from unit in Gen.Choose(1, 4)
        from dept in Gen.Choose(nested && unit > 1 ? 1 : 0, 3)
        from matter in Gen.Choose(0, 70)
        from window in Gen.Choose(nested && unit > 1 ? 1 : 0, 2)
        from level in Gen.Choose(1, 5)
        from isDefault in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        from channel in Gen.Choose(1, 13)
        from minutes in Gen.Choose(0, 60 * 24 * 400)
        from realName in Gen.Elements(true, false)
        from isVoid in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        from verified in Gen.Elements(true, false)
        from state in Gen.Choose(0, 4)
        select Make(unit, dept, matter, window, isDefault ? System.Math.Max(level, 3) : level, isDefault, channel, minutes, realName, isVoid, verified, state, nested);

    private static RatedFact Make(int unit, int dept, int matter, int window, int level, bool isDefault, int channel, int minutes, bool realName, bool isVoid, bool verified, int state, bool nested)
    {
        var rating = new Rating(
            RatingId.Parse("R" + minutes),
            UnitCode.Parse("U" + unit),
            isDefault ? RatingChannel.System : (RatingChannel)channel,
            (RatingLevel)level,
            isDefault ? RatingOrigin.Default : RatingOrigin.Active,
            Start + Duration.FromMinutes(minutes),
            realName,
            caseNumber: matter == 0 ? null : CaseNumber.Parse("C" + minutes),
            matterCode: matter == 0 ? null : MatterCode.Parse("M" + matter),
            departmentCode: dept == 0 ? null : DepartmentCode.Parse(nested ? $"D{unit}-{dept}" : "D" + dept),
            windowCode: window == 0 ? null : WindowCode.Parse(nested ? $"W{unit}-{window}" : "W" + window));
        bool bad = level <= 2;
        var facts = new RatingFacts(isVoid, !isVoid && bad && verified, isVoid || !bad ? RectificationState.NotOwed : (RectificationState)System.Math.Max(1, state));
        return new RatedFact(rating, facts);
    }

    /// <summary>Ratings of units whose departments and windows are shared among them, or, in half the sets, each of one unit.</summary>
    public static Arbitrary<RatingSet> RatingSet() =>
        (from nested in Gen.Elements(false, true)
         from items in RatedFact(nested).ArrayOf()
         select new RatingSet(items)).ToArbitrary();

    public static Arbitrary<GroupingCase> GroupingCase()
    {
        Gen<GroupingDimension[]> dims = Gen.Elements(
            System.Array.Empty<GroupingDimension>(),
            [GroupingDimension.Unit],
            [GroupingDimension.Department],
            [GroupingDimension.Matter],
            [GroupingDimension.Window],
            [GroupingDimension.Channel],
            [GroupingDimension.Unit, GroupingDimension.Department],
            [GroupingDimension.Channel, GroupingDimension.Unit]);
        Gen<ReportingPeriodKind?> period = Gen.Elements<ReportingPeriodKind?>(null, ReportingPeriodKind.Day, ReportingPeriodKind.Week, ReportingPeriodKind.Month, ReportingPeriodKind.Quarter, ReportingPeriodKind.Year);
        return (from d in dims
                from p in period
                from par in Gen.Choose(1, 5)
                select new GroupingCase(new Grouping(d, p), par)).ToArbitrary();
    }

    public static Arbitrary<RatingTally> RatingTally() =>
        Gen.Choose(0, 1_000_000).Select(x => (long)x).ArrayOf(Evaluation.Core.Metrics.RatingTally.CounterCount)
            .Select(Evaluation.Core.Metrics.RatingTally.FromCounts).ToArbitrary();

    public static RatingBatch Build(RatedFact[] items, Evaluation.Core.Policies.EvaluationPolicy? policy = null, bool sortByDay = true)
    {
        var builder = new RatingBatch.Builder(policy ?? Evaluation.Core.Policies.EvaluationPolicy.National) { SortByDay = sortByDay };
        foreach (RatedFact item in items)
        {
            builder.Add(item.Rating, item.Facts);
        }
        return builder.Build();
    }

    public static string?[] KeyOf(Rating r, Grouping grouping) => [.. grouping.Dimensions.Select(d => d switch
    {
        GroupingDimension.Unit => r.UnitCode.Value,
        GroupingDimension.Department => r.DepartmentCode?.Value,
        GroupingDimension.Matter => r.MatterCode?.Value,
        GroupingDimension.Window => r.WindowCode?.Value,
        _ => r.Channel.ToCode(),
    })];
}
