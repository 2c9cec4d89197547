using System;
using System.Globalization;
using Evaluation.Core.Appeals;
using Evaluation.Core.Catalog;
using Evaluation.Core.FollowUps;
using Evaluation.Core.Ratings;
using Evaluation.Core.Rectification;
using NodaTime;
using NodaTime.Text;

namespace Evaluation.IO.Csv;

/// <summary>Reads the fields of the interchange format from spans, reporting the first error of a row.</summary>
internal static class FieldParser
{
    private static readonly OffsetDateTimePattern Pattern = OffsetDateTimePattern.ExtendedIso;

    /// <summary>
    /// Reads an ISO-8601 instant with an offset, such as <c>2023-12-05T10:31:00+08:00</c>. The common 25-character form
    /// is read directly; any other form goes through NodaTime's extended ISO pattern. An instant without offset is an error.
    /// </summary>
    internal static bool TryInstant(ReadOnlySpan<char> text, out Instant instant)
    {
        if (text.Length == 25 && text[4] == '-' && text[7] == '-' && text[10] == 'T' && text[13] == ':' && text[16] == ':'
            && (text[19] == '+' || text[19] == '-') && text[22] == ':'
            && Two(text, 0, out int century) && Two(text, 2, out int yearOfCentury) && Two(text, 5, out int month) && Two(text, 8, out int day)
            && Two(text, 11, out int hour) && Two(text, 14, out int minute) && Two(text, 17, out int second)
            && Two(text, 20, out int offsetHours) && Two(text, 23, out int offsetMinutes)
            && (century * 100) + yearOfCentury is int year && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DaysInMonth(year, month)
            && hour < 24 && minute < 60 && second < 60 && offsetHours < 18 && offsetMinutes < 60)
        {
            int offsetSeconds = ((offsetHours * 3600) + (offsetMinutes * 60)) * (text[19] == '-' ? -1 : 1);
            long local = (DaysFromUnixEpoch(year, month, day) * 86400L) + (hour * 3600) + (minute * 60) + second;
            instant = Instant.FromUnixTimeSeconds(local - offsetSeconds);
            return true;
        }
        ParseResult<OffsetDateTime> parsed = Pattern.Parse(text.ToString());
        instant = parsed.Success ? parsed.Value.ToInstant() : default;
        return parsed.Success;
    }

    /// <summary>Reads the two digits at <paramref name="at"/>.</summary>
    private static bool Two(ReadOnlySpan<char> text, int at, out int value)
    {
        unchecked
        {
            uint tens = (uint)(text[at] - '0');
            uint ones = (uint)(text[at + 1] - '0');
            value = (int)((tens * 10) + ones);
            return tens <= 9 && ones <= 9;
        }
    }

    private static int DaysInMonth(int year, int month) =>
        month == 2 ? (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28) : 30 + ((month + (month >> 3)) & 1);

    /// <summary>Days from 1970-01-01 to a proleptic Gregorian date (the "days from civil" algorithm).</summary>
    private static long DaysFromUnixEpoch(int year, int month, int day)
    {
        int y = month <= 2 ? year - 1 : year;
        int era = (y >= 0 ? y : y - 399) / 400;
        int yearOfEra = y - (era * 400);
        int dayOfYear = ((153 * (month > 2 ? month - 3 : month + 9)) + 2) / 5 + day - 1;
        int dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146097L) + dayOfEra - 719468;
    }

    internal static bool TryInt(ReadOnlySpan<char> text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    internal static bool TryBool(ReadOnlySpan<char> text, out bool value)
    {
        if (text.Equals("true", StringComparison.OrdinalIgnoreCase) || text.SequenceEqual("1"))
        {
            value = true;
            return true;
        }
        value = false;
        return text.Equals("false", StringComparison.OrdinalIgnoreCase) || text.SequenceEqual("0");
    }

    internal static bool TryOrigin(ReadOnlySpan<char> text, out RatingOrigin origin)
    {
        origin = text.SequenceEqual("active") ? RatingOrigin.Active : text.SequenceEqual("default") ? RatingOrigin.Default : 0;
        return origin != 0;
    }

    internal static bool TryDecision(ReadOnlySpan<char> text, out AppealDecision decision)
    {
        (bool ok, decision) = text switch
        {
            "upheld" => (true, AppealDecision.Upheld),
            "rejected" => (true, AppealDecision.Rejected),
            "pending" or "" => (true, AppealDecision.Pending),
            _ => (false, AppealDecision.Pending),
        };
        return ok;
    }

    internal static bool TryGround(ReadOnlySpan<char> text, out AppealGround ground)
    {
        (bool ok, ground) = text switch
        {
            "" => (true, AppealGround.Unspecified),
            "mistaken" => (true, AppealGround.Mistaken),
            "malicious" => (true, AppealGround.Malicious),
            "untrue" => (true, AppealGround.Untrue),
            _ => (false, AppealGround.Unspecified),
        };
        return ok;
    }

    internal static bool TryOutcome(ReadOnlySpan<char> text, out RectificationOutcome outcome)
    {
        (bool ok, outcome) = text switch
        {
            "" => (true, RectificationOutcome.Unspecified),
            "fixed_at_once" => (true, RectificationOutcome.FixedAtOnce),
            "scheduled" => (true, RectificationOutcome.Scheduled),
            "explained" => (true, RectificationOutcome.Explained),
            _ => (false, RectificationOutcome.Unspecified),
        };
        return ok;
    }

    internal static bool TryWindowKind(ReadOnlySpan<char> text, out WindowKind kind)
    {
        for (kind = WindowKind.Comprehensive; kind <= WindowKind.SelfService; kind++)
        {
            if (text.SequenceEqual(Codes.Of(kind)))
            {
                return true;
            }
        }
        return false;
    }

    internal static bool TryMatterKind(ReadOnlySpan<char> text, out MatterKind kind)
    {
        for (kind = MatterKind.AdministrativeLicence; kind <= MatterKind.PublicService; kind++)
        {
            if (text.SequenceEqual(Codes.Of(kind)))
            {
                return true;
            }
        }
        return false;
    }

    internal static bool TryFollowUpChannel(ReadOnlySpan<char> text, out FollowUpChannel channel)
    {
        for (channel = FollowUpChannel.Phone; channel <= FollowUpChannel.Visit; channel++)
        {
            if (text.SequenceEqual(Codes.Of(channel)))
            {
                return true;
            }
        }
        return false;
    }

    internal static bool TryUnitLevel(ReadOnlySpan<char> text, out UnitLevel level)
    {
        for (level = UnitLevel.Province; level <= UnitLevel.FunctionalZone; level++)
        {
            if (text.SequenceEqual(Codes.Of(level)))
            {
                return true;
            }
        }
        return false;
    }
}
