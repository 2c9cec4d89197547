using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Evaluation.Core.Utility;

namespace Evaluation.Core.Ratings;

/// <summary>
/// An indicator (评价指标) or problem (问题) that a rater chose, such as <c>attitude</c> (服务态度) or
/// <c>passed-around</c> (在多个窗口间踢皮球). A bad rating must carry one, or a comment, when the policy requires a reason.
/// </summary>
/// <remarks>
/// Any well-formed code is accepted, since provinces define their own lists; <see cref="Known"/> holds the
/// indicators of GB/T 39734-2020 and the problem list of the county follow-up questionnaire, with their Chinese names.
/// Equality and ordering are ordinal on the code. <c>default</c> is not a valid tag.
/// </remarks>
public readonly struct RatingTag : IEquatable<RatingTag>, IComparable<RatingTag>
{
    private static readonly FrozenDictionary<string, string> KnownNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["efficiency"] = "办事效率",
        ["guide-accuracy"] = "办事指南精确度",
        ["convenience"] = "办事便捷度",
        ["operability"] = "平台操作性",
        ["service-level"] = "服务水平",
        ["attitude"] = "服务态度",
        ["attitude-poor"] = "服务态度不好",
        ["not-proactive"] = "缺少主动服务",
        ["no-courtesy"] = "没有使用文明用语/没有微笑服务",
        ["incomplete-info"] = "告知信息不全面，不会告知关联/注意事项",
        ["passed-around"] = "在多个窗口间踢皮球，流程太繁琐",
        ["staff-absent"] = "办事过程中，服务人员脱岗",
        ["multiple-tickets"] = "需要取多个号，在不同窗口办理",
        ["slow"] = "办事效率低",
        ["closed-early"] = "窗口下班了，取了号也办不了事情",
        ["improper-demands"] = "存在吃拿卡要，故意刁难",
        ["pickup-complex"] = "取件流程复杂",
        ["no-status-online"] = "网上查不到办事状态，没有反馈",
        ["multiple-visits"] = "不能一次性办结，需要多次跑大厅",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly string? code;

    private RatingTag(string code) => this.code = code;

    /// <summary>The tags with a known Chinese name, ordered by code.</summary>
    public static IReadOnlyList<RatingTag> Known { get; } = KnownNames.Keys.Order(StringComparer.Ordinal).Select(c => new RatingTag(c)).ToArray();

    /// <summary>The tag's code.</summary>
    public string Code => code ?? string.Empty;

    /// <summary>The Chinese name of a known tag, or null for a tag outside the built-in lists.</summary>
    public string? ChineseName => KnownNames.GetValueOrDefault(Code);

    /// <summary>Parses a tag code, throwing <see cref="FormatException"/> naming the rule when malformed.</summary>
    /// <param name="text">The code.</param>
    /// <returns>The tag.</returns>
    public static RatingTag Parse(string text) => new(IdentifierSyntax.Require(text, nameof(RatingTag), nameof(text)));

    /// <summary>Parses a tag code without throwing.</summary>
    /// <param name="text">The code.</param>
    /// <param name="result">The tag when well formed.</param>
    /// <returns>Whether the code is well formed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out RatingTag result)
    {
        bool ok = text is not null && IdentifierSyntax.Check(text) is null;
        result = ok ? new RatingTag(text!) : default;
        return ok;
    }

    /// <inheritdoc />
    public bool Equals(RatingTag other) => string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RatingTag other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <inheritdoc />
    public int CompareTo(RatingTag other) => string.CompareOrdinal(Code, other.Code);

    /// <summary>Returns the code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;

    /// <summary>Ordinal equality.</summary>
    public static bool operator ==(RatingTag left, RatingTag right) => left.Equals(right);

    /// <summary>Ordinal inequality.</summary>
    public static bool operator !=(RatingTag left, RatingTag right) => !left.Equals(right);

    /// <summary>Ordinal ordering.</summary>
    public static bool operator <(RatingTag left, RatingTag right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal ordering.</summary>
    public static bool operator <=(RatingTag left, RatingTag right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal ordering.</summary>
    public static bool operator >(RatingTag left, RatingTag right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal ordering.</summary>
    public static bool operator >=(RatingTag left, RatingTag right) => left.CompareTo(right) >= 0;
}
