using System;
using System.Diagnostics.CodeAnalysis;
using Evaluation.Core.Utility;

namespace Evaluation.Core.Catalog;

/// <summary>
/// The code of a department (部门) that handles matters (部门代码).
/// </summary>
/// <remarks>
/// A code is 1 to 64 ASCII letters, digits or the separators '-', '_', '.', '/', starting and ending with
/// a letter or digit. Equality and ordering are ordinal on the text, so codes sort the same on every
/// machine. <c>default(DepartmentCode)</c> is not a valid code: its <see cref="Value"/> is the empty string and it
/// never equals a parsed code.
/// </remarks>
public readonly struct DepartmentCode : IEquatable<DepartmentCode>, IComparable<DepartmentCode>, IComparable
{
    private readonly string? value;

    /// <summary>Whether this is the default value, which no parsed code equals; reads no characters.</summary>
    internal bool IsDefault => value is null;

    private DepartmentCode(string value) => this.value = value;

    /// <summary>The code's text, exactly as parsed.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Parses a code, throwing <see cref="FormatException"/> naming the rule when the text is malformed.</summary>
    /// <param name="text">The code's text.</param>
    /// <returns>The code.</returns>
    public static DepartmentCode Parse(string text) => new(IdentifierSyntax.Require(text, "DepartmentCode", nameof(text)));

    /// <summary>Parses a code without throwing.</summary>
    /// <param name="text">The code's text.</param>
    /// <param name="result">The code when the text is well formed; otherwise <c>default</c>.</param>
    /// <returns>Whether the text is well formed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out DepartmentCode result)
    {
        bool ok = text is not null && IdentifierSyntax.Check(text) is null;
        result = ok ? new DepartmentCode(text!) : default;
        return ok;
    }

    /// <inheritdoc />
    public bool Equals(DepartmentCode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DepartmentCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public int CompareTo(DepartmentCode other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        DepartmentCode other => CompareTo(other),
        _ => throw new ArgumentException("Object must be of type DepartmentCode.", nameof(obj)),
    };

    /// <summary>Returns the code's text.</summary>
    /// <returns>The code's text.</returns>
    public override string ToString() => Value;

    /// <summary>Ordinal equality.</summary>
    public static bool operator ==(DepartmentCode left, DepartmentCode right) => left.Equals(right);

    /// <summary>Ordinal inequality.</summary>
    public static bool operator !=(DepartmentCode left, DepartmentCode right) => !left.Equals(right);

    /// <summary>Ordinal ordering.</summary>
    public static bool operator <(DepartmentCode left, DepartmentCode right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal ordering.</summary>
    public static bool operator <=(DepartmentCode left, DepartmentCode right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal ordering.</summary>
    public static bool operator >(DepartmentCode left, DepartmentCode right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal ordering.</summary>
    public static bool operator >=(DepartmentCode left, DepartmentCode right) => left.CompareTo(right) >= 0;
}
