using System.Linq;
using Evaluation.Core.Calendars;
using NodaTime;
using Xunit;

namespace Evaluation.Core.Tests.Calendars;

/// <summary>Reading a schedule's text: the holiday-cn JSON and the plain form, and each rule a file can break, with where it broke it.</summary>
public class HolidayScheduleTextTests
{
    // The 2027 schedule as an operator would type it from the notice (dates for the example, not the real notice).
    private const string Plain2027 = """
        # 国务院办公厅关于2027年部分节假日安排的通知
        year: 2027
        source: 国务院办公厅关于2027年部分节假日安排的通知（example）
        元旦: 2027-01-01 to 2027-01-03
        春节: 2027-02-05 to 2027-02-12; work 2027-02-13, 2027-02-14
        清明节: 2027-04-05
        劳动节: 2027-05-01 to 2027-05-05; work 2027-04-25
        端午节: 2027-06-09
        中秋节: 2027-09-15
        国庆节: 2027-10-01 to 2027-10-07; work 2027-09-26, 2027-10-09
        """;

    private static HolidayScheduleProblem Single(string text, string origin = "2027.txt") =>
        Assert.Single(HolidayScheduleText.Read(text, origin).Problems);

    [Fact]
    public void The_plain_form_gives_each_holiday_its_days_off_and_make_up_days()
    {
        HolidayScheduleReading reading = HolidayScheduleText.Read(Plain2027, "2027.txt");

        HolidaySchedule schedule = Assert.IsType<HolidaySchedule>(reading.Schedule);
        Assert.Equal(2027, schedule.Year);
        Assert.Equal("国务院办公厅关于2027年部分节假日安排的通知（example）", schedule.Source);
        Assert.Equal(7, schedule.Holidays.Length);
        Assert.Equal(new DateInterval(new LocalDate(2027, 2, 5), new LocalDate(2027, 2, 12)), schedule.Holidays[1].DaysOff);
        Assert.Equal([new LocalDate(2027, 2, 13), new LocalDate(2027, 2, 14)], schedule.Holidays[1].MakeUpWorkingDays.ToArray());
        Assert.False(schedule.IsProvisional);
    }

    [Fact]
    public void Holiday_cn_json_groups_consecutive_days_of_one_name_and_joins_make_up_days_to_their_holiday()
    {
        string json = HolidayScheduleText.ToJson(HolidayScheduleText.Read(Plain2027, "2027.txt").Schedule!)
            .Replace("\"papers\"", "\"$schema\": \"x\", \"papers\"", System.StringComparison.Ordinal);

        HolidaySchedule schedule = HolidayScheduleText.Read(json, "2027.json").Schedule!;

        Assert.Equal(["元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"], schedule.Holidays.Select(h => h.Name));
        Assert.Equal([new LocalDate(2027, 9, 26), new LocalDate(2027, 10, 9)], schedule.Holidays[^1].MakeUpWorkingDays.ToArray());
    }

    [Fact]
    public void A_schedule_without_a_year_is_refused() =>
        Assert.Equal(("year", HolidayScheduleErrorCodes.Syntax), Pair(Single(Plain2027.Replace("year: 2027", "# no year", System.StringComparison.Ordinal))));

    [Fact]
    public void A_line_that_is_not_a_holiday_is_refused_with_its_line() =>
        Assert.Equal(("line 6", HolidayScheduleErrorCodes.Syntax), Pair(Single(Plain2027.Replace("清明节: 2027-04-05", "清明节: 5 April", System.StringComparison.Ordinal))));

    [Fact]
    public void Json_that_does_not_parse_is_refused() =>
        Assert.Equal(("$", HolidayScheduleErrorCodes.Syntax), Pair(Single("{ \"year\": 2027, \"days\": [", "2027.json")));

    [Fact]
    public void An_entry_without_a_name_is_refused_with_its_entry()
    {
        string json = HolidayScheduleText.ToJson(HolidayScheduleText.Read(Plain2027, "2027.txt").Schedule!);
        int at = json.IndexOf("\"端午节\"", System.StringComparison.Ordinal);
        string nameless = json[..at] + "\"\"" + json[(at + "\"端午节\"".Length)..];

        HolidayScheduleProblem problem = Single(nameless, "2027.json");

        Assert.Equal(HolidayScheduleErrorCodes.NameMissing, problem.Code);
        Assert.StartsWith("days[", problem.Where, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_outside_the_year_is_refused_with_its_line() =>
        Assert.Equal(("line 8", HolidayScheduleErrorCodes.DateOutsideYear),
            Pair(Single(Plain2027.Replace("端午节: 2027-06-09", "端午节: 2027-06-09; work 2028-06-10", System.StringComparison.Ordinal))));

    [Fact]
    public void Only_the_new_year_holiday_may_reach_back_into_december()
    {
        string reaching = Plain2027.Replace("元旦: 2027-01-01 to 2027-01-03", "元旦: 2026-12-31 to 2027-01-02", System.StringComparison.Ordinal);
        string other = Plain2027.Replace("端午节: 2027-06-09", "端午节: 2027-06-09; work 2026-12-26", System.StringComparison.Ordinal);

        Assert.Empty(HolidayScheduleText.Read(reaching, "2027.txt").Problems);
        Assert.Equal(HolidayScheduleErrorCodes.DateOutsideYear, Single(other).Code);
    }

    [Fact]
    public void A_day_both_off_and_worked_is_refused() =>
        Assert.Equal(("line 5", HolidayScheduleErrorCodes.DayOffAndWorking),
            Pair(Single(Plain2027.Replace("work 2027-02-13, 2027-02-14", "work 2027-02-13, 2027-02-14; work 2027-01-02", System.StringComparison.Ordinal))));

    [Fact]
    public void A_make_up_day_on_a_weekday_is_refused() =>
        Assert.Equal(("line 7", HolidayScheduleErrorCodes.MakeUpWeekday),
            Pair(Single(Plain2027.Replace("work 2027-04-25", "work 2027-04-28", System.StringComparison.Ordinal))));

    [Fact]
    public void A_year_without_a_statutory_holiday_of_the_2024_measures_is_refused()
    {
        // 2 May is a statutory day from 2025 on.
        HolidayScheduleProblem problem = Single(Plain2027.Replace("劳动节: 2027-05-01 to 2027-05-05", "劳动节: 2027-05-01", System.StringComparison.Ordinal));

        Assert.Equal(HolidayScheduleErrorCodes.StatutoryMissing, problem.Code);
        Assert.Contains("2027-05-02", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_of_a_file_is_reported_not_just_the_first()
    {
        string text = Plain2027.Replace("work 2027-04-25", "work 2027-04-28", System.StringComparison.Ordinal)
            .Replace("端午节: 2027-06-09", "端午节: 2027-06-09; work 2028-06-10", System.StringComparison.Ordinal);

        Assert.Equal(2, HolidayScheduleText.Read(text, "2027.txt").Problems.Length);
    }

    private static (string, string) Pair(HolidayScheduleProblem problem) => (problem.Where, problem.Code);
}
