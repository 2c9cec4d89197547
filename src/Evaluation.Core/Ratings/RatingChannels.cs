namespace Evaluation.Core.Ratings;

/// <summary>Groupings of <see cref="RatingChannel"/> that reports use.</summary>
public static class RatingChannels
{
    /// <summary>Whether the channel is on site (现场评价): a hall device, tablet, static QR code or self-service terminal.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>True for on-site channels.</returns>
    public static bool IsOnSite(this RatingChannel channel) =>
        channel is RatingChannel.Device or RatingChannel.Tablet or RatingChannel.QrStatic or RatingChannel.Kiosk;

    /// <summary>Whether the channel is online (线上评价): website, app, mini-program, Alipay or dynamic QR code.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>True for online channels.</returns>
    public static bool IsOnline(this RatingChannel channel) =>
        channel is RatingChannel.Pc or RatingChannel.App or RatingChannel.MiniProgram or RatingChannel.Alipay or RatingChannel.QrDynamic;

    /// <summary>Whether the value is one of the defined channels.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>True for defined channels.</returns>
    public static bool IsDefined(RatingChannel channel) => channel is >= RatingChannel.Pc and <= RatingChannel.System;
}
