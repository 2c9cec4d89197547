using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Evaluation.Workbooks.Reading;

/// <summary>
/// The text of a sheet's cell as the CSV format writes it: text as it is, numbers in invariant culture (whole numbers
/// without a decimal point), true and false, and dates and times (numbers in a date format, or ISO dates) as instants in
/// China Standard Time, <c>2023-12-05T10:31:00+08:00</c>.
/// </summary>
internal sealed class CellText
{
    /// <summary>Excel's built-in number formats that show a date or a time.</summary>
    private static readonly HashSet<uint> BuiltInDateFormats = [14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57];

    private readonly string[] shared;
    private readonly bool[] dateStyle;

    private CellText(string[] shared, bool[] dateStyle) => (this.shared, this.dateStyle) = (shared, dateStyle);

    internal static CellText Of(SharedStringTable? strings, Stylesheet? styles)
    {
        string[] shared = strings is null ? [] : [.. strings.Elements<SharedStringItem>().Select(TextOf)];
        var customDates = (styles?.NumberingFormats?.Elements<NumberingFormat>() ?? [])
            .Where(f => f.NumberFormatId is not null && IsDateFormat(f.FormatCode?.Value))
            .Select(f => f.NumberFormatId!.Value)
            .ToHashSet();
        bool[] dateStyle = [.. (styles?.CellFormats?.Elements<CellFormat>() ?? []).Select(f => f.NumberFormatId?.Value is uint id && (BuiltInDateFormats.Contains(id) || customDates.Contains(id)))];
        return new CellText(shared, dateStyle);
    }

    /// <summary>The cell's text, or null when its value cannot be read (a shared string that is not in the table).</summary>
    internal string? Of(Cell cell)
    {
        string raw = cell.CellValue?.Text ?? string.Empty;
        CellValues? type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out int i) && i < shared.Length ? shared[i] : null;
        }
        if (type == CellValues.InlineString)
        {
            return cell.InlineString is InlineString inline ? TextOf(inline) : raw;
        }
        if (type == CellValues.Boolean)
        {
            return raw switch { "1" => "true", "0" => "false", _ => raw };
        }
        if (type == CellValues.Date)
        {
            return DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime date) ? Instant(date) : raw;
        }
        if (type is null || type == CellValues.Number)
        {
            if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out double number))
            {
                return raw;
            }
            bool isDate = cell.StyleIndex?.Value is uint style && style < dateStyle.Length && dateStyle[style];
            if (isDate && number is >= 0 and < 2958466)
            {
                return Instant(DateTime.FromOADate(number));
            }
            return number == Math.Floor(number) && Math.Abs(number) < 1e15
                ? ((long)number).ToString(CultureInfo.InvariantCulture)
                : number.ToString("R", CultureInfo.InvariantCulture);
        }
        // A formula's text result (str) or an error (#N/A): as it is; the field's parser says what is wrong with it.
        return raw;
    }

    /// <summary>A date and time of a sheet, which has no zone, as the instant it names in China Standard Time; whole seconds unless the cell holds a fraction.</summary>
    private static string Instant(DateTime local)
    {
        // Dates are held as fractions of a day: the nearest millisecond is what the cell meant.
        var rounded = new DateTime((local.Ticks + 5_000) / 10_000 * 10_000, DateTimeKind.Unspecified);
        return rounded.ToString("yyyy-MM-dd'T'HH:mm:ss.FFF", CultureInfo.InvariantCulture) + "+08:00";
    }

    /// <summary>The text of a shared or inline string: its own text and its runs', without phonetic guides.</summary>
    private static string TextOf(DocumentFormat.OpenXml.OpenXmlElement item) =>
        string.Concat(item.Descendants<Text>().Where(t => t.Parent is not PhoneticRun).Select(t => t.Text));

    /// <summary>Whether a custom number format shows a date or time: y, m, d, h or s outside quotes, brackets and escapes.</summary>
    internal static bool IsDateFormat(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return false;
        }
        bool quoted = false, bracket = false;
        for (int i = 0; i < code.Length; i++)
        {
            char c = code[i];
            if (quoted)
            {
                quoted = c != '"';
                continue;
            }
            if (bracket)
            {
                bracket = c != ']';
                continue;
            }
            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case '[':
                    bracket = true;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case 'y' or 'Y' or 'm' or 'M' or 'd' or 'D' or 'h' or 'H' or 's' or 'S':
                    return true;
            }
        }
        return false;
    }
}
