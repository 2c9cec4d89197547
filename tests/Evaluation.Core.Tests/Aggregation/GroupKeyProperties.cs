using System.Collections.Immutable;
using System.Linq;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Periods;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Evaluation.Core.Tests.Aggregation;

/// <summary>
/// Group keys are equal exactly when their codes (by text, whatever the string instance) and periods are, equal keys
/// hash alike, and the ordering calls two keys the same exactly when they are equal.
/// </summary>
public class GroupKeyProperties
{
    // Codes are copied so that equal texts are distinct instances.
    private static readonly Gen<string?> Codes = Gen.Elements<string?>(null, "M1", "M2", "410202", "").Select(c => c is null ? null : new string(c.ToCharArray()));

    private static readonly Gen<ReportingPeriod?> Periods = Gen.Elements<ReportingPeriod?>(
        null,
        ReportingPeriod.Containing(ReportingPeriodKind.Month, new LocalDate(2023, 12, 5)),
        ReportingPeriod.Containing(ReportingPeriodKind.Month, new LocalDate(2023, 11, 5)),
        ReportingPeriod.Containing(ReportingPeriodKind.Year, new LocalDate(2023, 12, 5)));

    private static readonly Gen<GroupKey> Keys =
        from codes in Gen.Choose(0, 2).SelectMany(n => Codes.ArrayOf(n))
        from period in Periods
        select new GroupKey([.. codes], period);

    [Property(MaxTest = 500)]
    public Property Keys_are_equal_exactly_when_codes_and_period_are_and_equal_keys_hash_alike() =>
        Prop.ForAll(Keys.ToArbitrary(), Keys.ToArbitrary(), (a, b) =>
        {
            bool same = a.Codes.SequenceEqual(b.Codes) && a.Period == b.Period;
            return (a.Equals(b) == same && b.Equals(a) == same && (!same || a.GetHashCode() == b.GetHashCode())
                && (GroupKey.Ordering.Compare(a, b) == 0) == same && a.Equals(new GroupKey(a.Codes, a.Period)))
                .Label($"{a} and {b}");
        });
}
