using System.Collections.Immutable;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Calendars;
using Evaluation.Core.Periods;
using Evaluation.Core.Policies;
using Evaluation.Reporting;
using Evaluation.Reporting.Partials;
using NodaTime;
using NodaTime.Text;
using Orleans;

namespace Evaluation.Orleans.Partitions;

/// <summary>
/// What one partition (分区) of a report on a cluster is: a date range of the ratings and cases, the as-of instant, the
/// policy and calendar, and the grouping, in a form that travels between silos.
/// </summary>
/// <remarks>Immutable. Dates are ISO text (<c>2023-12-01</c>), the as-of instant in ticks since the Unix epoch.</remarks>
[GenerateSerializer, Immutable]
public sealed record PartitionRequest
{
    /// <summary>The policy preset's name (<see cref="EvaluationPolicy.TryGetPreset"/>).</summary>
    [Id(0)]
    public required string Policy { get; init; }

    /// <summary>The basis of the active rating rate, or null for the preset's.</summary>
    [Id(1)]
    public ActiveRatingRateBasis? ActiveRatingRateBasis { get; init; }

    /// <summary>The basis of the matter coverage rate, or null for the preset's.</summary>
    [Id(2)]
    public MatterCoverageBasis? MatterCoverageBasis { get; init; }

    /// <summary>Whether years without a holiday notice get a provisional schedule (<see cref="WorkingCalendar.WithProvisionalYears"/>).</summary>
    [Id(3)]
    public bool Provisional { get; init; }

    /// <summary>The first date of the partition, or null for none.</summary>
    [Id(4)]
    public string? From { get; init; }

    /// <summary>The last date of the partition, or null for none.</summary>
    [Id(5)]
    public string? To { get; init; }

    /// <summary>The as-of instant in ticks since the Unix epoch, or null for the latest instant of the accepted records.</summary>
    [Id(6)]
    public long? AsOfTicks { get; init; }

    /// <summary>The grouping's dimensions.</summary>
    [Id(7)]
    public ImmutableArray<GroupingDimension> Dimensions { get; init; } = [];

    /// <summary>The grouping's period, or null for none.</summary>
    [Id(8)]
    public ReportingPeriodKind? Period { get; init; }

    /// <summary>
    /// The national holiday schedules given beside the built-in ones, one per year, as plain text
    /// (<see cref="HolidayScheduleText.ToPlainText"/>); each replaces the built-in year it names.
    /// </summary>
    [Id(9)]
    public ImmutableArray<string> Holidays { get; init; } = [];

    /// <summary>
    /// Whether the partition makes the standard tables' part (<see cref="TablesPart"/>, polled with
    /// <see cref="IPartitionGrain.PollTablesAsync"/>) rather than the part by <see cref="Grouping"/>.
    /// </summary>
    [Id(10)]
    public bool Tables { get; init; }

    /// <summary>The grouping.</summary>
    public Grouping Grouping => new(Dimensions, Period);

    /// <summary>A description for messages: the range.</summary>
    public string Range => $"{From ?? "..."} to {To ?? "..."}";

    /// <summary>The report options the partition is prepared under.</summary>
    /// <exception cref="System.ArgumentException">The policy is not a preset, or a holiday schedule is not one or does not fit the calendar.</exception>
    public ReportOptions Options()
    {
        if (!EvaluationPolicy.TryGetPreset(Policy, out EvaluationPolicy? preset))
        {
            throw new System.ArgumentException($"'{Policy}' is not a policy preset.", nameof(Policy));
        }
        EvaluationPolicy policy = preset;
        if (ActiveRatingRateBasis is not null || MatterCoverageBasis is not null)
        {
            EvaluationPolicy.Builder builder = preset.ToBuilder();
            builder.ActiveRatingRateBasis = ActiveRatingRateBasis ?? preset.ActiveRatingRateBasis;
            builder.MatterCoverageBasis = MatterCoverageBasis ?? preset.MatterCoverageBasis;
            policy = builder.Build();
        }
        var schedules = new System.Collections.Generic.List<HolidaySchedule>();
        for (int i = 0; i < Holidays.Length; i++)
        {
            HolidayScheduleReading reading = HolidayScheduleText.Read(Holidays[i], $"holiday schedule {i + 1} of the request");
            schedules.Add(reading.Schedule ?? throw new System.ArgumentException(string.Join("; ", reading.Problems), nameof(Holidays)));
        }
        return new ReportOptions
        {
            Policy = policy,
            Deadlines = schedules.Count == 0 && !Provisional
                ? DeadlineCalculator.China
                : new DeadlineCalculator(WorkingCalendar.China.WithNationalSchedules(schedules, Provisional), ChinaTime.Zone),
            From = Date(From),
            To = Date(To),
            AsOf = AsOfTicks is long ticks ? Instant.FromUnixTimeTicks(ticks) : null,
        };
    }

    /// <summary>A date as the request carries it.</summary>
    public static string? Text(LocalDate? date) => date is LocalDate d ? LocalDatePattern.Iso.Format(d) : null;

    private static LocalDate? Date(string? text) => text is null ? null : LocalDatePattern.Iso.Parse(text).GetValueOrThrow();
}
