using System;
using System.Diagnostics.CodeAnalysis;
using Evaluation.Core.Utility;

namespace Evaluation.Core.Catalog;

/// <summary>
/// The code of a government-service matter in the official catalogue (事项编码).
/// </summary>
/// <remarks>
/// A code is 1 to 64 ASCII letters, digits or the separators '-', '_', '.', '/', starting and ending with
/// a letter or digit. Equality and ordering are ordinal on the text, so codes sort the same on every
/// machine. <c>default(MatterCode)</c> is not a valid code: its <see cref="Value"/> is the empty string and it
/// never equals a parsed code.
/// </remarks>
public readonly struct MatterCode : IEquatable<MatterCode>, IComparable<MatterCode>, IComparable
{
    private readonly string? value;

    /// <summary>Whether this is the default value, which no parsed code equals; reads no characters.</summary>
    internal bool IsDefault => value is null;

    private MatterCode(string value) => this.value = value;

    /// <summary>The code's text, exactly as parsed.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Parses a code, throwing <see cref="FormatException"/> naming the rule when the text is malformed.</summary>
    /// <param name="text">The code's text.</param>
    /// <returns>The code.</returns>
    public static MatterCode Parse(string text) => new(IdentifierSyntax.Require(text, "MatterCode", nameof(text)));

    /// <summary>Parses a code without throwing.</summary>
    /// <param name="text">The code's text.</param>
    /// <param name="result">The code when the text is well formed; otherwise <c>default</c>.</param>
    /// <returns>Whether the text is well formed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out MatterCode result)
    {
        bool ok = text is not null && IdentifierSyntax.Check(text) is null;
        result = ok ? new MatterCode(text!) : default;
        return ok;
    }

    /// <inheritdoc />
    public bool Equals(MatterCode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MatterCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public int CompareTo(MatterCode other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        MatterCode other => CompareTo(other),
        _ => throw new ArgumentException("Object must be of type MatterCode.", nameof(obj)),
    };

    /// <summary>Returns the code's text.</summary>
    /// <returns>The code's text.</returns>
    public override string ToString() => Value;

    /// <summary>Ordinal equality.</summary>
    public static bool operator ==(MatterCode left, MatterCode right) => left.Equals(right);

    /// <summary>Ordinal inequality.</summary>
    public static bool operator !=(MatterCode left, MatterCode right) => !left.Equals(right);

    /// <summary>Ordinal ordering.</summary>
    public static bool operator <(MatterCode left, MatterCode right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal ordering.</summary>
    public static bool operator <=(MatterCode left, MatterCode right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal ordering.</summary>
    public static bool operator >(MatterCode left, MatterCode right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal ordering.</summary>
    public static bool operator >=(MatterCode left, MatterCode right) => left.CompareTo(right) >= 0;
}
