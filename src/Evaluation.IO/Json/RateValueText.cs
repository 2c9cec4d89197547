using System;
using System.Buffers.Text;

namespace Evaluation.IO.Json;

/// <summary>
/// A rate's <c>value</c> in the JSON report: numerator over denominator rounded half away from zero to six places, in
/// the text <see cref="decimal"/> would give it (the digits an exact quotient needs, or all six when rounding cut it),
/// worked out in 64-bit integers (128-bit ones for denominators in the trillions) rather than by a 28-digit decimal
/// division, which a report of a million rows pays for seven times a row.
/// </summary>
internal static class RateValueText
{
    /// <summary>The most bytes a value takes: 19 digits, a point and six places.</summary>
    internal const int MaxLength = 26;

    private const ulong Million = 1_000_000;

    /// <summary>Writes the value of <paramref name="numerator"/> / <paramref name="denominator"/> (both non-negative, the denominator positive).</summary>
    /// <returns>The bytes written.</returns>
    internal static int Write(Span<byte> destination, long numerator, long denominator)
    {
        (ulong units, bool exact) = Millionths((ulong)numerator, (ulong)denominator);
        ulong whole = units / Million, fraction = units % Million;
        Utf8Formatter.TryFormat(whole, destination, out int length);
        if (fraction == 0 && exact)
        {
            return length;
        }
        int places = 6;
        if (exact)
        {
            while (fraction % 10 == 0)
            {
                fraction /= 10;
                places--;
            }
        }
        destination[length++] = (byte)'.';
        for (int i = places - 1; i >= 0; i--)
        {
            destination[length + i] = (byte)('0' + (int)(fraction % 10));
            fraction /= 10;
        }
        return length + places;
    }

    /// <summary>
    /// The quotient in millionths rounded half away from zero, and whether it is exact: in 64-bit integers while the doubled
    /// dividend fits (counts below some 9 trillion), else in 128-bit ones.
    /// </summary>
    private static (ulong Units, bool Exact) Millionths(ulong numerator, ulong denominator)
    {
        if (Math.Max(numerator, denominator) <= ulong.MaxValue / ((2 * Million) + 1))
        {
            ulong scaled = numerator * Million;
            return (((scaled * 2) + denominator) / (denominator * 2), scaled % denominator == 0);
        }
        UInt128 wide = (UInt128)numerator * Million;
        var d = (UInt128)denominator;
        return ((ulong)(((wide * 2) + d) / (d * 2)), wide % d == 0);
    }
}
