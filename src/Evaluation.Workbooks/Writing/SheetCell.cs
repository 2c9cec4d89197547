using System;
using System.Globalization;

namespace Evaluation.Workbooks.Writing;

/// <summary>How one printed cell is written to a sheet: nothing, a number in a format, or text.</summary>
/// <param name="Form">Nothing, a number or text.</param>
/// <param name="Value">The number in invariant culture, or the text.</param>
/// <param name="PercentDecimals">For a rate, the decimal places of its percentage; -1 for any other cell.</param>
internal readonly record struct SheetCell(SheetCellForm Form, string Value, int PercentDecimals)
{
    /// <summary>The most decimal places a rate's percentage may have (<c>Rate.Format</c> allows six).</summary>
    internal const int MaxPercentDecimals = 6;

    /// <summary>The form of a printed cell in a column of a kind (see <see cref="ColumnKind"/>).</summary>
    internal static SheetCell Of(ColumnKind kind, string text)
    {
        if (text.Length == 0)
        {
            return new SheetCell(SheetCellForm.Empty, text, -1);
        }
        return kind switch
        {
            ColumnKind.Count when IsWholeNumber(text) => new SheetCell(SheetCellForm.Number, text, -1),
            ColumnKind.Rate when TryPercent(text, out string fraction, out int decimals) => new SheetCell(SheetCellForm.Number, fraction, decimals),
            _ => new SheetCell(SheetCellForm.Text, text, -1),
        };
    }

    /// <summary>Digits, with a leading minus sign at most, and few enough for Excel's 15 significant digits.</summary>
    private static bool IsWholeNumber(string text)
    {
        ReadOnlySpan<char> digits = text.StartsWith('-') ? text.AsSpan(1) : text;
        return digits.Length is > 0 and <= 15 && !digits.ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>
    /// A percentage such as <c>97.53%</c> as the fraction it shows (<c>0.9753</c>), worked out on the decimal digits so
    /// nothing is rounded again; the places are those of the text.
    /// </summary>
    private static bool TryPercent(string text, out string fraction, out int decimals)
    {
        fraction = string.Empty;
        decimals = -1;
        if (!text.EndsWith('%') || !decimal.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal percent))
        {
            return false;
        }
        int point = text.IndexOf('.', StringComparison.Ordinal);
        decimals = point < 0 ? 0 : text.Length - 1 - point - 1;
        if (decimals > MaxPercentDecimals)
        {
            return false;
        }
        fraction = (percent / 100m).ToString(CultureInfo.InvariantCulture);
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
