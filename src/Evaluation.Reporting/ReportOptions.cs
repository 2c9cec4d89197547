using System;
using Evaluation.Core.Calendars;
using Evaluation.Core.Periods;
using Evaluation.Core.Policies;
using NodaTime;

namespace Evaluation.Reporting;

/// <summary>
/// What a report (报表) is prepared under: the policy (口径), the working calendar deadlines are counted with, the date
/// range of the ratings and cases it counts, and the as-of instant (统计截止时点) open rectifications are judged at.
/// </summary>
/// <remarks>Immutable. The grouping is chosen afterwards, once per set of rows (<see cref="PreparedReport.Rows"/>).</remarks>
public sealed record ReportOptions
{
    /// <summary>The policy: rating scale, deadlines, default rating, and the basis of each headline metric.</summary>
    public required EvaluationPolicy Policy { get; init; }

    /// <summary>The working calendar deadlines are counted with: <see cref="DeadlineCalculator.China"/> unless another is given.</summary>
    public DeadlineCalculator Deadlines { get; init; } = DeadlineCalculator.China;

    /// <summary>The first date (China Standard Time) counted, or null for no lower bound.</summary>
    public LocalDate? From { get; init; }

    /// <summary>The last date (China Standard Time) counted, or null for no upper bound.</summary>
    public LocalDate? To { get; init; }

    /// <summary>The instant open rectifications and owed default ratings are judged at, or null for the latest instant of the accepted records.</summary>
    public Instant? AsOf { get; init; }

    /// <summary>
    /// Whether the pipeline asks the garbage collector for a full collection where temporary arrays of hundreds of
    /// megabytes (on tens of millions of rows) have just become garbage: once the keys are matched, so that the lists of
    /// kept rows reuse the matches' memory; once validation ends, so that the batch reuses validation's; and once the
    /// ratings are encoded, so that counting reuses the encoding's, rather than new pages each time (docs/performance.md).
    /// Off by default: when to collect is the program's choice; the <c>evaluation</c> tool turns it on.
    /// </summary>
    public bool ReclaimMemoryBetweenStages { get; init; }

    /// <summary>
    /// Whether the prepared report gives up, once prepared, what only its records need: the cases' numbers (办件编号) and
    /// the ratings' identifiers and case references, kept as text (a few hundred megabytes on ten million rows) outside
    /// the collected heap, which are then given back to the system at once, lowering the peak of the counting that
    /// follows. Every count, row and table of the report is unchanged, but its record sequences
    /// (<see cref="PreparedReport.Cases"/>, <see cref="PreparedReport.AcceptedRatings"/>,
    /// <see cref="PreparedReport.DefaultRatings"/> and <see cref="PreparedReport.ValidRatings"/>) then throw
    /// <see cref="InvalidOperationException"/> as soon as they would make a record, and preparing or validating the
    /// same input again is refused with it. Off by default; the <c>evaluation</c> tool, which prints counts only, turns
    /// it on.
    /// </summary>
    public bool ReleaseRecords { get; init; }

    /// <summary>Whether a date range was given.</summary>
    public bool IsBounded => From is not null || To is not null;

    /// <summary>Whether a local date falls in the range.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when neither end excludes it.</returns>
    public bool Covers(LocalDate date) => (From is null || date >= From) && (To is null || date <= To);

    /// <summary>Whether an instant's date in China Standard Time falls in the range.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>True when neither end excludes its date.</returns>
    public bool Covers(Instant instant) => Covers(ChinaTime.DateOf(instant));
}
