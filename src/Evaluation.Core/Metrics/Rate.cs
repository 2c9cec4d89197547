using System;
using System.Globalization;
using Evaluation.Core.Utility;

namespace Evaluation.Core.Metrics;

/// <summary>
/// An exact rate (率): a numerator and a denominator, kept until the rate is displayed.
/// </summary>
/// <remarks>
/// <para>An immutable value; 0 ≤ numerator ≤ denominator. A rate with a zero denominator is not applicable
/// (<see cref="IsApplicable"/> false): it has no value and displays "/", as the official tables print it, never 0.</para>
/// <para>Equality is by numerator and denominator (1/2 and 2/4 differ: they count different things); ordering is by value,
/// with not-applicable rates first and ties broken by denominator.</para>
/// <para>Rates over several groups are combined with <see cref="op_Addition"/>: the ratio of the summed numerators and
/// denominators, never the mean of the rates.</para>
/// <para><see cref="Format"/> rounds half away from zero (四舍五入), exactly (in integers, as <see cref="decimal"/> would),
/// but never shows 100% while the numerator is below the denominator, nor 0% while the numerator is above zero: such
/// rates show the nearest value that tells the truth (99.99% or 0.01% with two places), since a table that prints
/// 100.00% for 9,999 of 10,000 hides the one bad rating.</para>
/// </remarks>
public readonly struct Rate : IEquatable<Rate>, IComparable<Rate>
{
    /// <summary>Creates a rate.</summary>
    /// <param name="numerator">The count that meets the condition, not negative.</param>
    /// <param name="denominator">The count it is out of, not below the numerator.</param>
    public Rate(long numerator, long denominator)
    {
        Preconditions.CheckNonNegative(numerator, nameof(numerator));
        Preconditions.CheckArgument(denominator >= numerator, nameof(denominator), "must not be below the numerator");
        Numerator = numerator;
        Denominator = denominator;
    }

    /// <summary>The count that meets the condition (分子).</summary>
    public long Numerator { get; }

    /// <summary>The count it is out of (分母).</summary>
    public long Denominator { get; }

    /// <summary>Whether there is anything to divide by.</summary>
    public bool IsApplicable => Denominator > 0;

    /// <summary>The rate as a number in [0, 1], or null when not applicable.</summary>
    public double? Value => IsApplicable ? (double)Numerator / Denominator : null;

    /// <summary>The rate as an exact decimal in [0, 1] (28 significant digits), or null when not applicable.</summary>
    public decimal? ToDecimal() => IsApplicable ? (decimal)Numerator / Denominator : null;

    /// <summary>The rate as a percentage with <paramref name="decimals"/> places, for example <c>92.11%</c>, or <c>/</c> when not applicable.</summary>
    /// <param name="decimals">Places after the point, 0 to 6.</param>
    /// <returns>The display text.</returns>
    public string Format(int decimals = 2)
    {
        Span<char> text = stackalloc char[MaxFormattedLength];
        TryFormat(text, out int length, decimals);
        return length == 1 && text[0] == '/' ? "/" : new string(text[..length]);
    }

    /// <summary>The most characters <see cref="Format"/> gives: 3 digits, a point, 6 places and the percent sign.</summary>
    public const int MaxFormattedLength = 11;

    /// <summary>Writes <see cref="Format"/>'s text into a span, without a string: for writers of many rows.</summary>
    /// <param name="destination">Where to write; <see cref="MaxFormattedLength"/> characters always suffice.</param>
    /// <param name="charsWritten">The characters written, or 0 when the span is too short.</param>
    /// <param name="decimals">Places after the point, 0 to 6.</param>
    /// <returns>Whether the text fitted.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, int decimals = 2)
    {
        Preconditions.CheckRange(decimals, nameof(decimals), 0, 6);
        charsWritten = 0;
        if (!IsApplicable)
        {
            if (destination.IsEmpty)
            {
                return false;
            }
            destination[0] = '/';
            charsWritten = 1;
            return true;
        }
        ulong scale = Pow10(decimals);
        ulong units = PercentUnits(scale);
        if (units == scale * 100 && Numerator < Denominator)
        {
            units--;
        }
        else if (units == 0 && Numerator > 0)
        {
            units = 1;
        }
        // Written where it goes when the destination holds the longest text, else beside it first; the whole
        // percent is 0 to 100, written digit by digit.
        Span<char> text = destination.Length >= MaxFormattedLength ? destination : stackalloc char[MaxFormattedLength];
        ulong whole = units / scale;
        int length = 0;
        if (whole >= 100)
        {
            text[length++] = '1';
            text[length++] = '0';
            text[length++] = '0';
        }
        else
        {
            if (whole >= 10)
            {
                text[length++] = (char)('0' + (int)(whole / 10));
            }
            text[length++] = (char)('0' + (int)(whole % 10));
        }
        if (decimals > 0)
        {
            text[length++] = '.';
            ulong fraction = units % scale;
            for (int place = length + decimals - 1; place >= length; place--)
            {
                text[place] = (char)('0' + (int)(fraction % 10));
                fraction /= 10;
            }
            length += decimals;
        }
        text[length++] = '%';
        if (text != destination && !text[..length].TryCopyTo(destination))
        {
            return false;
        }
        charsWritten = length;
        return true;
    }

    /// <summary>
    /// The percentage in units of its last place (<paramref name="scale"/> units a percent), rounded half away from zero,
    /// exactly: numerator x 100 x scale over the denominator, in 64-bit integers while the doubled dividend fits (counts
    /// below some 92 billion), else in 128-bit ones.
    /// </summary>
    private ulong PercentUnits(ulong scale)
    {
        ulong factor = scale * 200;
        var denominator = (ulong)Denominator;
        if (denominator <= ulong.MaxValue / (factor + 1))
        {
            return (((ulong)Numerator * factor) + denominator) / (denominator * 2);
        }
        var twice = (UInt128)(ulong)Numerator * factor;
        return (ulong)((twice + denominator) / ((UInt128)denominator * 2));
    }

    /// <summary>The rate combined with another: summed numerators over summed denominators.</summary>
    public static Rate operator +(Rate left, Rate right) => new(checked(left.Numerator + right.Numerator), checked(left.Denominator + right.Denominator));

    /// <summary>Combines two rates (see the + operator).</summary>
    /// <param name="other">The other rate.</param>
    /// <returns>The combined rate.</returns>
    public Rate Add(Rate other) => this + other;

    /// <inheritdoc />
    public bool Equals(Rate other) => Numerator == other.Numerator && Denominator == other.Denominator;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Rate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);

    /// <inheritdoc />
    public int CompareTo(Rate other)
    {
        int byValue = CompareValues(this, other);
        return byValue != 0 ? byValue : Denominator.CompareTo(other.Denominator);
    }

    /// <summary>Compares two rates by value only, exactly; not-applicable rates are the lowest and equal to each other.</summary>
    internal static int CompareValues(Rate a, Rate b) => !a.IsApplicable || !b.IsApplicable
        ? a.IsApplicable.CompareTo(b.IsApplicable)
        : ((Int128)a.Numerator * b.Denominator).CompareTo((Int128)b.Numerator * a.Denominator);

    /// <summary>Shows the display text and the counts, for example <c>92.11% (921/1000)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Format()} ({Numerator}/{Denominator})");

    /// <summary>Equality of numerator and denominator.</summary>
    public static bool operator ==(Rate left, Rate right) => left.Equals(right);

    /// <summary>Inequality of numerator or denominator.</summary>
    public static bool operator !=(Rate left, Rate right) => !left.Equals(right);

    /// <summary>Ordering by value.</summary>
    public static bool operator <(Rate left, Rate right) => left.CompareTo(right) < 0;

    /// <summary>Ordering by value.</summary>
    public static bool operator <=(Rate left, Rate right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering by value.</summary>
    public static bool operator >(Rate left, Rate right) => left.CompareTo(right) > 0;

    /// <summary>Ordering by value.</summary>
    public static bool operator >=(Rate left, Rate right) => left.CompareTo(right) >= 0;

    private static ulong Pow10(int n)
    {
        ulong p = 1;
        for (int i = 0; i < n; i++)
        {
            p *= 10;
        }
        return p;
    }
}
