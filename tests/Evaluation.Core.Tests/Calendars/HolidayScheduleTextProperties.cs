using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Evaluation.Core.Calendars;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Evaluation.Core.Tests.Calendars;

/// <summary>A schedule written in either form and read back is the same schedule: the built-in notices, and schedules made at random.</summary>
public class HolidayScheduleTextProperties
{
    internal static bool Same(HolidaySchedule a, HolidaySchedule b) =>
        a.Year == b.Year && a.Source == b.Source && a.Kind == b.Kind && a.Holidays.SequenceEqual(b.Holidays)
        && a.DaysOff.SetEquals(b.DaysOff) && a.MakeUpWorkingDays.SetEquals(b.MakeUpWorkingDays);

    private static HolidaySchedule ReadBack(HolidaySchedule schedule, bool json)
    {
        string text = json ? HolidayScheduleText.ToJson(schedule) : HolidayScheduleText.ToPlainText(schedule);
        HolidayScheduleReading reading = HolidayScheduleText.Read(text, json ? "schedule.json" : "schedule.txt");
        Assert.Empty(reading.Problems);
        return reading.Schedule!;
    }

    [Property(MaxTest = 64)]
    public Property The_built_in_schedules_of_2019_to_2026_read_back_equal_in_both_forms() =>
        Prop.ForAll(Gen.Elements(WorkingCalendar.China.Schedules.ToArray()).ToArbitrary(), Gen.Elements(true, false).ToArbitrary(),
            (schedule, json) => Same(schedule, ReadBack(schedule, json)));

    /// <summary>A year's statutory days with weekend days around them made working days at random, and a source of any text.</summary>
    private static Gen<HolidaySchedule> Schedules() =>
        from year in Gen.Choose(1950, 2099)
        from seed in Gen.Choose(0, 1 << 20)
        from source in Gen.Elements("国务院办公厅关于某年部分节假日安排的通知（国办发明电〔2026〕1号）", "a notice: with, \"quotes\"", "local")
        select Schedule(year, seed, source);

    private static HolidaySchedule Schedule(int year, int seed, string source)
    {
        var random = new System.Random(seed);
        var holidays = StatutoryHolidays.ProvisionalSchedule(year).Holidays.Select(h =>
        {
            IEnumerable<LocalDate> around = Enumerable.Range(1, 7).SelectMany(k => new[] { h.DaysOff.Start.PlusDays(-k), h.DaysOff.End.PlusDays(k) })
                .Where(d => d.Year == year && d.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday && random.Next(3) == 0);
            return new Holiday(h.Name, h.DaysOff, around);
        }).ToList();
        // Make-up days of one holiday must not be another's days off.
        var off = holidays.SelectMany(h => h.DaysOff).ToHashSet();
        return new HolidaySchedule(year, source, holidays.Select(h => new Holiday(h.Name, h.DaysOff, h.MakeUpWorkingDays.Where(d => !off.Contains(d)))));
    }

    [Property(MaxTest = 200)]
    public Property Any_schedule_reads_back_equal_in_both_forms() =>
        Prop.ForAll(Schedules().ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (schedule, json) => Same(schedule, ReadBack(schedule, json)));

    [Fact]
    public void A_schedule_is_read_from_a_stream_with_a_byte_order_mark()
    {
        HolidaySchedule schedule = WorkingCalendar.China.Schedules[^1];
        using var stream = new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(HolidayScheduleText.ToJson(schedule))]);

        HolidayScheduleReading reading = HolidayScheduleText.Read(stream, "2026.json");

        Assert.True(Same(schedule, reading.Schedule!));
    }
}
