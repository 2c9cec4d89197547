using System.Globalization;

namespace Evaluation.IO.Csv;

/// <summary>
/// A row of an input file that could not be read or did not pass validation: where it is, which column, why, and the
/// row's original text so that it can be fixed and fed back.
/// </summary>
/// <param name="File">The file name.</param>
/// <param name="Line">The 1-based line number where the row starts.</param>
/// <param name="Column">The column at fault, or null for the whole row.</param>
/// <param name="Code">A stable error code, for example <c>csv.instant.malformed</c> or a validation code.</param>
/// <param name="Message">What is wrong, in English.</param>
/// <param name="Row">The row's original text.</param>
public sealed record CsvReject(string File, long Line, string? Column, string Code, string Message, string Row)
{
    /// <summary>For example <c>ratings.csv:12 [level] csv.level.out-of-range: ...</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line} [{Column ?? "-"}] {Code}: {Message}");
}
