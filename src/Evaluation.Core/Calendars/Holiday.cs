using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Evaluation.Core.Utility;
using NodaTime;

namespace Evaluation.Core.Calendars;

/// <summary>
/// One block of days off from a holiday notice, such as 春节 2023-01-21 to 2023-01-27, with the weekend days
/// that become working days to make up for it (调休上班).
/// </summary>
/// <remarks>Immutable. Equality is by value: name, days off and make-up days.</remarks>
public sealed class Holiday : System.IEquatable<Holiday>
{
    /// <summary>Creates a holiday block.</summary>
    /// <param name="name">The holiday's name, for example <c>春节 Spring Festival</c>.</param>
    /// <param name="daysOff">The days off, both ends inclusive.</param>
    /// <param name="makeUpWorkingDays">Days that become working days for this holiday (调休上班), usually weekend days.</param>
    public Holiday(string name, DateInterval daysOff, IEnumerable<LocalDate>? makeUpWorkingDays = null)
    {
        Name = Preconditions.CheckNotBlank(name, nameof(name));
        DaysOff = Preconditions.CheckNotNull(daysOff, nameof(daysOff));
        MakeUpWorkingDays = makeUpWorkingDays is null ? [] : [.. makeUpWorkingDays.Distinct().Order()];
        foreach (LocalDate day in MakeUpWorkingDays)
        {
            Preconditions.CheckArgument(!daysOff.Contains(day), nameof(makeUpWorkingDays),
                $"must not contain {day:uuuu-MM-dd}, which the holiday {name} marks as a day off (a day cannot be both off and working)");
        }
    }

    /// <summary>The holiday's name.</summary>
    public string Name { get; }

    /// <summary>The days off, both ends inclusive.</summary>
    public DateInterval DaysOff { get; }

    /// <summary>The make-up working days (调休上班), in date order.</summary>
    public ImmutableArray<LocalDate> MakeUpWorkingDays { get; }

    /// <inheritdoc />
    public bool Equals(Holiday? other) =>
        other is not null && Name == other.Name && DaysOff.Equals(other.DaysOff) && MakeUpWorkingDays.SequenceEqual(other.MakeUpWorkingDays);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Holiday);

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Name, DaysOff, MakeUpWorkingDays.Length);

    /// <inheritdoc />
    public override string ToString()
    {
        string work = MakeUpWorkingDays.IsEmpty ? string.Empty : "; working " + string.Join(", ", MakeUpWorkingDays.Select(d => d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)));
        return string.Create(CultureInfo.InvariantCulture, $"{Name}: {DaysOff.Start:uuuu-MM-dd} to {DaysOff.End:uuuu-MM-dd} off{work}");
    }
}
