using System;
using System.Buffers;
using System.Diagnostics.CodeAnalysis;

namespace Evaluation.Core.Utility;

/// <summary>
/// The syntax shared by the catalogue and record identifiers (事项编码, 办件编号, unit and department codes):
/// 1 to 64 characters, ASCII letters and digits, and the separators '-', '_', '.' and '/', neither first nor last.
/// </summary>
internal static class IdentifierSyntax
{
    internal const int MaxLength = 64;

    /// <summary>The characters an identifier may hold, searched for all at once.</summary>
    private static readonly SearchValues<char> Allowed = SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_./");

    internal const string Rule = "1 to 64 ASCII letters, digits or the separators '-', '_', '.', '/', starting and ending with a letter or digit";

    /// <summary>Returns null when <paramref name="text"/> is well formed, otherwise the reason it is not.</summary>
    internal static string? Check(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return "is empty";
        }
        if (text.Length > MaxLength)
        {
            return $"is longer than {MaxLength} characters";
        }
        if (!char.IsAsciiLetterOrDigit(text[0]) || !char.IsAsciiLetterOrDigit(text[^1]))
        {
            return "must start and end with an ASCII letter or digit";
        }
        int bad = text.IndexOfAnyExcept(Allowed);
        return bad < 0 ? null : $"contains the character '{text[bad]}' (U+{(int)text[bad]:X4})";
    }

    /// <summary>The text itself when it is well formed: an identifier's canonical form is its text.</summary>
    internal static bool TryNormalize([NotNullWhen(true)] string? text, [NotNullWhen(true)] out string? normal)
    {
        normal = text is not null && Check(text) is null ? text : null;
        return normal is not null;
    }

    /// <summary>Validates and returns the text, or throws an exception naming the identifier kind and rule.</summary>
    internal static string Require(string? text, string kind, string paramName)
    {
        Preconditions.CheckNotNull(text, paramName);
        string? reason = Check(text);
        if (reason is not null)
        {
            throw new FormatException($"{kind} '{text}' {reason}; expected {Rule}.");
        }
        return text;
    }
}
