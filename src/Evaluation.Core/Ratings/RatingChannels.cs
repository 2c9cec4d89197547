using System;
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

    /// <summary>The channel's code in the interchange format, for example <c>qr_static</c>.</summary>
    /// <param name="channel">A defined channel.</param>
    /// <returns>The code.</returns>
    public static string ToCode(this RatingChannel channel) => channel switch
    {
        RatingChannel.Pc => "pc",
        RatingChannel.App => "app",
        RatingChannel.MiniProgram => "mini_program",
        RatingChannel.Alipay => "alipay",
        RatingChannel.QrDynamic => "qr_dynamic",
        RatingChannel.QrStatic => "qr_static",
        RatingChannel.Device => "device",
        RatingChannel.Tablet => "tablet",
        RatingChannel.Kiosk => "kiosk",
        RatingChannel.Hotline => "hotline",
        RatingChannel.Sms => "sms",
        RatingChannel.Phone => "phone",
        RatingChannel.FollowUp => "follow_up",
        RatingChannel.System => "system",
        _ => throw new System.ArgumentOutOfRangeException(nameof(channel), channel, "Unknown rating channel."),
    };

    /// <summary>Reads a channel code of the interchange format.</summary>
    /// <param name="code">The code, for example <c>qr_static</c>.</param>
    /// <param name="channel">The channel when the code is known.</param>
    /// <returns>Whether the code is known.</returns>
    public static bool TryFromCode(string? code, out RatingChannel channel)
    {
        if (code is null)
        {
            channel = default;
            return false;
        }
        return TryFromCode(code.AsSpan(), out channel);
    }

    /// <summary>Reads a channel code of the interchange format from characters, without allocating.</summary>
    /// <param name="code">The code, for example <c>qr_static</c>.</param>
    /// <param name="channel">The channel when the code is known.</param>
    /// <returns>Whether the code is known.</returns>
    public static bool TryFromCode(ReadOnlySpan<char> code, out RatingChannel channel)
    {
        channel = code switch
        {
            "pc" => RatingChannel.Pc,
            "app" => RatingChannel.App,
            "mini_program" => RatingChannel.MiniProgram,
            "alipay" => RatingChannel.Alipay,
            "qr_dynamic" => RatingChannel.QrDynamic,
            "qr_static" => RatingChannel.QrStatic,
            "device" => RatingChannel.Device,
            "tablet" => RatingChannel.Tablet,
            "kiosk" => RatingChannel.Kiosk,
            "hotline" => RatingChannel.Hotline,
            "sms" => RatingChannel.Sms,
            "phone" => RatingChannel.Phone,
            "follow_up" => RatingChannel.FollowUp,
            "system" => RatingChannel.System,
            _ => default,
        };
        return channel != default;
    }
}
