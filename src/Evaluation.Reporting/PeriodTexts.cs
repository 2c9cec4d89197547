using System;
using System.Collections.Generic;
using Evaluation.Core.Periods;
using NodaTime;

namespace Evaluation.Reporting;

/// <summary>
/// The text of each period of one grouping (统计周期, <c>2023-12-05</c>, <c>2023-W49</c>), made once and then found by an
/// index computed from the period's first day: a row of millions finds its period's text without hashing the period.
/// </summary>
internal sealed class PeriodTexts
{
    /// <summary>Days a year takes in the index: room for any month's 31 days in each of 16 month slots.</summary>
    private const int YearSlots = 16 * 32;

    private readonly ReportingPeriodKind? kind;
    private readonly int first;
    private readonly string?[] texts;

    /// <summary>The texts of some periods, all of one kind (a grouping has one period kind); none when there are none.</summary>
    /// <exception cref="ArgumentException">The periods are not all of one kind.</exception>
    internal PeriodTexts(IEnumerable<ReportingPeriod> periods)
    {
        var distinct = new HashSet<ReportingPeriod>(periods);
        if (distinct.Count == 0)
        {
            texts = [];
            return;
        }
        int low = int.MaxValue, high = int.MinValue;
        foreach (ReportingPeriod period in distinct)
        {
            if ((kind ??= period.Kind) != period.Kind)
            {
                throw new ArgumentException("The periods of one grouping are of one kind.", nameof(periods));
            }
            int at = IndexOf(period.Start);
            low = Math.Min(low, at);
            high = Math.Max(high, at);
        }
        first = low;
        texts = new string?[high - low + 1];
        foreach (ReportingPeriod period in distinct)
        {
            texts[IndexOf(period.Start) - first] = period.ToString();
        }
    }

    /// <summary>The text of one of the periods given.</summary>
    /// <exception cref="KeyNotFoundException">The period was not among them.</exception>
    internal string this[ReportingPeriod period]
    {
        get
        {
            int at = IndexOf(period.Start) - first;
            return period.Kind == kind && unchecked((uint)at) < (uint)texts.Length && texts[at] is string text
                ? text
                : throw new KeyNotFoundException($"The period {period} is not one of the grouping's.");
        }
    }

    /// <summary>A date's place in the index: its year's slots, then its month's, then its day.</summary>
    private static int IndexOf(LocalDate date) => (date.Year * YearSlots) + (date.Month * 32) + date.Day;
}
