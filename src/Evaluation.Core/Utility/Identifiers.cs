using System;

namespace Evaluation.Core.Utility;

/// <summary>
/// The syntax every code and record identifier shares (事项编码, 办件编号, unit, department, window and rating codes):
/// 1 to 64 ASCII letters and digits and the separators '-', '_', '.' and '/', starting and ending with a letter or digit.
/// </summary>
public static class Identifiers
{
    /// <summary>Whether a text is a well-formed identifier, checked without allocating.</summary>
    /// <param name="text">The text.</param>
    /// <returns>True when the text parses as any identifier type.</returns>
    public static bool IsWellFormed(ReadOnlySpan<char> text) => IdentifierSyntax.IsWellFormed(text);
}
