using System.Linq;
using Evaluation.Core.Calendars;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Evaluation.Core.Tests.Support;

/// <summary>The generators of domain values, wired into properties with <c>[Properties(Arbitrary = ...)]</c>.</summary>
public static class Arbitraries
{
    private static readonly LocalDate First = WorkingCalendar.China.FirstCoveredDate;
    private static readonly int Days = Period.DaysBetween(First, WorkingCalendar.China.LastCoveredDate);

    public static Arbitrary<CoveredDate> CoveredDate() =>
        Gen.Choose(0, Days).Select(d => new CoveredDate(First.PlusDays(d))).ToArbitrary();

    public static Arbitrary<WorkingDayCount> WorkingDayCount() =>
        Gen.Choose(0, 300).Select(n => new WorkingDayCount(n)).ToArbitrary();

    public static Arbitrary<CoveredInstant> CoveredInstant() =>
        Gen.Choose(0, Days - 400)
            .SelectMany(_ => Gen.Choose(0, 24 * 60 - 1), (d, m) => new CoveredInstant(
                First.PlusDays(d).AtMidnight().PlusMinutes(m).InZoneStrictly(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).ToInstant()))
            .ToArbitrary();

    public static Arbitrary<IdentifierText> IdentifierText()
    {
        Gen<char> alnum = Gen.Elements("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".ToCharArray());
        Gen<char> inner = Gen.Frequency((8, alnum), (1, Gen.Elements('-', '_', '.', '/')));
        return Gen.Choose(0, 62)
            .SelectMany(n => inner.ArrayOf(n))
            .SelectMany(_ => alnum, (middle, first) => (first, middle))
            .SelectMany(_ => alnum, (fm, last) => new IdentifierText(fm.first + new string(fm.middle) + last))
            .ToArbitrary();
    }
}
