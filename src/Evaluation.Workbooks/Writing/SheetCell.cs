using System;

namespace Evaluation.Workbooks.Writing;

/// <summary>
/// How one printed cell is written to a sheet: nothing, a number in a format, or text; read from the cell's printed text
/// without making another string.
/// </summary>
internal static class SheetCell
{
    /// <summary>The most decimal places a rate's percentage may have (<c>Rate.Format</c> allows six).</summary>
    internal const int MaxPercentDecimals = 6;

    /// <summary>The most digits a percentage may have to be written as a number (a decimal's precision).</summary>
    private const int MaxPercentDigits = 28;

    /// <summary>
    /// The form of a printed cell in a column of a kind (see <see cref="ColumnKind"/>): a count of at most 15 digits (with
    /// a leading minus sign at most) is a number, and so is a rate printed as a percentage such as <c>97.53%</c>, whose
    /// places are given in <paramref name="percentDecimals"/> (-1 for any other cell).
    /// </summary>
    internal static SheetCellForm FormOf(ColumnKind kind, ReadOnlySpan<char> text, out int percentDecimals)
    {
        percentDecimals = -1;
        if (text.IsEmpty)
        {
            return SheetCellForm.Empty;
        }
        return kind switch
        {
            ColumnKind.Count when IsWholeNumber(text) => SheetCellForm.Number,
            ColumnKind.Rate when IsPercent(text, out percentDecimals) => SheetCellForm.Number,
            _ => SheetCellForm.Text,
        };
    }

    /// <summary>
    /// Writes the fraction a percentage shows (<c>97.53%</c> as <c>0.9753</c>, <c>100.00%</c> as <c>1.00</c>) by moving
    /// its decimal point two places, so that nothing is rounded again: the text a decimal's division by 100 prints, its
    /// places those of the percentage or more. The text must be one that <see cref="FormOf"/> finds a number in a rate's
    /// column.
    /// </summary>
    /// <returns>The characters written.</returns>
    internal static int WriteFraction(ReadOnlySpan<char> percent, Span<char> to)
    {
        ReadOnlySpan<char> digits = percent[..^1];
        int point = digits.IndexOf('.');
        ReadOnlySpan<char> whole = (point < 0 ? digits : digits[..point]).TrimStart('0');
        ReadOnlySpan<char> places = point < 0 ? default : digits[(point + 1)..];
        int written = 0;
        if (whole.Length <= 2)
        {
            to[written++] = '0';
            to[written++] = '.';
            for (int i = whole.Length; i < 2; i++)
            {
                to[written++] = '0';
            }
            whole.CopyTo(to[written..]);
            written += whole.Length;
        }
        else
        {
            whole[..^2].CopyTo(to[written..]);
            written += whole.Length - 2;
            to[written++] = '.';
            whole[^2..].CopyTo(to[written..]);
            written += 2;
        }
        places.CopyTo(to[written..]);
        written += places.Length;
        // The two places the division adds are dropped where they are zeros, and the point with them when none is left.
        for (int added = 0; added < 2 && to[written - 1] == '0'; added++)
        {
            written--;
        }
        return to[written - 1] == '.' ? written - 1 : written;
    }

    /// <summary>The most characters <see cref="WriteFraction"/> writes.</summary>
    internal const int MaxFractionLength = MaxPercentDigits + 3;

    /// <summary>Digits, with a leading minus sign at most, and few enough for Excel's 15 significant digits.</summary>
    private static bool IsWholeNumber(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> digits = text.StartsWith('-') ? text[1..] : text;
        return digits.Length is > 0 and <= 15 && !digits.ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>Digits with at most one decimal point among or around them, then <c>%</c>; at most six places.</summary>
    private static bool IsPercent(ReadOnlySpan<char> text, out int decimals)
    {
        decimals = -1;
        if (!text.EndsWith('%'))
        {
            return false;
        }
        ReadOnlySpan<char> digits = text[..^1];
        int point = digits.IndexOf('.');
        int count = digits.Length - (point < 0 ? 0 : 1);
        if (count is 0 or > MaxPercentDigits || (point < 0 ? digits : digits[..point]).ContainsAnyExceptInRange('0', '9')
            || (point >= 0 && digits[(point + 1)..].ContainsAnyExceptInRange('0', '9')))
        {
            return false;
        }
        int places = point < 0 ? 0 : digits.Length - point - 1;
        if (places > MaxPercentDecimals)
        {
            return false;
        }
        decimals = places;
        return true;
    }
}

/// <summary>What a sheet cell holds.</summary>
internal enum SheetCellForm
{
    /// <summary>Nothing.</summary>
    Empty,

    /// <summary>A number.</summary>
    Number,

    /// <summary>Text.</summary>
    Text,
}
