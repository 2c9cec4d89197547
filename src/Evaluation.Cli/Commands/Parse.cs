using System;
using System.Collections.Immutable;
using System.Linq;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Periods;
using NodaTime;
using NodaTime.Text;

namespace Evaluation.Cli.Commands;

/// <summary>Parses option values, with messages that name the option and the expected form.</summary>
internal static class Parse
{
    internal static bool TryDimensions(string text, out ImmutableArray<GroupingDimension> dimensions, out string? problem)
    {
        problem = null;
        var parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var result = ImmutableArray.CreateBuilder<GroupingDimension>();
        foreach (string part in parts)
        {
            GroupingDimension? d = part switch
            {
                "unit" => GroupingDimension.Unit,
                "department" => GroupingDimension.Department,
                "matter" => GroupingDimension.Matter,
                "window" => GroupingDimension.Window,
                "channel" => GroupingDimension.Channel,
                _ => null,
            };
            if (d is null)
            {
                problem = $"--by: '{part}' is not a dimension; use unit, department, matter, window or channel.";
                dimensions = [];
                return false;
            }
            result.Add(d.Value);
        }
        dimensions = result.ToImmutable();
        if (dimensions.Length is 0 or > 2 || dimensions.Distinct().Count() != dimensions.Length)
        {
            problem = "--by takes one or two different dimensions.";
            return false;
        }
        return true;
    }

    internal static bool TryDate(string? text, string option, out LocalDate? date, ref string? problem)
    {
        date = null;
        if (text is null)
        {
            return true;
        }
        ParseResult<LocalDate> parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            problem = $"{option}: '{text}' is not a date like 2023-12-31.";
            return false;
        }
        if (parsed.Value.Year is < SupportedYears.First or > SupportedYears.Last)
        {
            problem = $"{option}: {text} is outside the years the rules can place ({SupportedYears.First} to {SupportedYears.Last}).";
            return false;
        }
        date = parsed.Value;
        return true;
    }

    /// <summary>A range of dates whose first comes after its last is a usage error, not an empty report.</summary>
    internal static bool TryRange(LocalDate? from, LocalDate? to, ref string? problem)
    {
        if (from is LocalDate first && to is LocalDate last && first > last)
        {
            problem = $"--from {first:uuuu-MM-dd} is after --to {last:uuuu-MM-dd}: the range holds no day.";
            return false;
        }
        return true;
    }

    internal static bool TryInstant(string? text, out Instant? instant, ref string? problem)
    {
        instant = null;
        if (text is null)
        {
            return true;
        }
        ParseResult<OffsetDateTime> parsed = OffsetDateTimePattern.ExtendedIso.Parse(text);
        if (parsed.Success && !SupportedYears.Contains(parsed.Value.ToInstant()))
        {
            problem = $"'{text}' is outside the years the rules can place ({SupportedYears.First} to {SupportedYears.Last}, China Standard Time).";
            return false;
        }
        if (parsed.Success)
        {
            instant = parsed.Value.ToInstant();
            return true;
        }
        problem = $"'{text}' is not an instant with an offset like 2024-01-31T00:00:00+08:00.";
        return false;
    }

    internal static ReportingPeriodKind? PeriodKind(string? text) => text switch
    {
        "day" => ReportingPeriodKind.Day,
        "week" => ReportingPeriodKind.Week,
        "month" => ReportingPeriodKind.Month,
        "quarter" => ReportingPeriodKind.Quarter,
        "year" => ReportingPeriodKind.Year,
        _ => null,
    };
}
