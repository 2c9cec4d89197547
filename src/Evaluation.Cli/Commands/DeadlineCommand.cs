using System;
using System.CommandLine;
using System.IO;
using Evaluation.Core.Calendars;
using Evaluation.Core.Periods;
using Evaluation.IO.Csv;
using NodaTime;

namespace Evaluation.Cli.Commands;

/// <summary><c>evaluation deadline</c>: prints the due instant of a limit with China's working calendar.</summary>
internal static class DeadlineCommand
{
    internal static Command Create(TextWriter output, TextWriter error)
    {
        var start = new Argument<string>("START") { Description = "The start, an instant with offset (2023-09-28T15:00:00+08:00) or a date (2023-09-28, noon China time)." };
        var workingDays = new Option<int?>("--working-days") { Description = "A limit in working days (工作日)." };
        var calendarDays = new Option<int?>("--calendar-days") { Description = "A limit in calendar days (自然日), extended to the next working day." };
        var hours = new Option<int?>("--hours") { Description = "A limit in clock hours." };
        var holidays = CalendarOptions.Holidays();
        var provisional = CalendarOptions.Provisional();
        var command = new Command("deadline", "Print when a time limit started at START is due, with China's official working days.") { start, workingDays, calendarDays, hours, holidays, provisional };
        command.SetAction(parse =>
        {
            string? problem = null;
            string text = parse.GetValue(start)!;
            if (!Parse.TryInstant(text, out Instant? instant, ref problem))
            {
                LocalDate? date = null;
                if (!Parse.TryDate(text, "START", out date, ref problem))
                {
                    error.WriteLine($"START: '{text}' is neither an instant with offset nor a date.");
                    return Exit.Usage;
                }
                instant = ChinaTime.Zone.AtStrictly(date!.Value.At(new LocalTime(12, 0))).ToInstant();
            }
            int?[] given = [parse.GetValue(workingDays), parse.GetValue(calendarDays), parse.GetValue(hours)];
            if (Array.FindAll(given, g => g is not null).Length != 1 || Array.Exists(given, g => g < 0))
            {
                error.WriteLine("Give exactly one of --working-days, --calendar-days or --hours, not negative.");
                return Exit.Usage;
            }
            if (!CalendarOptions.TryChoose(parse.GetValue(holidays), parse.GetValue(provisional), error, out CalendarChoice? calendar))
            {
                return Exit.Usage;
            }
            TimeLimit limit = given[0] is int w ? TimeLimit.WorkingDays(w) : given[1] is int c ? TimeLimit.CalendarDays(c) : TimeLimit.Hours(given[2]!.Value);
            try
            {
                Deadline deadline = calendar!.Deadlines.Compute(instant!.Value, limit);
                output.WriteLine($"{limit} from {CsvRecordWriter.Format(deadline.Start)}: due by {CsvRecordWriter.Format(deadline.Due)}"
                    + (deadline.IsProvisional ? $" (provisional: counted over {Years(calendar, deadline)}, whose holiday notice is not applied)" : string.Empty));
                if (calendar != CalendarChoice.BuiltIn)
                {
                    error.WriteLine(calendar.Describe());
                }
                return Exit.Success;
            }
            catch (CalendarCoverageException e)
            {
                error.WriteLine(e.Message + " Give the year's schedule with --holidays FILE (docs/calendar.md), or --provisional to count with the statutory holidays.");
                return Exit.Usage;
            }
        });
        return command;
    }

    private static string Years(CalendarChoice calendar, Deadline deadline) =>
        string.Join(", ", calendar.ProvisionalYearsWithin(ChinaTime.DateOf(deadline.Start).Year, ChinaTime.DateOf(deadline.Due).Year));
}
