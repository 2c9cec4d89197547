using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Evaluation.Core.Calendars;
using NodaTime;

namespace Evaluation.Core.Benchmarks;

/// <summary>
/// <see cref="WorkingCalendar"/>'s indexed AddWorkingDays and CountWorkingDays against the naive way: a loop over
/// days that checks the weekday and the notice's sets of days off and make-up days. Each operation runs over
/// 256 start dates spread over 2023 and 2024.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class WorkingCalendarBenchmarks
{
    private const int Starts = 256;
    private readonly WorkingCalendar calendar = WorkingCalendar.China;
    private HashSet<LocalDate> daysOff = [];
    private HashSet<LocalDate> workingWeekends = [];
    private LocalDate[] startDates = [];
    private LocalDate[] endDates = [];

    [Params(1, 5, 15, 60)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        daysOff = [.. calendar.Schedules.SelectMany(s => s.DaysOff)];
        workingWeekends = [.. calendar.Schedules.SelectMany(s => s.MakeUpWorkingDays)];
        startDates = [.. Enumerable.Range(0, Starts).Select(i => new LocalDate(2023, 1, 1).PlusDays(i * 2))];
        endDates = [.. startDates.Select(d => calendar.AddWorkingDays(d, N))];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Starts)]
    [BenchmarkCategory("Add")]
    public LocalDate AddWorkingDays_DayByDay()
    {
        LocalDate last = default;
        foreach (LocalDate start in startDates)
        {
            LocalDate d = start;
            for (int left = N; left > 0;)
            {
                d = d.PlusDays(1);
                if (IsWorkingNaive(d))
                {
                    left--;
                }
            }
            last = d;
        }
        return last;
    }

    [Benchmark(OperationsPerInvoke = Starts)]
    [BenchmarkCategory("Add")]
    public LocalDate AddWorkingDays_Indexed()
    {
        LocalDate last = default;
        foreach (LocalDate start in startDates)
        {
            last = calendar.AddWorkingDays(start, N);
        }
        return last;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Starts)]
    [BenchmarkCategory("Count")]
    public int CountWorkingDays_DayByDay()
    {
        int total = 0;
        for (int i = 0; i < startDates.Length; i++)
        {
            for (LocalDate d = startDates[i].PlusDays(1); d <= endDates[i]; d = d.PlusDays(1))
            {
                total += IsWorkingNaive(d) ? 1 : 0;
            }
        }
        return total;
    }

    [Benchmark(OperationsPerInvoke = Starts)]
    [BenchmarkCategory("Count")]
    public int CountWorkingDays_Indexed()
    {
        int total = 0;
        for (int i = 0; i < startDates.Length; i++)
        {
            total += calendar.CountWorkingDays(startDates[i], endDates[i]);
        }
        return total;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Starts)]
    [BenchmarkCategory("IsWorkingDay")]
    public int IsWorkingDay_HashSets()
    {
        int total = 0;
        foreach (LocalDate d in endDates)
        {
            total += IsWorkingNaive(d) ? 1 : 0;
        }
        return total;
    }

    [Benchmark(OperationsPerInvoke = Starts)]
    [BenchmarkCategory("IsWorkingDay")]
    public int IsWorkingDay_Indexed()
    {
        int total = 0;
        foreach (LocalDate d in endDates)
        {
            total += calendar.IsWorkingDay(d) ? 1 : 0;
        }
        return total;
    }

    private bool IsWorkingNaive(LocalDate d) =>
        workingWeekends.Contains(d) || (d.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && !daysOff.Contains(d));
}
