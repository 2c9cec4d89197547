namespace Evaluation.Workbooks.Writing;

/// <summary>What a column of a report table holds, which decides how its cells are written to a sheet.</summary>
public enum ColumnKind
{
    /// <summary>Text (名称、代码): written as it is printed, codes of digits included.</summary>
    Text = 0,

    /// <summary>A count or an ordinal (数量、序号): a cell of digits is written as a whole number; any other cell as text.</summary>
    Count = 1,

    /// <summary>
    /// A rate (比率) as the text output prints it, for example <c>97.53%</c>: written as the number it shows (0.9753) in a
    /// percentage format with as many decimal places as the text, so the sheet shows the same figure with the same
    /// rounding; <c>/</c> (not applicable, 不适用) stays text.
    /// </summary>
    Rate = 2,
}
