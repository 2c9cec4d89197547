using System;
using System.Buffers.Text;

namespace Evaluation.IO.Json;

/// <summary>
/// A rate's <c>value</c> in the JSON report: numerator over denominator rounded half away from zero to six places, in
/// the text <see cref="decimal"/> would give it (the digits an exact quotient needs, or all six when rounding cut it),
/// worked out in 128-bit integers rather than by a 28-digit decimal division, which a report of a million rows pays for
/// seven times a row.
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
        UInt128 scaled = (UInt128)(ulong)numerator * Million;
        var d = (UInt128)(ulong)denominator;
        bool exact = scaled % d == 0;
        var units = (ulong)(((scaled * 2) + d) / (d * 2));
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
}
