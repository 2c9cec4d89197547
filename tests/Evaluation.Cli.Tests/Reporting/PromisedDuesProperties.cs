using System.Collections.Generic;
using System.Linq;
using Evaluation.Core.Calendars;
using Evaluation.Core.Catalog;
using Evaluation.Core.Cases;
using Evaluation.Core.Policies;
using Evaluation.Reporting.Cases;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Evaluation.Cli.Tests.Reporting;

/// <summary>
/// The report's due instants of promised limits, each computed once for its day of acceptance and number of days, are
/// the calculator's and the case rules' for every case, in China time and in another zone, over built-in and
/// provisional years, whatever order the cases come in.
/// </summary>
public class PromisedDuesProperties
{
    private static readonly DeadlineCalculator[] Calculators =
    [
        DeadlineCalculator.China,
        new(WorkingCalendar.China.WithProvisionalYears(2027, 2027), DateTimeZoneProviders.Tzdb["Asia/Shanghai"]),
        new(WorkingCalendar.China, DateTimeZoneProviders.Tzdb["Europe/London"]),
    ];

    /// <summary>
    /// Acceptances from 1 January 2019 (China time) on, many on the edge of a China day (its first and last nanosecond), up to a day whose
    /// longest limit the calendar still covers: in 2026 for the built-in years, in 2027 for the provisional year.
    /// </summary>
    private static Gen<Instant> Acceptances(int lastDay) =>
        from day in Gen.Choose(0, lastDay)
        from edge in Gen.Elements(0L, 1L, NodaConstants.NanosecondsPerDay - 1, 12 * NodaConstants.NanosecondsPerHour)
        from offsetHours in Gen.Elements(0, 8, 16)
        select Instant.FromUtc(2019, 1, 2, 0, 0) + Duration.FromDays(day) + Duration.FromNanoseconds(edge) - Duration.FromHours(offsetHours);

    [Property(MaxTest = 500)]
    public Property Each_due_instant_is_the_calculators_and_the_case_rules()
    {
        Gen<(int Calculator, (Instant AcceptedAt, int Days)[] Cases)> runs =
            from calculator in Gen.Choose(0, Calculators.Length - 1)
            from cases in Gen.Zip(Acceptances(calculator == 1 ? (9 * 365) - 120 : (8 * 365) - 120), Gen.Elements(0, 1, 5, 20, 60)).ArrayOf()
            select (calculator, cases.Concat(cases.Reverse()).ToArray());
        return Prop.ForAll(runs.ToArbitrary(), run =>
        {
            DeadlineCalculator deadlines = Calculators[run.Calculator];
            var dues = new PromisedDues(deadlines);
            var rules = new CaseRules(EvaluationPolicy.Henan, deadlines);
            var wrong = new List<string>();
            foreach ((Instant acceptedAt, int days) in run.Cases)
            {
                Instant due = dues.Due(acceptedAt, days);
                Deadline expected = deadlines.Compute(acceptedAt, TimeLimit.WorkingDays(days));
                var matter = new Matter(MatterCode.Parse("M1"), "事项", DepartmentCode.Parse("D1"), MatterKind.AdministrativeLicence, days);
                // The case rules judge a completion at the due instant on time, and one a nanosecond later late.
                bool rulesAgree = rules.Assess(acceptedAt, due, matter, due).Status == DeadlineStatus.DoneOnTime
                    && rules.Assess(acceptedAt, due + Duration.Epsilon, matter, due + Duration.Epsilon).Status == DeadlineStatus.DoneLate;
                if (due != expected.Due || !rulesAgree)
                {
                    wrong.Add($"{acceptedAt} + {days}: {due}, expected {expected.Due}, rules agree {rulesAgree}");
                }
            }
            return (wrong.Count == 0).Label(string.Join("; ", wrong.Take(3)));
        });
    }
}
