using System;
using System.Collections.Generic;
using System.Linq;
using Evaluation.Core.Periods;
using Evaluation.Reporting;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Evaluation.Cli.Tests.Reporting;

/// <summary>The text of a report row's period (统计周期), found by its first day in an index, is the period's own text.</summary>
public class PeriodTextsProperties
{
    private static readonly ReportingPeriodKind[] Kinds = Enum.GetValues<ReportingPeriodKind>();

    /// <summary>Dates over the years a report may hold (1950 to 2099), bunched so that many periods repeat or touch.</summary>
    private static Gen<LocalDate> Dates =>
        Gen.OneOf(
            Gen.Choose(0, (2099 - 1950 + 1) * 365).Select(days => new LocalDate(1950, 1, 1).PlusDays(days)),
            Gen.Choose(0, 800).Select(days => new LocalDate(2023, 1, 1).PlusDays(days)));

    [Property(MaxTest = 300)]
    public Property Each_period_finds_its_own_text() =>
        Prop.ForAll(
            Gen.Elements(Kinds).ToArbitrary(),
            Dates.NonEmptyListOf().Select(dates => dates.ToArray()).ToArbitrary(),
            (kind, dates) =>
            {
                ReportingPeriod[] periods = [.. dates.Select(d => ReportingPeriod.Containing(kind, d))];
                var texts = new PeriodTexts(periods);
                ReportingPeriod? wrong = periods.Where(p => texts[p] != p.ToString()).Cast<ReportingPeriod?>().FirstOrDefault();
                return (wrong is null).Label($"{kind}, {periods.Length} periods: {wrong} reads {(wrong is ReportingPeriod w ? texts[w] : null)}");
            });

    [Property(MaxTest = 300)]
    public Property A_period_not_given_is_not_found() =>
        Prop.ForAll(
            Gen.Elements(Kinds).SelectMany(kind => Gen.Elements(false, true).Select(otherKind => (kind, otherKind))).ToArbitrary(),
            Dates.NonEmptyListOf().Select(dates => dates.ToArray()).ToArbitrary(),
            Dates.ToArbitrary(),
            (kinds, dates, date) =>
            {
                (ReportingPeriodKind kind, bool otherKind) = kinds;
                var given = new HashSet<ReportingPeriod>(dates.Select(d => ReportingPeriod.Containing(kind, d)));
                ReportingPeriodKind askedKind = otherKind ? Kinds[(Array.IndexOf(Kinds, kind) + 1) % Kinds.Length] : kind;
                ReportingPeriod asked = ReportingPeriod.Containing(askedKind, date);
                var texts = new PeriodTexts(given);
                if (given.Contains(asked))
                {
                    return (texts[asked] == asked.ToString()).Label($"{asked} given");
                }
                try
                {
                    string found = texts[asked];
                    return false.Label($"{asked} not given, found as {found}");
                }
                catch (KeyNotFoundException)
                {
                    return true.Label("not found");
                }
            });

    [Fact]
    public void Periods_of_two_kinds_are_refused() =>
        Assert.Throws<ArgumentException>(() => new PeriodTexts(
            [ReportingPeriod.Containing(ReportingPeriodKind.Day, new LocalDate(2023, 12, 5)), ReportingPeriod.Containing(ReportingPeriodKind.Month, new LocalDate(2023, 12, 5))]));

    [Fact]
    public void No_periods_find_none() =>
        Assert.Throws<KeyNotFoundException>(() => new PeriodTexts([])[ReportingPeriod.Containing(ReportingPeriodKind.Year, new LocalDate(2023, 1, 1))]);
}
