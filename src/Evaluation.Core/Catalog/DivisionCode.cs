using System;
using System.Diagnostics.CodeAnalysis;

namespace Evaluation.Core.Catalog;

/// <summary>
/// A 12-digit administrative division code (统计用区划代码), such as <c>410202000000</c> for 龙亭区. The shorter forms
/// platforms export are read too and padded with zeros: the 6-digit county code of GB/T 2260 (<c>410202</c>) and the
/// 9-digit town code (<c>410202001</c>).
/// </summary>
/// <remarks>
/// Functional zones (示范区, 开发区) have no division code; their <see cref="ServiceUnit.DivisionCode"/> is null.
/// Equality and ordering are those of the digits. <c>default(DivisionCode)</c> is not a valid code and prints as the empty string.
/// </remarks>
public readonly struct DivisionCode : IEquatable<DivisionCode>, IComparable<DivisionCode>
{
    /// <summary>The number of digits in a division code.</summary>
    public const int Length = 12;

    private readonly string? value;

    private DivisionCode(string value) => this.value = value;

    /// <summary>The twelve digits.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>The two-digit province part (省级), for example <c>41</c> for Henan.</summary>
    public string Province => Value.Length == Length ? Value[..2] : string.Empty;

    /// <summary>Parses a division code, throwing <see cref="FormatException"/> unless the text is 6, 9 or 12 ASCII digits.</summary>
    /// <param name="text">The code's text.</param>
    /// <returns>The code.</returns>
    public static DivisionCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out DivisionCode result)
            ? result
            : throw new FormatException($"DivisionCode '{text}' must be 6 (GB/T 2260 county), 9 (town) or {Length} ASCII digits.");
    }

    /// <summary>Parses a division code without throwing.</summary>
    /// <param name="text">The code's text.</param>
    /// <param name="result">The code, padded to 12 digits, when the text is 6, 9 or 12 digits; otherwise <c>default</c>.</param>
    /// <returns>Whether the text is 6, 9 or 12 digits.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out DivisionCode result)
    {
        bool ok = text is { Length: 6 or 9 or Length } && text.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0;
        result = ok ? new DivisionCode(text!.Length == Length ? text : text.PadRight(Length, '0')) : default;
        return ok;
    }

    /// <inheritdoc />
    public bool Equals(DivisionCode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DivisionCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public int CompareTo(DivisionCode other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the twelve digits.</summary>
    /// <returns>The digits.</returns>
    public override string ToString() => Value;

    /// <summary>Equality of the digits.</summary>
    public static bool operator ==(DivisionCode left, DivisionCode right) => left.Equals(right);

    /// <summary>Inequality of the digits.</summary>
    public static bool operator !=(DivisionCode left, DivisionCode right) => !left.Equals(right);

    /// <summary>Ordering of the digits.</summary>
    public static bool operator <(DivisionCode left, DivisionCode right) => left.CompareTo(right) < 0;

    /// <summary>Ordering of the digits.</summary>
    public static bool operator <=(DivisionCode left, DivisionCode right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering of the digits.</summary>
    public static bool operator >(DivisionCode left, DivisionCode right) => left.CompareTo(right) > 0;

    /// <summary>Ordering of the digits.</summary>
    public static bool operator >=(DivisionCode left, DivisionCode right) => left.CompareTo(right) >= 0;
}
