using System.Globalization;

namespace Evaluation.Core.Calendars;

/// <summary>A reason a holiday schedule's text was refused: where (the file's line, or the JSON entry), the rule and what is wrong.</summary>
/// <param name="Origin">The file name or other origin the text was read from.</param>
/// <param name="Where">The line (<c>line 4</c>) or entry (<c>days[3]</c>) at fault, or <c>year</c> for the whole schedule.</param>
/// <param name="Code">A stable code from <see cref="HolidayScheduleErrorCodes"/>.</param>
/// <param name="Message">What is wrong, in English.</param>
public sealed record HolidayScheduleProblem(string Origin, string Where, string Code, string Message)
{
    /// <summary>For example <c>2027.txt line 4: holidays.make-up.weekday: 2027-02-10 is a Wednesday ...</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Origin} {Where}: {Code}: {Message}");
}
