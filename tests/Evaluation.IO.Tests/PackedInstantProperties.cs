using System.Runtime.CompilerServices;
using Evaluation.Core.Periods;
using Evaluation.IO.Columnar;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Evaluation.IO.Tests;

/// <summary>Table rows keep instants packed; packing loses nothing and keeps their order, for any instant NodaTime can hold.</summary>
public class PackedInstantProperties
{
    private static readonly Gen<Instant> Instants =
        from ticks in Gen.Choose(-2_000_000, 2_000_000).Select(t => t * 1_000_000_000_000L / 7)
        from nanos in Gen.Choose(0, 99)
        from edge in Gen.Frequency((20, Gen.Constant(0)), (1, Gen.Constant(1)), (1, Gen.Constant(2)))
        select edge switch
        {
            1 => Instant.MinValue,
            2 => Instant.MaxValue,
            _ => Instant.FromUnixTimeTicks(ticks) + Duration.FromNanoseconds(nanos),
        };

    [Property(MaxTest = 2000)]
    public Property Packing_an_instant_round_trips_to_the_nanosecond() =>
        Prop.ForAll(Instants.ToArbitrary(), instant => PackedInstant.From(instant).Value == instant);

    [Property(MaxTest = 2000)]
    public Property No_instant_packs_as_the_mark_of_none()
    {
        // Any instant, or one in the days around the epoch (where a packed day's number is near 0).
        Gen<Instant> instants = Gen.OneOf(
            Instants,
            from day in Gen.Choose(-3, 3)
            from second in Gen.Choose(0, 86_399)
            select NodaConstants.UnixEpoch + Duration.FromDays(day) + Duration.FromSeconds(second));
        return Prop.ForAll(instants.ToArbitrary(), instant => !PackedInstant.From(instant).IsNone && PackedInstant.None.IsNone);
    }

    [Property(MaxTest = 300)]
    public Property A_case_row_is_completed_exactly_when_its_case_is_and_keeps_its_instants(bool completed)
    {
        Gen<(Instant, Instant)> pairs = from a in Instants from b in Instants select (a, b);
        return Prop.ForAll(pairs.ToArbitrary(), pair =>
        {
            var row = new CaseRow { AcceptedAt = pair.Item1, PackedCompletedAt = completed ? PackedInstant.From(pair.Item2) : PackedInstant.None };
            return row.IsCompleted == completed && row.AcceptedAt == pair.Item1 && (!completed || row.CompletedAt == pair.Item2)
                && (completed ? row.PackedLastInstant.Value == pair.Item2 : row.PackedLastInstant.Value == pair.Item1);
        });
    }

    /// <summary>A rating's window of days, compared packed, agrees with the durations between the instants, to the nanosecond.</summary>
    [Property(MaxTest = 3000)]
    public Property Within_days_of_an_instant_packed_is_within_that_many_days_of_it()
    {
        // The second instant is often some whole days and a little after or before the first, or exactly on the bound.
        Gen<(Instant, Instant, int)> cases =
            from earlier in Instants.Where(i => i > Instant.MinValue + Duration.FromDays(60) && i < Instant.MaxValue - Duration.FromDays(60))
            from days in Gen.Choose(0, 30)
            from offsetDays in Gen.Choose(-3, 33)
            from nanos in Gen.OneOf(Gen.Constant(0L), Gen.Choose(-2, 2).Select(n => (long)n), Gen.Choose(-86_399, 86_399).Select(s => s * 1_000_000_000L))
            select (earlier, earlier + Duration.FromDays(offsetDays) + Duration.FromNanoseconds(nanos), days);
        return Prop.ForAll(cases.ToArbitrary(), c =>
            PackedInstant.From(c.Item2).IsWithinDaysOf(PackedInstant.From(c.Item1), c.Item3) == (c.Item2 - c.Item1 <= Duration.FromDays(c.Item3)));
    }

    [Property(MaxTest = 2000)]
    public Property Packed_instants_are_ordered_as_the_instants_they_hold()
    {
        // The second instant is often within a day of the first (the same day or the next), or the same instant.
        Gen<(Instant, Instant)> pairs =
            from a in Instants
            from b in Gen.OneOf(
                Instants,
                Gen.Constant(a),
                Gen.Choose(-86_400_000, 86_400_000).Select(ms => a == Instant.MinValue || a == Instant.MaxValue ? a : a.PlusNanoseconds(ms * 1_000_000L)))
            select (a, b);
        return Prop.ForAll(pairs.ToArbitrary(), pair => PackedInstant.From(pair.Item1).IsAfter(PackedInstant.From(pair.Item2)) == pair.Item1 > pair.Item2);
    }

    [Property(MaxTest = 2000)]
    public Property The_local_date_in_China_of_a_packed_instant_is_that_of_the_instant()
    {
        // Instants anywhere, and near the fixed offset's start and near midnight in China, where the day turns.
        Instant since = ChinaTime.FixedOffsetSince;
        Instant chinaMidnight = Instant.FromUtc(1991, 9, 15, 16, 0);
        Gen<Instant> near =
            from day in Gen.Choose(-3, 20_000)
            from nanos in Gen.OneOf(Gen.Elements(0L, 1L, -1L), Gen.Choose(-2_000, 2_000).Select(n => (long)n * 1_000_000L))
            select chinaMidnight + Duration.FromDays(day) + Duration.FromNanoseconds(nanos);
        Gen<Instant> instants = Gen.OneOf(Instants.Where(i => i != Instant.MinValue && i != Instant.MaxValue), near, Gen.Constant(since), Gen.Constant(since - Duration.Epsilon));
        return Prop.ForAll(instants.ToArbitrary(), instant => PackedInstant.From(instant).ChinaDayNumber == ChinaTime.DayNumberOf(instant));
    }

    [Fact]
    public void Rows_holding_instants_are_narrower_than_with_NodaTime_instants()
    {
        Assert.Equal(12, Unsafe.SizeOf<PackedInstant>());
        Assert.Equal(32, Unsafe.SizeOf<RatingRow>());
        Assert.Equal(40, Unsafe.SizeOf<CaseRow>());
    }
}
