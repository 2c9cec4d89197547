using Evaluation.IO.Csv;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;

namespace Evaluation.IO.Tests;

/// <summary>
/// The direct reading of the common instant form, with or without a fraction of the second, at an offset or in UTC,
/// agrees with NodaTime's extended ISO pattern, valid or not, whole or with one character replaced, read as an instant or
/// straight into a table row's packed form, near the supported years' bounds and the tabulated years' too.
/// </summary>
public class InstantFieldProperties
{
    private static readonly OffsetDateTimePattern Pattern = OffsetDateTimePattern.ExtendedIso;

    [Property(MaxTest = 4000)]
    public Property The_common_form_reads_as_NodaTime_reads_it()
    {
        Gen<string> texts =
            from year in Gen.Frequency((4, Gen.Choose(1990, 2030)), (1, Gen.Choose(1, 9999)), (1, Gen.Elements(1899, 1900, 1949, 1950, 2000, 2099, 2100, 2200, 2201)))
            from month in Gen.Choose(0, 13)
            from day in Gen.Choose(0, 32)
            from hour in Gen.Choose(0, 24)
            from minute in Gen.Choose(0, 60)
            from second in Gen.Choose(0, 60)
            // A fraction of the second (none mostly; one to ten digits, a comma for the point, or a point alone) and an
            // offset (or Z, or z).
            from fraction in Gen.Frequency(
                (6, Gen.Constant("")),
                (3, Gen.Choose(1, 10).SelectMany(digits => Gen.Elements('0', '1', '5', '9').ArrayOf(digits)).Select(d => "." + new string(d))),
                (1, Gen.Elements(",5", ".", ",123")))
            from sign in Gen.Elements('+', '-')
            from offsetHours in Gen.Choose(0, 18)
            from offsetMinutes in Gen.Elements(0, 30, 45, 60)
            from offset in Gen.Frequency((5, Gen.Constant($"{sign}{offsetHours:D2}:{offsetMinutes:D2}")), (2, Gen.Constant("Z")), (1, Gen.Elements("z", "+08", "+0800", "")))
            select $"{year:D4}-{month:D2}-{day:D2}T{hour:D2}:{minute:D2}:{second:D2}{fraction}{offset}";
        // One text in three has one character replaced, at any place, by a digit, a separator or something else.
        Gen<string> corrupted =
            from text in texts
            from at in Gen.Choose(0, text.Length - 1)
            from replacement in Gen.Elements('0', '9', '-', ':', 'T', 't', '+', '/', ')', ' ', 'a', '\u0660', '\uff10')
            select text[..at] + replacement + text[(at + 1)..];
        return Prop.ForAll(Gen.Frequency((2, texts), (1, corrupted)).ToArbitrary(), text =>
        {
            ParseResult<OffsetDateTime> expected = Pattern.Parse(text);
            bool read = FieldParser.TryParseInstant(text, out Instant instant);
            bool placed = FieldParser.TryInstant(text, out Instant supported);
            // A reader keeps an instant only in the years the rules can place; any other year reads as out of range.
            // Read straight into a row's packed form: the same instant, kept in the same years.
            bool packed = FieldParser.TryPackedInstant(text, out Evaluation.IO.Columnar.PackedInstant row);
            return read == expected.Success && (!read || instant == expected.Value.ToInstant())
                && placed == (read && Evaluation.Core.Periods.SupportedYears.Contains(instant)) && (!placed || supported == instant)
                && packed == placed && (!packed || row.Value == supported);
        });
    }
}
