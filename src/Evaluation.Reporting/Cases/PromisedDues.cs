using System.Collections.Concurrent;
using Evaluation.Core.Calendars;
using Evaluation.Core.Periods;
using NodaTime;

namespace Evaluation.Reporting.Cases;

/// <summary>
/// The due instants of cases' promised limits (承诺时限), counted in working days from acceptance, as
/// <see cref="DeadlineCalculator.Compute(Instant, TimeLimit)"/> gives them. Such a limit ends at the end of a day, so its
/// due instant depends only on the day of acceptance and the number of days: each pair is computed once and shared by
/// every case of it, rather than once per case through the calendar's date arithmetic. Safe to use from several threads.
/// </summary>
internal sealed class PromisedDues(DeadlineCalculator deadlines)
{
    private readonly ConcurrentDictionary<(int Day, int Days), Instant> dues = new();
    private readonly bool inChinaTime = deadlines.Zone.Id == ChinaTime.Zone.Id;

    /// <summary>The due instant of a limit of <paramref name="days"/> working days from <paramref name="acceptedAt"/>.</summary>
    internal Instant Due(Instant acceptedAt, int days) => inChinaTime
        ? dues.GetOrAdd((ChinaTime.DayNumberOf(acceptedAt), days), static (_, arg) => Compute(arg.Deadlines, arg.AcceptedAt, arg.Days), (Deadlines: deadlines, AcceptedAt: acceptedAt, Days: days))
        : Compute(deadlines, acceptedAt, days);

    private static Instant Compute(DeadlineCalculator deadlines, Instant acceptedAt, int days) => deadlines.Compute(acceptedAt, TimeLimit.WorkingDays(days)).Due;
}
