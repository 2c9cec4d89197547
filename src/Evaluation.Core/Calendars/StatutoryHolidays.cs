using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Evaluation.Core.Periods;
using Evaluation.Core.Utility;
using NodaTime;

namespace Evaluation.Core.Calendars;

/// <summary>
/// The days off that the national measures on public holidays (全国年节及纪念日放假办法) fix for every citizen, by the
/// text in force in a year, and the provisional schedule they give a year whose State Council notice is not out yet.
/// </summary>
/// <remarks>
/// <para>The texts: 1949 (元旦 1 day; 春节 初一 to 初三; 劳动节 1 May; 国庆节 1 and 2 October), revised 1999 (from 2000:
/// 劳动节 1 to 3 May; 国庆节 1 to 3 October), 2007 (from 2008: 劳动节 1 May; 春节 除夕 to 初二; 清明节, 端午节 and
/// 中秋节 added, one day each), 2013 (from 2014: 春节 初一 to 初三) and 2024 (from 2025: 春节 除夕 to 初三, 4 days;
/// 劳动节 1 and 2 May).</para>
/// <para>The lunar holidays are computed with <see cref="System.Globalization.ChineseLunisolarCalendar"/>, 清明 from
/// the solar term. Each text also provides that a holiday falling on a Saturday or Sunday is given back on a working
/// day (适逢星期六、星期日，应当在工作日补假): the provisional schedule gives it on the first weekday after the holiday.
/// What the law leaves to each year's notice, the days moved to make longer breaks and the weekend days worked in
/// exchange (调休上班), cannot be known before the notice, so a provisional schedule has none.</para>
/// </remarks>
public static class StatutoryHolidays
{
    /// <summary>The holidays the measures in force in <paramref name="year"/> fix, each with its statutory days only.</summary>
    /// <param name="year">A year from <see cref="SupportedYears.First"/> to <see cref="SupportedYears.Last"/>.</param>
    /// <returns>The holidays in date order; a holiday whose days are consecutive is one block.</returns>
    public static ImmutableArray<Holiday> Of(int year)
    {
        Preconditions.CheckRange(year, nameof(year), SupportedYears.First, SupportedYears.Last);
        LocalDate newYear = LunarDates.SpringFestival(year);
        var holidays = new List<Holiday>
        {
            Days("元旦 New Year's Day", new LocalDate(year, 1, 1), 1),
            year switch
            {
                >= 2025 => Days("春节 Spring Festival", newYear.PlusDays(-1), 4),
                >= 2014 => Days("春节 Spring Festival", newYear, 3),
                >= 2008 => Days("春节 Spring Festival", newYear.PlusDays(-1), 3),
                _ => Days("春节 Spring Festival", newYear, 3),
            },
            Days("劳动节 Labour Day", new LocalDate(year, 5, 1), year switch { >= 2025 => 2, >= 2008 => 1, >= 2000 => 3, _ => 1 }),
            Days("国庆节 National Day", new LocalDate(year, 10, 1), year >= 2000 ? 3 : 2),
        };
        if (year >= 2008)
        {
            holidays.Add(Days("清明节 Qingming Festival", SolarTerms.Qingming(year), 1));
            holidays.Add(Days("端午节 Dragon Boat Festival", LunarDates.Of(year, 5, 5), 1));
            holidays.Add(Days("中秋节 Mid-Autumn Festival", LunarDates.Of(year, 8, 15), 1));
        }
        return [.. holidays.OrderBy(h => h.DaysOff.Start)];
    }

    /// <summary>
    /// A provisional schedule for a year without a notice: the statutory days of <see cref="Of"/>, each holiday that
    /// falls on a Saturday or Sunday given back on the first following weekday that is not already off, and no
    /// make-up working days. <see cref="HolidaySchedule.IsProvisional"/> is true.
    /// </summary>
    /// <param name="year">A year from <see cref="SupportedYears.First"/> to <see cref="SupportedYears.Last"/>.</param>
    /// <returns>The schedule.</returns>
    public static HolidaySchedule ProvisionalSchedule(int year)
    {
        ImmutableArray<Holiday> statutory = Of(year);
        var off = statutory.SelectMany(h => h.DaysOff).ToHashSet();
        var blocks = new List<Holiday>();
        foreach (Holiday holiday in statutory)
        {
            int owed = holiday.DaysOff.Count(IsWeekend);
            LocalDate last = holiday.DaysOff.End;
            for (LocalDate day = last.PlusDays(1); owed > 0; day = day.PlusDays(1))
            {
                if (!IsWeekend(day) && off.Add(day))
                {
                    owed--;
                }
                last = day;
            }
            // The block runs on over the weekend days and days given back that follow it.
            blocks.Add(new Holiday(holiday.Name, new DateInterval(holiday.DaysOff.Start, last)));
        }
        string source = string.Create(CultureInfo.InvariantCulture,
            $"Provisional {year}: the statutory days of 全国年节及纪念日放假办法 in force in {year}, with days given back for those on a weekend; no 调休上班 (the State Council notice for {year} is not applied)");
        return new HolidaySchedule(year, source, Merge(blocks), HolidayScheduleKind.National, isProvisional: true);
    }

    private static bool IsWeekend(LocalDate day) => day.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;

    private static Holiday Days(string name, LocalDate first, int days) => new(name, new DateInterval(first, first.PlusDays(days - 1)));

    /// <summary>Joins blocks that overlap or touch (中秋 on 1 October, for example), naming both holidays.</summary>
    private static IEnumerable<Holiday> Merge(List<Holiday> blocks)
    {
        Holiday? current = null;
        foreach (Holiday next in blocks.OrderBy(b => b.DaysOff.Start))
        {
            if (current is not null && next.DaysOff.Start <= current.DaysOff.End.PlusDays(1))
            {
                LocalDate end = next.DaysOff.End > current.DaysOff.End ? next.DaysOff.End : current.DaysOff.End;
                current = new Holiday(current.Name + "、" + next.Name, new DateInterval(current.DaysOff.Start, end));
                continue;
            }
            if (current is not null)
            {
                yield return current;
            }
            current = next;
        }
        if (current is not null)
        {
            yield return current;
        }
    }
}
