using System;
using Evaluation.Core.Appeals;
using Evaluation.Core.Catalog;
using Evaluation.Core.FollowUps;
using Evaluation.Core.Rectification;

namespace Evaluation.IO.Csv;

/// <summary>The text codes of enumerations in the interchange format.</summary>
public static class Codes
{
    /// <summary>The code of a window kind, for example <c>complaint</c> (有诉即办).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The code.</returns>
    public static string Of(WindowKind kind) => kind switch
    {
        WindowKind.Comprehensive => "comprehensive",
        WindowKind.Complaint => "complaint",
        WindowKind.Unresolved => "unresolved",
        WindowKind.OneThing => "one_thing",
        WindowKind.Assisted => "assisted",
        WindowKind.Enterprise => "enterprise",
        WindowKind.CrossRegion => "cross_region",
        WindowKind.SelfService => "self_service",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown window kind."),
    };

    /// <summary>The code of a matter kind, for example <c>licence</c> (行政许可).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The code.</returns>
    public static string Of(MatterKind kind) => kind switch
    {
        MatterKind.AdministrativeLicence => "licence",
        MatterKind.AdministrativePayment => "payment",
        MatterKind.AdministrativeConfirmation => "confirmation",
        MatterKind.AdministrativeRuling => "ruling",
        MatterKind.AdministrativeReward => "reward",
        MatterKind.OtherAdministrativePower => "other_power",
        MatterKind.PublicService => "public_service",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown matter kind."),
    };

    /// <summary>The code of a follow-up channel, for example <c>phone</c>.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>The code.</returns>
    public static string Of(FollowUpChannel channel) => channel switch
    {
        FollowUpChannel.Phone => "phone",
        FollowUpChannel.Sms => "sms",
        FollowUpChannel.WeChat => "wechat",
        FollowUpChannel.Questionnaire => "questionnaire",
        FollowUpChannel.Visit => "visit",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "Unknown follow-up channel."),
    };

    /// <summary>The code of a unit level, for example <c>county</c>.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The code.</returns>
    public static string Of(UnitLevel level) => level switch
    {
        UnitLevel.Province => "province",
        UnitLevel.City => "city",
        UnitLevel.County => "county",
        UnitLevel.Town => "town",
        UnitLevel.Village => "village",
        UnitLevel.FunctionalZone => "functional_zone",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown unit level."),
    };

    /// <summary>The code of an appeal decision.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns><c>upheld</c>, <c>rejected</c> or <c>pending</c>.</returns>
    public static string Of(AppealDecision decision) => decision switch
    {
        AppealDecision.Upheld => "upheld",
        AppealDecision.Rejected => "rejected",
        _ => "pending",
    };

    /// <summary>The code of an appeal ground, empty when unspecified.</summary>
    /// <param name="ground">The ground.</param>
    /// <returns>The code.</returns>
    public static string Of(AppealGround ground) => ground switch
    {
        AppealGround.Mistaken => "mistaken",
        AppealGround.Malicious => "malicious",
        AppealGround.Untrue => "untrue",
        _ => string.Empty,
    };

    /// <summary>The code of a rectification outcome, empty when unspecified.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The code.</returns>
    public static string Of(RectificationOutcome outcome) => outcome switch
    {
        RectificationOutcome.FixedAtOnce => "fixed_at_once",
        RectificationOutcome.Scheduled => "scheduled",
        RectificationOutcome.Explained => "explained",
        _ => string.Empty,
    };

    /// <summary>The level a division code implies: 12 digits ending in zeros mark the province, city, county or town.</summary>
    /// <param name="division">The division code, or null for a functional zone.</param>
    /// <returns>The level.</returns>
    public static UnitLevel LevelOf(DivisionCode? division)
    {
        if (division is not DivisionCode code)
        {
            return UnitLevel.FunctionalZone;
        }
        string d = code.Value;
        return d.AsSpan(2).IndexOfAnyExcept('0') < 0 ? UnitLevel.Province
            : d.AsSpan(4).IndexOfAnyExcept('0') < 0 ? UnitLevel.City
            : d.AsSpan(6).IndexOfAnyExcept('0') < 0 ? UnitLevel.County
            : d.AsSpan(9).IndexOfAnyExcept('0') < 0 ? UnitLevel.Town
            : UnitLevel.Village;
    }
}
