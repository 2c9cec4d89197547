using System.Globalization;
using NodaTime;

namespace Evaluation.Core.Calendars;

/// <summary>
/// A computed deadline: the start, the limit and the due instant, the last instant at which a step is on time.
/// </summary>
/// <remarks>
/// An immutable value; equality is by value. For limits in days, <see cref="Due"/> is the last nanosecond of the
/// last day in China Standard Time (printed 23:59:59): a step done at any time on that day is on time.
/// </remarks>
/// <param name="Start">When the clock started.</param>
/// <param name="Limit">The limit.</param>
/// <param name="Due">The last on-time instant.</param>
public readonly record struct Deadline(Instant Start, TimeLimit Limit, Instant Due)
{
    /// <summary>
    /// Whether a day the deadline was counted over lies in a year whose schedule is provisional
    /// (<see cref="HolidaySchedule.IsProvisional"/>): the due instant may move once that year's notice is applied.
    /// </summary>
    public bool IsProvisional { get; init; }

    /// <summary>Whether a step done at <paramref name="doneAt"/> met the deadline.</summary>
    /// <param name="doneAt">When the step was done.</param>
    /// <returns>True when done at or before <see cref="Due"/>.</returns>
    public bool IsOnTime(Instant doneAt) => doneAt <= Due;

    /// <summary>Whether an open step is overdue at <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The instant of the assessment.</param>
    /// <returns>True when <paramref name="asOf"/> is after <see cref="Due"/>.</returns>
    public bool IsOverdueAt(Instant asOf) => asOf > Due;

    /// <summary>Where the step stands at <paramref name="asOf"/>; a step done after the as-of instant counts as open.</summary>
    /// <param name="doneAt">When the step was done, or null.</param>
    /// <param name="asOf">The instant of the assessment.</param>
    /// <returns>The status.</returns>
    public DeadlineStatus StatusAt(Instant? doneAt, Instant asOf) => doneAt is Instant done && done <= asOf
        ? (IsOnTime(done) ? DeadlineStatus.DoneOnTime : DeadlineStatus.DoneLate)
        : (IsOverdueAt(asOf) ? DeadlineStatus.Overdue : DeadlineStatus.Open);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Limit} from {Start}: due {Due}{(IsProvisional ? " (provisional)" : string.Empty)}");
}
