using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Evaluation.Core.Appeals;
using Evaluation.Core.Catalog;
using Evaluation.Core.FollowUps;
using Evaluation.Core.Ratings;
using Evaluation.Core.Rectification;
using NodaTime;
using NodaTime.Text;

namespace Evaluation.IO.Csv;

/// <summary>Reads the fields of the interchange format from spans, reporting the first error of a row.</summary>
internal static partial class FieldParser
{
    /// <summary>
    /// Reads an ISO-8601 instant with an offset, such as <c>2023-12-05T10:31:00+08:00</c>. The common 25-character form,
    /// and that form with a fraction of the second or with <c>Z</c>, are read directly; any other form goes through
    /// NodaTime's extended ISO pattern. An instant without offset is an error.
    /// </summary>
    internal static bool TryInstant(ReadOnlySpan<char> text, out Instant instant) =>
        TryParseInstant(text, out instant) && Evaluation.Core.Periods.SupportedYears.Contains(instant);

    /// <summary>Reads an instant as <see cref="TryInstant"/> does, in any year the text can hold.</summary>
    internal static bool TryParseInstant(ReadOnlySpan<char> text, out Instant instant)
    {
        if (TryCommonForm(text, out int days, out int secondOfDay))
        {
            instant = Instant.FromUnixTimeSeconds((days * 86400L) + secondOfDay);
            return true;
        }
        if (TryFractionOrUtcForm(text, out days, out secondOfDay, out int nanosecond))
        {
            instant = Instant.FromUnixTimeSeconds((days * 86400L) + secondOfDay).PlusNanoseconds(nanosecond);
            return true;
        }
        // NodaTime builds the pattern on first use: an export of the common form never does.
        ParseResult<OffsetDateTime> parsed = OffsetDateTimePattern.ExtendedIso.Parse(text.ToString());
        instant = parsed.Success ? parsed.Value.ToInstant() : default;
        return parsed.Success;
    }

    /// <summary>
    /// The day since the Unix epoch and the second of that day (UTC) of an instant in the form
    /// <c>uuuu-MM-ddTHH:mm:ss±hh:mm</c> with a valid date, time and offset; false for anything else. The shape is checked
    /// eight characters at a time, each against its pattern (a digit, or the separator itself), before the fields are
    /// read without further checks; a date of the tabulated years is placed by table, without division.
    /// </summary>
    private static bool TryCommonForm(ReadOnlySpan<char> text, out int days, out int secondOfDay)
    {
        days = 0;
        secondOfDay = 0;
        if (text.Length != 25 || (text[19] != '+' && text[19] != '-'))
        {
            return false;
        }
        ref ushort c = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        if (!Matches(Vector128.LoadUnsafe(ref c), DigitsAt0, SeparatorsAt0)
            || !Matches(Vector128.LoadUnsafe(ref c, 8), DigitsAt8, SeparatorsAt8)
            || !Matches(Vector128.LoadUnsafe(ref c, 16), DigitsAt16, SeparatorsAt16.WithElement(3, text[19]))
            || unchecked((uint)(text[24] - '0')) > 9)
        {
            return false;
        }
        return TryPlace(ref c, Two(ref c, 20), Two(ref c, 23), text[19] == '-', out days, out secondOfDay);
    }

    /// <summary>
    /// The day since the Unix epoch, the second of that day (UTC) and the nanosecond of that second of an instant in the
    /// common form with a fraction of its second (<c>uuuu-MM-ddTHH:mm:ss.fffffffff±hh:mm</c>, one to nine digits), or with
    /// <c>Z</c> for its offset (<c>uuuu-MM-ddTHH:mm:ss.fffZ</c>, the fraction optional), as platforms that write
    /// milliseconds or UTC do; false for anything else. What it reads, NodaTime's extended ISO pattern reads alike.
    /// </summary>
    private static bool TryFractionOrUtcForm(ReadOnlySpan<char> text, out int days, out int secondOfDay, out int nanosecond)
    {
        days = 0;
        secondOfDay = 0;
        nanosecond = 0;
        if (text.Length is < 20 or > 35)
        {
            return false;
        }
        ref ushort c = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        if (!Matches(Vector128.LoadUnsafe(ref c), DigitsAt0, SeparatorsAt0)
            || !Matches(Vector128.LoadUnsafe(ref c, 8), DigitsAt8, SeparatorsAt8)
            || text[16] != ':' || !IsDigit(text[17]) || !IsDigit(text[18]))
        {
            return false;
        }
        int at = 19;
        if (text[at] == '.')
        {
            long fraction = 0;
            int first = ++at;
            for (; at < text.Length && IsDigit(text[at]) && at - first < 9; at++)
            {
                fraction = (fraction * 10) + (text[at] - '0');
            }
            // A tenth digit is left where the offset belongs, and refused there.
            if (at == first)
            {
                return false;
            }
            for (int digits = at - first; digits < 9; digits++)
            {
                fraction *= 10;
            }
            nanosecond = (int)fraction;
        }
        if (at == text.Length - 1 && text[at] == 'Z')
        {
            return TryPlace(ref c, 0, 0, false, out days, out secondOfDay);
        }
        if (at != text.Length - 6 || (text[at] != '+' && text[at] != '-') || !IsDigit(text[at + 1]) || !IsDigit(text[at + 2])
            || text[at + 3] != ':' || !IsDigit(text[at + 4]) || !IsDigit(text[at + 5]))
        {
            return false;
        }
        return TryPlace(ref c, Two(ref c, at + 1), Two(ref c, at + 4), text[at] == '-', out days, out secondOfDay);
    }

    private static bool IsDigit(char c) => unchecked((uint)(c - '0')) <= 9;

    /// <summary>
    /// Places a date and time whose characters (<c>uuuu-MM-ddTHH:mm:ss</c>, every field a run of digits) are checked, at
    /// an offset: false when the date, the time or the offset is out of range.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryPlace(ref ushort c, int offsetHours, int offsetMinutes, bool offsetNegative, out int days, out int secondOfDay)
    {
        days = 0;
        secondOfDay = 0;
        // Every field is a run of digits, so no sum below can overflow.
        unchecked
        {
            int year = (Digit(ref c, 0) * 1000) + (Digit(ref c, 1) * 100) + (Digit(ref c, 2) * 10) + Digit(ref c, 3);
            int month = Two(ref c, 5), day = Two(ref c, 8), hour = Two(ref c, 11), minute = Two(ref c, 14), second = Two(ref c, 17);
            if (year < 1 || month is < 1 or > 12 || day < 1 || day > DaysInMonth(year, month) || hour >= 24 || minute >= 60 || second >= 60
                || offsetHours >= 18 || offsetMinutes >= 60)
            {
                return false;
            }
            int offsetSeconds = ((offsetHours * 3600) + (offsetMinutes * 60)) * (offsetNegative ? -1 : 1);
            days = DaysFromUnixEpochByTable(year, month, day);
            secondOfDay = (hour * 3600) + (minute * 60) + second - offsetSeconds;
            // An offset moves the instant at most a day either way.
            if (secondOfDay < 0)
            {
                days--;
                secondOfDay += 86400;
            }
            else if (secondOfDay >= 86400)
            {
                days++;
                secondOfDay -= 86400;
            }
            return true;
        }
    }

    // The common form, 8 characters at a time: 0xFFFF where a digit belongs; otherwise the separator that belongs there
    // (the offset's sign, which may be either, put in its place). Constants, which the compiler loads as they are,
    // rather than static fields, which it reads after checking that their class is initialized.
    private static Vector128<ushort> DigitsAt0 => Vector128.Create((ushort)0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0, 0xFFFF, 0xFFFF, 0);

    private static Vector128<ushort> SeparatorsAt0 => Vector128.Create(0, 0, 0, 0, '-', 0, 0, '-');

    private static Vector128<ushort> DigitsAt8 => Vector128.Create((ushort)0xFFFF, 0xFFFF, 0, 0xFFFF, 0xFFFF, 0, 0xFFFF, 0xFFFF);

    private static Vector128<ushort> SeparatorsAt8 => Vector128.Create(0, 0, 'T', 0, 0, ':', 0, 0);

    private static Vector128<ushort> DigitsAt16 => Vector128.Create((ushort)0, 0xFFFF, 0xFFFF, 0, 0xFFFF, 0xFFFF, 0, 0xFFFF);

    private static Vector128<ushort> SeparatorsAt16 => Vector128.Create(':', 0, 0, '+', 0, 0, ':', 0);

    /// <summary>Whether each character is a digit where <paramref name="digits"/> says so and its separator elsewhere.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Matches(Vector128<ushort> chars, Vector128<ushort> digits, Vector128<ushort> separators)
    {
        Vector128<ushort> isDigit = Vector128.LessThanOrEqual(chars - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9));
        Vector128<ushort> isSeparator = Vector128.Equals(chars, separators);
        return Vector128.ConditionalSelect(digits, isDigit, isSeparator) == Vector128<ushort>.AllBitsSet;
    }

    private static int Digit(ref ushort c, int at) => unchecked(Unsafe.Add(ref c, at) - '0');

    private static int Two(ref ushort c, int at) => unchecked((Digit(ref c, at) * 10) + Digit(ref c, at + 1));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int DaysInMonth(int year, int month) =>
        month == 2 ? (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28) : 30 + ((month + (month >> 3)) & 1);

    /// <summary>Days from 1970-01-01 to a proleptic Gregorian date (the "days from civil" algorithm).</summary>
    private static long DaysFromUnixEpoch(int year, int month, int day)
    {
        unchecked
        {
            int y = month <= 2 ? year - 1 : year;
            int era = (y >= 0 ? y : y - 399) / 400;
            int yearOfEra = y - (era * 400);
            int dayOfYear = ((153 * (month > 2 ? month - 3 : month + 9)) + 2) / 5 + day - 1;
            int dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
            return (era * 146097L) + dayOfEra - 719468;
        }
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
