using System;
using System.Linq;
using System.Runtime.CompilerServices;
using Evaluation.Core.Periods;
using Evaluation.IO.Columnar;
using NodaTime;

namespace Evaluation.IO.Csv;

/// <summary>Reads instants straight into a table row's packed form.</summary>
internal static partial class FieldParser
{
    /// <summary>The first year whose start is tabulated.</summary>
    private const int FirstTabulatedYear = 1900;

    /// <summary>The days from 1970-01-01 to 1 January of each year from <see cref="FirstTabulatedYear"/> to 2200.</summary>
    private static readonly int[] YearStarts = [.. Enumerable.Range(FirstTabulatedYear, 301).Select(year => (int)DaysFromUnixEpoch(year, 1, 1))];

    /// <summary>The days of a common year before each month (1 to 12; 0 unused).</summary>
    private static ReadOnlySpan<int> DaysBeforeMonth => [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

    /// <summary>The supported years' bounds (<see cref="SupportedYears"/>) in seconds since the Unix epoch: both are whole seconds.</summary>
    private static readonly long SupportedStart = SupportedYears.Start.ToUnixTimeSeconds(), SupportedEnd = SupportedYears.End.ToUnixTimeSeconds();

    /// <summary>
    /// Reads an instant as <see cref="TryInstant"/> does, packed for a table row: the common form, with or without a
    /// fraction of the second, or in UTC, is read and checked against the supported years in whole seconds, without making
    /// an <see cref="Instant"/>; any other form through it.
    /// </summary>
    internal static bool TryPackedInstant(ReadOnlySpan<char> text, out PackedInstant instant)
    {
        int nanosecond = 0;
        if (TryCommonForm(text, out int days, out int secondOfDay) || TryFractionOrUtcForm(text, out days, out secondOfDay, out nanosecond))
        {
            // The bounds are whole seconds: a fraction of a second never crosses one.
            long seconds = (days * 86400L) + secondOfDay;
            bool supported = seconds >= SupportedStart && seconds < SupportedEnd;
            instant = supported ? PackedInstant.FromDayAndSecond(days, secondOfDay, nanosecond) : default;
            return supported;
        }
        if (TryInstant(text, out Instant parsed))
        {
            instant = PackedInstant.From(parsed);
            return true;
        }
        instant = default;
        return false;
    }

    /// <summary>Days from 1970-01-01 to a valid date: by table in the tabulated years, otherwise by <see cref="DaysFromUnixEpoch"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int DaysFromUnixEpochByTable(int year, int month, int day)
    {
        // A valid date's year, month and day are small: no sum below can overflow.
        unchecked
        {
            int tabulated = year - FirstTabulatedYear;
            if ((uint)tabulated >= (uint)YearStarts.Length)
            {
                return (int)DaysFromUnixEpoch(year, month, day);
            }
            int leapDay = month > 2 && (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0) ? 1 : 0;
            return YearStarts[tabulated] + DaysBeforeMonth[month] + leapDay + day - 1;
        }
    }
}
