using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Evaluation.Core.Calendars;
using Evaluation.Core.Periods;

namespace Evaluation.Cli.Commands;

/// <summary>
/// The working calendar a command computes with: the built-in notices, each year a holiday file gives (overriding the
/// built-in one), and, only when asked for, provisional years; and where each year came from, for the output. The
/// calculator is made when first asked for: the built-in one (China's calendar and time zone, a few tens of
/// milliseconds of loading) while the command reads its files, not before.
/// </summary>
/// <param name="deadlines">Makes the calculator over that calendar, in China Standard Time.</param>
/// <param name="files">The file each year given by a file came from.</param>
internal sealed class CalendarChoice(Func<DeadlineCalculator> deadlines, IReadOnlyDictionary<int, string> files)
{
    private readonly Lazy<DeadlineCalculator> calculator = new(deadlines);

    /// <summary>The built-in calendar alone.</summary>
    internal static CalendarChoice BuiltIn { get; } = new(() => DeadlineCalculator.China, new Dictionary<int, string>());

    /// <summary>The calculator over the calendar, in China Standard Time.</summary>
    internal DeadlineCalculator Deadlines => calculator.Value;

    /// <summary>The file each year given by a file came from.</summary>
    internal IReadOnlyDictionary<int, string> Files => files;

    internal WorkingCalendar Calendar => Deadlines.Calendar;

    /// <summary>Where a year's schedule came from: <c>built-in</c>, <c>file</c> or <c>provisional</c>, or null when the calendar lacks it.</summary>
    internal string? OriginOf(int year) =>
        Files.ContainsKey(year) ? "file"
        : Calendar.ProvisionalYears.Contains(year) ? "provisional"
        : Calendar.Schedules.Any(s => s.Year == year && s.Kind == HolidayScheduleKind.National) ? "built-in"
        : null;

    /// <summary>The provisional years from <paramref name="first"/> to <paramref name="last"/>.</summary>
    internal ImmutableArray<int> ProvisionalYearsWithin(int first, int last) => [.. Calendar.ProvisionalYears.Where(y => y >= first && y <= last)];

    /// <summary>For example <c>calendar: 2019-2026 built-in (data 2026.1); 2027 from /data/2027.json; 1950-2018, 2028-2099 provisional</c>.</summary>
    internal string Describe()
    {
        int first = Calendar.FirstCoveredDate.Year, last = Calendar.LastCoveredDate.Year;
        var parts = new List<string>();
        string Ranges(IEnumerable<int> years) => string.Join(", ", Runs(years).Select(r => r.First == r.Last ? Invariant(r.First) : $"{Invariant(r.First)}-{Invariant(r.Last)}"));
        int[] builtIn = [.. Enumerable.Range(first, last - first + 1).Where(y => OriginOf(y) == "built-in")];
        if (builtIn.Length > 0)
        {
            parts.Add($"{Ranges(builtIn)} built-in (data {WorkingCalendar.China.DataVersion})");
        }
        parts.AddRange(Files.OrderBy(f => f.Key).Select(f => $"{Invariant(f.Key)} from {f.Value}"));
        if (!Calendar.ProvisionalYears.IsEmpty)
        {
            parts.Add($"{Ranges(Calendar.ProvisionalYears)} provisional");
        }
        return "calendar: " + string.Join("; ", parts);
    }

    private static string Invariant(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static IEnumerable<(int First, int Last)> Runs(IEnumerable<int> years)
    {
        int? start = null, previous = null;
        foreach (int year in years.Order())
        {
            if (previous is int p && year == p + 1)
            {
                previous = year;
                continue;
            }
            if (start is int s)
            {
                yield return (s, previous!.Value);
            }
            start = previous = year;
        }
        if (start is int begin)
        {
            yield return (begin, previous!.Value);
        }
    }

    /// <summary>Whether a report over data from <paramref name="firstYear"/> to <paramref name="lastYear"/> leans on provisional years, and which.</summary>
    internal ImmutableArray<int> Concerning(int firstYear, int lastYear) =>
        ProvisionalYearsWithin(Math.Max(SupportedYears.First, firstYear), Math.Min(SupportedYears.Last, lastYear + 1));
}
