using System.Globalization;

namespace Evaluation.Core.Validation;

/// <summary>Where a record came from: a file and a line, when known.</summary>
/// <param name="File">The file name, or null.</param>
/// <param name="Line">The 1-based line number, or null.</param>
public readonly record struct SourcePosition(string? File, long? Line)
{
    /// <summary>For example <c>ratings.csv:12</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => (File ?? "input") + (Line is long line ? ":" + line.ToString(CultureInfo.InvariantCulture) : string.Empty);
}
