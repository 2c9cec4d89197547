using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Evaluation.Core.Calendars;
using Evaluation.Core.Periods;

namespace Evaluation.Cli.Commands;

/// <summary>
/// <c>evaluation calendar YEAR</c>: prints a year's days off and make-up working days with their names and where the
/// schedule came from (built-in, a file, provisional), so that an operator can check a file against the notice.
/// </summary>
internal static class CalendarCommand
{
    internal static Command Create(TextWriter output, TextWriter error)
    {
        var year = new Argument<int>("YEAR") { Description = "The year." };
        var format = new Option<string>("--format") { Description = "text (the plain form of a holiday file) or json (holiday-cn's form).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var holidays = CalendarOptions.Holidays();
        var provisional = CalendarOptions.Provisional();
        var command = new Command("calendar", "Print a year's holiday schedule and where it came from: built-in, a file, or provisional.") { year, format, holidays, provisional };
        command.SetAction(parse =>
        {
            int y = parse.GetValue(year);
            if (y is < SupportedYears.First or > SupportedYears.Last)
            {
                error.WriteLine($"YEAR: {y} is outside the years the rules can place ({SupportedYears.First} to {SupportedYears.Last}).");
                return Exit.Usage;
            }
            if (!CalendarOptions.TryChoose(parse.GetValue(holidays), parse.GetValue(provisional), error, out CalendarChoice? calendar))
            {
                return Exit.Usage;
            }
            HolidaySchedule? schedule = calendar!.Calendar.Schedules.SingleOrDefault(s => s.Year == y && s.Kind == HolidayScheduleKind.National);
            if (schedule is null)
            {
                error.WriteLine($"{y} has no holiday schedule: the calendar covers {calendar.Calendar.FirstCoveredDate.Year} to {calendar.Calendar.LastCoveredDate.Year}. Give it with --holidays FILE, or see the provisional one with --provisional.");
                return Exit.Usage;
            }
            string origin = calendar.OriginOf(y)!;
            string? file = calendar.Files.TryGetValue(y, out string? path) ? path : null;
            int workingDays = calendar.Calendar.WorkingDaysInYear(y);
            if (parse.GetValue(format) == "json")
            {
                JsonObject json = JsonNode.Parse(HolidayScheduleText.ToJson(schedule))!.AsObject();
                json.Insert(1, "origin", origin);
                json.Insert(2, "file", file);
                json.Insert(3, "workingDays", workingDays);
                output.WriteLine(json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            }
            else
            {
                output.WriteLine($"# origin: {origin}{(file is null ? string.Empty : " " + file)}; {workingDays} working days");
                output.Write(HolidayScheduleText.ToPlainText(schedule));
            }
            return Exit.Success;
        });
        return command;
    }
}
