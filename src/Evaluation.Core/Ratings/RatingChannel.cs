namespace Evaluation.Core.Ratings;

/// <summary>The channel (评价渠道) through which a rating was given.</summary>
public enum RatingChannel
{
    /// <summary>Government-service website (政务服务网, PC).</summary>
    Pc = 1,

    /// <summary>Mobile app (移动端 App).</summary>
    App = 2,

    /// <summary>Mini-program (小程序).</summary>
    MiniProgram = 3,

    /// <summary>Alipay (支付宝).</summary>
    Alipay = 4,

    /// <summary>Dynamic QR code printed for one case (动态二维码).</summary>
    QrDynamic = 5,

    /// <summary>Static QR code at a window (静态二维码); the rater enters the phone number given with the case. On-site.</summary>
    QrStatic = 6,

    /// <summary>Hall rating device (评价器). On-site.</summary>
    Device = 7,

    /// <summary>Hall tablet (评价平板). On-site.</summary>
    Tablet = 8,

    /// <summary>Self-service terminal (自助终端). On-site.</summary>
    Kiosk = 9,

    /// <summary>12345 hotline (12345热线).</summary>
    Hotline = 10,

    /// <summary>SMS invitation (短信).</summary>
    Sms = 11,

    /// <summary>Phone invitation (电话邀评).</summary>
    Phone = 12,

    /// <summary>Follow-up visit (回访).</summary>
    FollowUp = 13,

    /// <summary>The platform itself, for default ratings (系统默认).</summary>
    System = 14,
}
