using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Evaluation.Core.Calendars;
using Evaluation.Core.Periods;

namespace Evaluation.Cli.Commands;

/// <summary>
/// The options that choose the working calendar: <c>--holidays FILE</c> (repeatable) and <c>--provisional</c>, with the
/// files the environment variable <c>EVALUATION_HOLIDAYS</c> names (separated as in PATH) read first.
/// </summary>
internal static class CalendarOptions
{
    /// <summary>The environment variable naming holiday files, separated by <see cref="Path.PathSeparator"/>.</summary>
    internal const string Variable = "EVALUATION_HOLIDAYS";

    internal static Option<string[]> Holidays() => new("--holidays")
    {
        Description = "A year's holiday schedule (holiday-cn JSON or the plain form, docs/calendar.md); repeatable. Overrides the built-in year it names. Files named by EVALUATION_HOLIDAYS are read first.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    internal static Option<bool> Provisional() => new("--provisional")
    {
        Description = "Give each year without a schedule a provisional one: the statutory holidays, no make-up working days. Figures that use it are marked provisional.",
    };

    /// <summary>Builds the calendar, or writes why it cannot be built (each problem of each file) and returns false.</summary>
    internal static bool TryChoose(string[]? files, bool provisional, TextWriter error, out CalendarChoice? choice)
    {
        choice = null;
        var fromVariable = (Environment.GetEnvironmentVariable(Variable) ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var given = new Dictionary<int, (string File, bool FromOption, HolidaySchedule Schedule)>();
        bool ok = true;
        foreach ((string file, bool fromOption) in fromVariable.Select(f => (f, false)).Concat((files ?? []).Select(f => (f, true))))
        {
            if (!File.Exists(file))
            {
                error.WriteLine($"{(fromOption ? "--holidays" : Variable)}: the holiday file '{file}' does not exist.");
                ok = false;
                continue;
            }
            HolidayScheduleReading reading;
            using (FileStream stream = File.OpenRead(file))
            {
                reading = HolidayScheduleText.Read(stream, file);
            }
            foreach (HolidayScheduleProblem problem in reading.Problems)
            {
                error.WriteLine(problem.ToString());
            }
            if (reading.Schedule is not HolidaySchedule schedule)
            {
                ok = false;
                continue;
            }
            if (given.TryGetValue(schedule.Year, out var earlier) && earlier.FromOption == fromOption)
            {
                error.WriteLine($"{file}: {schedule.Year} is given twice, also by {earlier.File}; give one schedule per year.");
                ok = false;
                continue;
            }
            given[schedule.Year] = (file, fromOption, schedule);
        }
        if (!ok)
        {
            return false;
        }
        if (given.Count == 0 && !provisional)
        {
            choice = CalendarChoice.BuiltIn;
            return true;
        }
        WorkingCalendar builtIn = WorkingCalendar.China;
        foreach (var year in given.OrderBy(g => g.Key))
        {
            // Years given one by one must each follow the years covered or those given before it.
            if (!provisional && (year.Key < builtIn.FirstCoveredDate.Year - 1 || year.Key > builtIn.LastCoveredDate.Year + 1))
            {
                error.WriteLine($"{year.Value.File}: {year.Key} does not follow the years covered ({builtIn.FirstCoveredDate.Year} to {builtIn.LastCoveredDate.Year}); give the years between, or use --provisional for them.");
                return false;
            }
            if (!provisional)
            {
                builtIn = builtIn.WithNationalSchedule(year.Value.Schedule);
            }
        }
        WorkingCalendar calendar = WorkingCalendar.China.WithNationalSchedules(given.Values.Select(g => g.Schedule), provisional);
        choice = new CalendarChoice(() => new DeadlineCalculator(calendar, Core.Periods.ChinaTime.Zone), given.ToDictionary(g => g.Key, g => g.Value.File));
        return true;
    }
}
