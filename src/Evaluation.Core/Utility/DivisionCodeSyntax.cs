using System;
using System.Diagnostics.CodeAnalysis;

namespace Evaluation.Core.Utility;

/// <summary>
/// The syntax of an administrative division code (统计用区划代码): 12 ASCII digits, or the 6-digit county code of
/// GB/T 2260 and the 9-digit town code that platforms export, padded with zeros to 12.
/// </summary>
internal static class DivisionCodeSyntax
{
    /// <summary>The number of digits of the canonical form.</summary>
    internal const int Length = 12;

    /// <summary>The canonical 12 digits when the text is 6, 9 or 12 ASCII digits.</summary>
    internal static bool TryNormalize([NotNullWhen(true)] string? text, [NotNullWhen(true)] out string? normal)
    {
        bool ok = text is { Length: 6 or 9 or Length } && text.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0;
        normal = !ok ? null : text!.Length == Length ? text : text!.PadRight(Length, '0');
        return normal is not null;
    }

    /// <summary>The canonical form, or an exception naming the kind and the rule.</summary>
    internal static string Require(string? text, string kind, string paramName)
    {
        Preconditions.CheckNotNull(text, paramName);
        return TryNormalize(text, out string? normal)
            ? normal
            : throw new FormatException($"{kind} '{text}' must be 6 (GB/T 2260 county), 9 (town) or {Length} ASCII digits.");
    }
}
