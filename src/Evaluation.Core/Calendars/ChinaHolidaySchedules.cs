using System.Collections.Immutable;
using NodaTime;

namespace Evaluation.Core.Calendars;

/// <summary>
/// The State Council's holiday notices (国务院办公厅关于某年部分节假日安排的通知), entered by hand from the
/// published texts and checked against the yearly working-day totals (2019: 250, 2020: 249, 2021: 250,
/// 2022: 249, 2023: 249, 2024: 251, 2025: 248, 2026: 248).
/// </summary>
internal static class ChinaHolidaySchedules
{
    /// <summary>The version of the built-in data; it changes whenever a year is added or corrected.</summary>
    internal const string DataVersion = "2026.1";

    internal static ImmutableArray<HolidaySchedule> All { get; } =
    [
        Y2019(), Y2020(), Y2021(), Y2022(), Y2023(), Y2024(), Y2025(), Y2026(),
    ];

    // 国务院办公厅关于2019年部分节假日安排的通知（国办发明电〔2018〕15号）, with the Labour Day change of
    // 国务院办公厅关于调整2019年劳动节假期安排的通知（国办发明电〔2019〕2号）.
    private static HolidaySchedule Y2019() => new(2019,
        "国务院办公厅关于2019年部分节假日安排的通知（国办发明电〔2018〕15号）；国务院办公厅关于调整2019年劳动节假期安排的通知（国办发明电〔2019〕2号）",
        [
            Block("元旦 New Year's Day", D(2018, 12, 30), D(2019, 1, 1), D(2018, 12, 29)),
            Block("春节 Spring Festival", D(2019, 2, 4), D(2019, 2, 10), D(2019, 2, 2), D(2019, 2, 3)),
            Block("清明节 Qingming Festival", D(2019, 4, 5), D(2019, 4, 7)),
            Block("劳动节 Labour Day", D(2019, 5, 1), D(2019, 5, 4), D(2019, 4, 28), D(2019, 5, 5)),
            Block("端午节 Dragon Boat Festival", D(2019, 6, 7), D(2019, 6, 9)),
            Block("中秋节 Mid-Autumn Festival", D(2019, 9, 13), D(2019, 9, 15)),
            Block("国庆节 National Day", D(2019, 10, 1), D(2019, 10, 7), D(2019, 9, 29), D(2019, 10, 12)),
        ]);

    // 国务院办公厅关于2020年部分节假日安排的通知（国办发明电〔2019〕16号）, with the Spring Festival extended to
    // 2 February by 国务院办公厅关于延长2020年春节假期的通知（国办发明电〔2020〕1号）: 31 January became a day off
    // and 1 February (Saturday) was no longer a make-up working day.
    private static HolidaySchedule Y2020() => new(2020,
        "国务院办公厅关于2020年部分节假日安排的通知（国办发明电〔2019〕16号）；国务院办公厅关于延长2020年春节假期的通知（国办发明电〔2020〕1号）",
        [
            Block("元旦 New Year's Day", D(2020, 1, 1), D(2020, 1, 1)),
            Block("春节 Spring Festival (extended)", D(2020, 1, 24), D(2020, 2, 2), D(2020, 1, 19)),
            Block("清明节 Qingming Festival", D(2020, 4, 4), D(2020, 4, 6)),
            Block("劳动节 Labour Day", D(2020, 5, 1), D(2020, 5, 5), D(2020, 4, 26), D(2020, 5, 9)),
            Block("端午节 Dragon Boat Festival", D(2020, 6, 25), D(2020, 6, 27), D(2020, 6, 28)),
            Block("国庆节、中秋节 National Day and Mid-Autumn Festival", D(2020, 10, 1), D(2020, 10, 8), D(2020, 9, 27), D(2020, 10, 10)),
        ]);

    // 国务院办公厅关于2021年部分节假日安排的通知（国办发明电〔2020〕27号）.
    private static HolidaySchedule Y2021() => new(2021,
        "国务院办公厅关于2021年部分节假日安排的通知（国办发明电〔2020〕27号）",
        [
            Block("元旦 New Year's Day", D(2021, 1, 1), D(2021, 1, 3)),
            Block("春节 Spring Festival", D(2021, 2, 11), D(2021, 2, 17), D(2021, 2, 7), D(2021, 2, 20)),
            Block("清明节 Qingming Festival", D(2021, 4, 3), D(2021, 4, 5)),
            Block("劳动节 Labour Day", D(2021, 5, 1), D(2021, 5, 5), D(2021, 4, 25), D(2021, 5, 8)),
            Block("端午节 Dragon Boat Festival", D(2021, 6, 12), D(2021, 6, 14)),
            Block("中秋节 Mid-Autumn Festival", D(2021, 9, 19), D(2021, 9, 21), D(2021, 9, 18)),
            Block("国庆节 National Day", D(2021, 10, 1), D(2021, 10, 7), D(2021, 9, 26), D(2021, 10, 9)),
        ]);

    // 国务院办公厅关于2022年部分节假日安排的通知（国办发明电〔2021〕11号）.
    private static HolidaySchedule Y2022() => new(2022,
        "国务院办公厅关于2022年部分节假日安排的通知（国办发明电〔2021〕11号）",
        [
            Block("元旦 New Year's Day", D(2022, 1, 1), D(2022, 1, 3)),
            Block("春节 Spring Festival", D(2022, 1, 31), D(2022, 2, 6), D(2022, 1, 29), D(2022, 1, 30)),
            Block("清明节 Qingming Festival", D(2022, 4, 3), D(2022, 4, 5), D(2022, 4, 2)),
            Block("劳动节 Labour Day", D(2022, 4, 30), D(2022, 5, 4), D(2022, 4, 24), D(2022, 5, 7)),
            Block("端午节 Dragon Boat Festival", D(2022, 6, 3), D(2022, 6, 5)),
            Block("中秋节 Mid-Autumn Festival", D(2022, 9, 10), D(2022, 9, 12)),
            Block("国庆节 National Day", D(2022, 10, 1), D(2022, 10, 7), D(2022, 10, 8), D(2022, 10, 9)),
        ]);

    // 国务院办公厅关于2023年部分节假日安排的通知（国办发明电〔2022〕16号）.
    private static HolidaySchedule Y2023() => new(2023,
        "国务院办公厅关于2023年部分节假日安排的通知（国办发明电〔2022〕16号）",
        [
            Block("元旦 New Year's Day", D(2022, 12, 31), D(2023, 1, 2)),
            Block("春节 Spring Festival", D(2023, 1, 21), D(2023, 1, 27), D(2023, 1, 28), D(2023, 1, 29)),
            Block("清明节 Qingming Festival", D(2023, 4, 5), D(2023, 4, 5)),
            Block("劳动节 Labour Day", D(2023, 4, 29), D(2023, 5, 3), D(2023, 4, 23), D(2023, 5, 6)),
            Block("端午节 Dragon Boat Festival", D(2023, 6, 22), D(2023, 6, 24), D(2023, 6, 25)),
            Block("中秋节、国庆节 Mid-Autumn Festival and National Day", D(2023, 9, 29), D(2023, 10, 6), D(2023, 10, 7), D(2023, 10, 8)),
        ]);

    // 国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）.
    private static HolidaySchedule Y2024() => new(2024,
        "国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）",
        [
            Block("元旦 New Year's Day", D(2024, 1, 1), D(2024, 1, 1)),
            Block("春节 Spring Festival", D(2024, 2, 10), D(2024, 2, 17), D(2024, 2, 4), D(2024, 2, 18)),
            Block("清明节 Qingming Festival", D(2024, 4, 4), D(2024, 4, 6), D(2024, 4, 7)),
            Block("劳动节 Labour Day", D(2024, 5, 1), D(2024, 5, 5), D(2024, 4, 28), D(2024, 5, 11)),
            Block("端午节 Dragon Boat Festival", D(2024, 6, 10), D(2024, 6, 10)),
            Block("中秋节 Mid-Autumn Festival", D(2024, 9, 15), D(2024, 9, 17), D(2024, 9, 14)),
            Block("国庆节 National Day", D(2024, 10, 1), D(2024, 10, 7), D(2024, 9, 29), D(2024, 10, 12)),
        ]);

    // 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）, the first under the revised
    // 全国年节及纪念日放假办法 that added 除夕 and 2 May as public holidays.
    private static HolidaySchedule Y2025() => new(2025,
        "国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）",
        [
            Block("元旦 New Year's Day", D(2025, 1, 1), D(2025, 1, 1)),
            Block("春节 Spring Festival", D(2025, 1, 28), D(2025, 2, 4), D(2025, 1, 26), D(2025, 2, 8)),
            Block("清明节 Qingming Festival", D(2025, 4, 4), D(2025, 4, 6)),
            Block("劳动节 Labour Day", D(2025, 5, 1), D(2025, 5, 5), D(2025, 4, 27)),
            Block("端午节 Dragon Boat Festival", D(2025, 5, 31), D(2025, 6, 2)),
            Block("国庆节、中秋节 National Day and Mid-Autumn Festival", D(2025, 10, 1), D(2025, 10, 8), D(2025, 9, 28), D(2025, 10, 11)),
        ]);

    // 国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）.
    private static HolidaySchedule Y2026() => new(2026,
        "国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）",
        [
            Block("元旦 New Year's Day", D(2026, 1, 1), D(2026, 1, 3), D(2026, 1, 4)),
            Block("春节 Spring Festival", D(2026, 2, 15), D(2026, 2, 23), D(2026, 2, 14), D(2026, 2, 28)),
            Block("清明节 Qingming Festival", D(2026, 4, 4), D(2026, 4, 6)),
            Block("劳动节 Labour Day", D(2026, 5, 1), D(2026, 5, 5), D(2026, 5, 9)),
            Block("端午节 Dragon Boat Festival", D(2026, 6, 19), D(2026, 6, 21)),
            Block("中秋节 Mid-Autumn Festival", D(2026, 9, 25), D(2026, 9, 27)),
            Block("国庆节 National Day", D(2026, 10, 1), D(2026, 10, 7), D(2026, 9, 20), D(2026, 10, 10)),
        ]);

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    private static Holiday Block(string name, LocalDate first, LocalDate last, params LocalDate[] makeUpWorkingDays) =>
        new(name, new DateInterval(first, last), makeUpWorkingDays);
}
