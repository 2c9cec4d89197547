using System;
using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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

    /// <summary>
    /// Whether <paramref name="text"/> is well formed (<see cref="Check"/> gives null), eight characters at a time in
    /// vector registers when it has 8 to 64: the form of nearly every case number and rating identifier, checked
    /// without the call and the search a set of allowed characters costs.
    /// </summary>
    internal static bool IsWellFormed(ReadOnlySpan<char> text)
    {
        int length = text.Length;
        if (unchecked((uint)(length - 8)) > MaxLength - 8 || !Vector128.IsHardwareAccelerated)
        {
            return Check(text) is null;
        }
        ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        Vector128<ushort> allowed = AllowedLanes(Vector128.LoadUnsafe(ref first, unchecked((nuint)(length - 8))));
        for (int at = 0; at < length - 8; at += 8)
        {
            allowed &= AllowedLanes(Vector128.LoadUnsafe(ref first, unchecked((nuint)at)));
        }
        return allowed == Vector128<ushort>.AllBitsSet && char.IsAsciiLetterOrDigit(text[0]) && char.IsAsciiLetterOrDigit(text[^1]);
    }

    /// <summary>All bits set in each lane whose character an identifier may hold: '-', '.', '/', digits, letters, '_'.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> AllowedLanes(Vector128<ushort> chars)
    {
        // '-' (0x2D) to '9' (0x39) are one range; setting bit 5 folds 'A' to 'Z' onto 'a' to 'z' and nothing else onto them.
        Vector128<ushort> separatorOrDigit = Vector128.LessThanOrEqual(chars - Vector128.Create((ushort)'-'), Vector128.Create((ushort)('9' - '-')));
        Vector128<ushort> letter = Vector128.LessThanOrEqual((chars | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')));
        return separatorOrDigit | letter | Vector128.Equals(chars, Vector128.Create((ushort)'_'));
    }

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
