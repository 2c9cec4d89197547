using System.Globalization;

namespace Evaluation.Core.Metrics;

/// <summary>
/// A period-over-period change of a rate (环比 against the previous period, 同比 against the same period a year before),
/// in percentage points, exact until displayed.
/// </summary>
/// <param name="Current">This period's rate.</param>
/// <param name="Previous">The period compared against.</param>
public sealed record RateChange(Rate Current, Rate Previous)
{
    /// <summary>The change in percentage points (current minus previous, times 100), or null when either rate is not applicable.</summary>
    public decimal? PercentagePoints => Current.ToDecimal() is decimal c && Previous.ToDecimal() is decimal p ? (c - p) * 100m : null;

    /// <summary>The change for display, signed, two decimals, for example <c>+1.25</c>; <c>/</c> when not applicable.</summary>
    /// <param name="decimals">Places after the point.</param>
    /// <returns>The text.</returns>
    public string Format(int decimals = 2) => PercentagePoints is decimal d
        ? (d > 0 ? "+" : string.Empty) + decimal.Round(d, decimals, System.MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
        : "/";
}
