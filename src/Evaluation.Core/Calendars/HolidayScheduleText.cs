using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Evaluation.Core.Periods;
using Evaluation.Core.Utility;
using NodaTime;
using NodaTime.Text;

namespace Evaluation.Core.Calendars;

/// <summary>
/// Reads and writes a year's holiday schedule as text, so that an operator can apply the State Council's notice
/// (国务院办公厅关于某年部分节假日安排的通知) the day it is published, without a new release. Two forms:
/// <list type="bullet">
/// <item>JSON as the open data set holiday-cn publishes it per year: <c>year</c>, and <c>days</c> of <c>name</c>,
/// <c>date</c> and <c>isOffDay</c> (false for a make-up working day, 调休上班); <c>papers</c> is taken as the source.</item>
/// <item>A plain form to type from the notice: <c>year: 2027</c>, <c>source: ...</c>, then a line per holiday,
/// <c>春节 Spring Festival: 2027-02-05 to 2027-02-13; work 2027-02-14, 2027-02-20</c>; <c>#</c> starts a comment.</item>
/// </list>
/// Reading checks every entry and reports each problem with its line or entry (<see cref="HolidayScheduleErrorCodes"/>):
/// a date outside the year (only the New Year holiday may reach back into December), a day both off and worked, a
/// make-up day that is not a Saturday or Sunday, an entry without a name, and a statutory holiday of the measures in
/// force that year (<see cref="StatutoryHolidays.Of"/>) that is not a day off.
/// </summary>
public static class HolidayScheduleText
{
    private static readonly LocalDatePattern Date = LocalDatePattern.Iso;

    /// <summary>Reads a schedule in either form (JSON when the text starts with <c>{</c>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="origin">Where it came from, for problems and as the source when the text names none (a file name).</param>
    /// <returns>The schedule, or the problems.</returns>
    public static HolidayScheduleReading Read(string text, string origin)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        Preconditions.CheckNotBlank(origin, nameof(origin));
        var problems = new List<HolidayScheduleProblem>();
        Draft? draft = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith('{') ? ReadJson(text, origin, problems) : ReadPlain(text, origin, problems);
        if (draft is null || problems.Count > 0)
        {
            return new HolidayScheduleReading(null, [.. problems]);
        }
        Check(draft, origin, problems);
        if (problems.Count > 0)
        {
            return new HolidayScheduleReading(null, [.. problems]);
        }
        Holiday[] holidays = [.. draft.Entries.Where(e => e.Off.Count > 0).Select(e => new Holiday(e.Name, new DateInterval(e.Off.Min(), e.Off.Max()), e.Work))];
        return new HolidayScheduleReading(new HolidaySchedule(draft.Year, draft.Source ?? origin, holidays), []);
    }

    /// <summary>Reads a schedule from a stream of UTF-8 text (with or without byte order mark); the stream is left open.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="origin">Where it came from.</param>
    /// <returns>The schedule, or the problems.</returns>
    public static HolidayScheduleReading Read(Stream stream, string origin)
    {
        Preconditions.CheckNotNull(stream, nameof(stream));
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return Read(reader.ReadToEnd(), origin);
    }

    /// <summary>Writes a schedule in the plain form, which <see cref="Read(string, string)"/> reads back to an equal schedule.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <returns>The text.</returns>
    public static string ToPlainText(HolidaySchedule schedule)
    {
        Preconditions.CheckNotNull(schedule, nameof(schedule));
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# Holiday schedule (节假日安排) {schedule.Year}{(schedule.IsProvisional ? ", provisional" : string.Empty)}\n");
        text.Append(CultureInfo.InvariantCulture, $"year: {schedule.Year}\n");
        text.Append("source: ").Append(schedule.Source.ReplaceLineEndings(" ")).Append('\n');
        foreach (Holiday holiday in schedule.Holidays)
        {
            text.Append(holiday.Name).Append(": ").Append(Format(holiday.DaysOff.Start));
            if (holiday.DaysOff.End != holiday.DaysOff.Start)
            {
                text.Append(" to ").Append(Format(holiday.DaysOff.End));
            }
            if (!holiday.MakeUpWorkingDays.IsEmpty)
            {
                text.Append("; work ").Append(string.Join(", ", holiday.MakeUpWorkingDays.Select(Format)));
            }
            text.Append('\n');
        }
        return text.ToString();
    }

    /// <summary>Writes a schedule as holiday-cn's JSON: every day off and make-up day with its holiday's name, in date order.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(HolidaySchedule schedule)
    {
        Preconditions.CheckNotNull(schedule, nameof(schedule));
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("year", schedule.Year);
            json.WriteStartArray("papers");
            json.WriteStringValue(schedule.Source);
            json.WriteEndArray();
            json.WriteStartArray("days");
            var days = schedule.Holidays
                .SelectMany(h => h.DaysOff.Select(d => (h.Name, Date: d, Off: true)).Concat(h.MakeUpWorkingDays.Select(d => (h.Name, Date: d, Off: false))))
                .OrderBy(d => d.Date);
            foreach (var day in days)
            {
                json.WriteStartObject();
                json.WriteString("name", day.Name);
                json.WriteString("date", Format(day.Date));
                json.WriteBoolean("isOffDay", day.Off);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static string Format(LocalDate date) => Date.Format(date);

    /// <summary>A schedule as read, before its rules are checked: entries in the order given, each a holiday's days.</summary>
    private sealed class Draft(int year, string? source)
    {
        internal int Year { get; } = year;

        internal string? Source { get; } = source;

        internal List<Entry> Entries { get; } = [];
    }

    /// <summary>One holiday: its name, days off and make-up days, and where it was given.</summary>
    private sealed record Entry(string Name, string Where, List<LocalDate> Off, List<LocalDate> Work);

    private static Draft? ReadPlain(string text, string origin, List<HolidayScheduleProblem> problems)
    {
        int? year = null;
        string? source = null;
        var entries = new List<Entry>();
        string[] lines = text.ReplaceLineEndings("\n").Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim().TrimStart('\uFEFF');
            string where = string.Create(CultureInfo.InvariantCulture, $"line {i + 1}");
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            string key = colon < 0 ? string.Empty : line[..colon].Trim();
            if (key.Equals("year", StringComparison.OrdinalIgnoreCase))
            {
                year = int.TryParse(line[(colon + 1)..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int y) ? y : Fail(where, $"'{line}' does not give a year such as 'year: 2027'.");
                continue;
            }
            if (key.Equals("source", StringComparison.OrdinalIgnoreCase))
            {
                source = line[(colon + 1)..].Trim();
                continue;
            }
            colon = line.LastIndexOf(':');
            if (colon < 0)
            {
                Fail(where, $"'{line}' is not 'NAME: DATE [to DATE][; work DATE, ...]'.");
                continue;
            }
            if (ReadDays(line[(colon + 1)..], out List<LocalDate> off, out List<LocalDate> work) is string wrong)
            {
                Fail(where, $"'{line}': {wrong}");
                continue;
            }
            entries.Add(new Entry(line[..colon].Trim(), where, off, work));
        }
        return Finish(year, source, entries, origin, problems, p => problems.Add(p));

        int? Fail(string where, string message)
        {
            problems.Add(new HolidayScheduleProblem(origin, where, HolidayScheduleErrorCodes.Syntax, message));
            return null;
        }
    }

    /// <summary>Reads <c>DATE [to DATE][; work DATE, DATE ...]</c>; the error, or null.</summary>
    private static string? ReadDays(string value, out List<LocalDate> off, out List<LocalDate> work)
    {
        off = [];
        work = [];
        string[] parts = value.Split(';', StringSplitOptions.TrimEntries);
        string[] range = parts[0].Split([" to ", "..", "至"], StringSplitOptions.TrimEntries);
        if (range.Length is < 1 or > 2 || !TryDate(range[0], out LocalDate first) || !TryDate(range[^1], out LocalDate last) || last < first)
        {
            return "the days off are not 'DATE' or 'DATE to DATE' with ISO dates (2027-02-05), the first not after the last";
        }
        for (LocalDate day = first; day <= last; day = day.PlusDays(1))
        {
            off.Add(day);
        }
        foreach (string part in parts.Skip(1))
        {
            if (!part.StartsWith("work", StringComparison.OrdinalIgnoreCase))
            {
                return $"'{part}' is not 'work DATE, DATE ...'";
            }
            foreach (string text in part[4..].Split([',', '，', ' '], StringSplitOptions.RemoveEmptyEntries))
            {
                if (!TryDate(text, out LocalDate day))
                {
                    return $"'{text}' is not an ISO date such as 2027-02-14";
                }
                work.Add(day);
            }
        }
        return null;
    }

    private static bool TryDate(string text, out LocalDate date)
    {
        ParseResult<LocalDate> parsed = Date.Parse(text);
        date = parsed.Success ? parsed.Value : default;
        return parsed.Success;
    }

    private static Draft? ReadJson(string text, string origin, List<HolidayScheduleProblem> problems)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            problems.Add(new HolidayScheduleProblem(origin, "$", HolidayScheduleErrorCodes.Syntax, $"not JSON: {e.Message}"));
            return null;
        }
        using (document)
        {
            JsonElement root = document.RootElement;
            int? year = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("year", out JsonElement y) && y.TryGetInt32(out int value) ? value : null;
            string? source = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("papers", out JsonElement papers) && papers.ValueKind == JsonValueKind.Array
                ? string.Join("; ", papers.EnumerateArray().Where(p => p.ValueKind == JsonValueKind.String).Select(p => p.GetString()))
                : null;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("days", out JsonElement days) || days.ValueKind != JsonValueKind.Array)
            {
                problems.Add(new HolidayScheduleProblem(origin, "$", HolidayScheduleErrorCodes.Syntax, "the JSON has no 'days' array (holiday-cn's form: year, days of name, date, isOffDay)."));
                return null;
            }
            // Days named alike and off on consecutive dates make one holiday; make-up days join the first holiday of their name.
            var entries = new List<Entry>();
            var workDays = new List<(string Name, string Where, LocalDate Date)>();
            int index = 0;
            foreach (JsonElement day in days.EnumerateArray())
            {
                string where = string.Create(CultureInfo.InvariantCulture, $"days[{index++}]");
                string name = day.ValueKind == JsonValueKind.Object && day.TryGetProperty("name", out JsonElement n) && n.ValueKind == JsonValueKind.String ? n.GetString()!.Trim() : string.Empty;
                if (day.ValueKind != JsonValueKind.Object || !day.TryGetProperty("date", out JsonElement d) || d.ValueKind != JsonValueKind.String
                    || !TryDate(d.GetString()!, out LocalDate date) || !day.TryGetProperty("isOffDay", out JsonElement o) || o.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    problems.Add(new HolidayScheduleProblem(origin, where, HolidayScheduleErrorCodes.Syntax, "an entry needs 'name', 'date' (an ISO date such as 2027-02-05) and 'isOffDay' (true or false)."));
                    continue;
                }
                if (!o.GetBoolean())
                {
                    workDays.Add((name, where, date));
                    continue;
                }
                Entry? block = name.Length == 0 ? null : entries.LastOrDefault(e => e.Name == name && e.Off[^1].PlusDays(1) == date);
                if (block is null)
                {
                    block = new Entry(name, where, [], []);
                    entries.Add(block);
                }
                block.Off.Add(date);
            }
            foreach ((string name, string where, LocalDate date) in workDays)
            {
                Entry? block = name.Length == 0 ? null : entries.FirstOrDefault(e => e.Name == name);
                if (block is null)
                {
                    block = new Entry(name, where, [], []);
                    entries.Add(block);
                }
                block.Work.Add(date);
            }
            return Finish(year, source, entries, origin, problems, problems.Add);
        }
    }

    private static Draft? Finish(int? year, string? source, List<Entry> entries, string origin, List<HolidayScheduleProblem> problems, Action<HolidayScheduleProblem> add)
    {
        if (year is not int y || y < SupportedYears.First || y > SupportedYears.Last)
        {
            add(new HolidayScheduleProblem(origin, "year", HolidayScheduleErrorCodes.Syntax,
                $"the schedule names no year from {SupportedYears.First} to {SupportedYears.Last} ('year: 2027', or \"year\": 2027 in JSON)."));
            return null;
        }
        var draft = new Draft(y, string.IsNullOrWhiteSpace(source) ? null : source);
        draft.Entries.AddRange(entries);
        return problems.Count > 0 ? null : draft;
    }

    private static void Check(Draft draft, string origin, List<HolidayScheduleProblem> problems)
    {
        void Problem(string where, string code, string message) => problems.Add(new HolidayScheduleProblem(origin, where, code, message));
        var off = new Dictionary<LocalDate, Entry>();
        foreach (Entry entry in draft.Entries)
        {
            if (entry.Name.Length == 0)
            {
                Problem(entry.Where, HolidayScheduleErrorCodes.NameMissing, "the holiday has no name, such as 春节 or 春节 Spring Festival.");
            }
            bool newYear = entry.Name.Contains("元旦", StringComparison.Ordinal) || entry.Name.Contains("New Year", StringComparison.OrdinalIgnoreCase);
            foreach (LocalDate day in entry.Off.Concat(entry.Work))
            {
                bool inYear = day.Year == draft.Year || (newYear && day.Year == draft.Year - 1 && day.Month == 12);
                if (!inYear)
                {
                    Problem(entry.Where, HolidayScheduleErrorCodes.DateOutsideYear,
                        $"{Format(day)} is outside {draft.Year}; only the New Year holiday (元旦) may reach back into December {draft.Year - 1}.");
                }
            }
            foreach (LocalDate day in entry.Off)
            {
                off.TryAdd(day, entry);
            }
            if (entry.Off.Count == 0 && entry.Work.Count > 0)
            {
                Problem(entry.Where, HolidayScheduleErrorCodes.Syntax, $"make-up days are given for '{entry.Name}', which has no day off.");
            }
        }
        foreach (Entry entry in draft.Entries)
        {
            foreach (LocalDate day in entry.Work)
            {
                if (off.TryGetValue(day, out Entry? other))
                {
                    Problem(entry.Where, HolidayScheduleErrorCodes.DayOffAndWorking, $"{Format(day)} is a make-up working day of '{entry.Name}' and a day off of '{other.Name}'.");
                }
                if (day.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday))
                {
                    Problem(entry.Where, HolidayScheduleErrorCodes.MakeUpWeekday,
                        string.Create(CultureInfo.InvariantCulture, $"{Format(day)} is a {day.DayOfWeek}; a make-up working day (调休上班) is a Saturday or Sunday."));
                }
            }
        }
        foreach (Holiday statutory in StatutoryHolidays.Of(draft.Year))
        {
            foreach (LocalDate day in statutory.DaysOff.Where(d => !off.ContainsKey(d)))
            {
                Problem("year", HolidayScheduleErrorCodes.StatutoryMissing,
                    $"{Format(day)} ({statutory.Name}) is a statutory holiday of 全国年节及纪念日放假办法 in force in {draft.Year}, but not a day off here.");
            }
        }
    }
}
