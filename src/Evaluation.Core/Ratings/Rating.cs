using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Evaluation.Core.Cases;
using Evaluation.Core.Catalog;
using Evaluation.Core.Utility;
using NodaTime;

namespace Evaluation.Core.Ratings;

/// <summary>
/// One rating (评价) of a case, or of a hall or window visit when it is not linked to a case
/// (a static-QR rating whose phone number matched no case).
/// </summary>
/// <remarks>
/// Immutable. Equality is by reference: two ratings with the same <see cref="Id"/> are different records
/// that a batch check reports as duplicates. The constructor enforces the rules that hold whatever the
/// policy: a default rating (默认评价) comes through <see cref="RatingChannel.System"/>, and a rating linked
/// to a case names its matter. Rules that depend on the policy (a bad rating needs a reason, the rating window)
/// belong to validation.
/// </remarks>
public sealed class Rating
{
    /// <summary>Creates a rating.</summary>
    /// <param name="id">The rating's identifier.</param>
    /// <param name="unitCode">The rated unit.</param>
    /// <param name="channel">The channel it came through.</param>
    /// <param name="level">The level, 1 to 5.</param>
    /// <param name="origin">Active (主动) or default (默认).</param>
    /// <param name="ratedAt">When it was given or generated.</param>
    /// <param name="isRealName">Whether the rater is identified (实名) rather than anonymous.</param>
    /// <param name="caseNumber">The rated case, or null for a rating not linked to a case.</param>
    /// <param name="matterCode">The rated matter; required when <paramref name="caseNumber"/> is given.</param>
    /// <param name="departmentCode">The rated department, if known.</param>
    /// <param name="windowCode">The rated window, if known.</param>
    /// <param name="tags">The indicators or problems chosen (评价指标, 问题); duplicates are removed.</param>
    /// <param name="comment">The rater's comment, or null; blank text counts as none.</param>
    public Rating(
        RatingId id,
        UnitCode unitCode,
        RatingChannel channel,
        RatingLevel level,
        RatingOrigin origin,
        Instant ratedAt,
        bool isRealName,
        CaseNumber? caseNumber = null,
        MatterCode? matterCode = null,
        DepartmentCode? departmentCode = null,
        WindowCode? windowCode = null,
        IEnumerable<RatingTag>? tags = null,
        string? comment = null)
    {
        Preconditions.CheckArgument(id != default, nameof(id), "must be a parsed rating id");
        Preconditions.CheckArgument(caseNumber != default(CaseNumber), nameof(caseNumber), "must be a parsed case number or null");
        // The rules of the fields a batch keeps live in one place.
        _ = new RatingFields(unitCode, channel, level, origin, ratedAt, isRealName, caseNumber is not null, matterCode, departmentCode, windowCode);
        ImmutableArray<RatingTag> tagArray = tags switch
        {
            null => [],
            // Tags already held without duplicates (as a reader's parsed set is) are kept as they are, not copied.
            ImmutableArray<RatingTag> held when AreDistinct(held) => held,
            _ => [.. tags.Distinct()],
        };
        Preconditions.CheckArgument(!tagArray.Contains(default), nameof(tags), "must contain only parsed tags");
        Id = id;
        UnitCode = unitCode;
        this.channel = (byte)channel;
        this.level = (byte)level;
        this.origin = (byte)origin;
        RatedAt = ratedAt;
        IsRealName = isRealName;
        this.caseNumber = caseNumber ?? default;
        this.matterCode = matterCode ?? default;
        this.departmentCode = departmentCode ?? default;
        this.windowCode = windowCode ?? default;
        Tags = tagArray;
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment;
    }

    /// <summary>Whether no tag repeats in a few tags (compared pairwise: a rating holds a handful).</summary>
    private static bool AreDistinct(ImmutableArray<RatingTag> tags)
    {
        if (tags.IsDefault || tags.Length > 8)
        {
            return false;
        }
        for (int i = 1; i < tags.Length; i++)
        {
            for (int j = 0; j < i; j++)
            {
                if (tags[i] == tags[j])
                {
                    return false;
                }
            }
        }
        return true;
    }

    // Optional codes are kept as their default value when absent (a parsed code is never empty), and the small enums as
    // bytes: a batch holds millions of ratings, and each byte saved is memory read and copied less.
    private readonly CaseNumber caseNumber;
    private readonly MatterCode matterCode;
    private readonly DepartmentCode departmentCode;
    private readonly WindowCode windowCode;
    private readonly byte channel;
    private readonly byte level;
    private readonly byte origin;

    /// <summary>The rating's identifier (评价编号).</summary>
    public RatingId Id { get; }

    /// <summary>The rated unit.</summary>
    public UnitCode UnitCode { get; }

    /// <summary>The channel it came through (评价渠道).</summary>
    public RatingChannel Channel => (RatingChannel)channel;

    /// <summary>The level (评价等级).</summary>
    public RatingLevel Level => (RatingLevel)level;

    /// <summary>Active (主动评价) or default (默认评价).</summary>
    public RatingOrigin Origin => (RatingOrigin)origin;

    /// <summary>When the rating was given or generated (评价时间).</summary>
    public Instant RatedAt { get; }

    /// <summary>Whether the rater is identified (实名评价) rather than anonymous.</summary>
    public bool IsRealName { get; }

    /// <summary>The rated case, or null for a rating not linked to a case.</summary>
    public CaseNumber? CaseNumber => caseNumber.IsDefault ? null : caseNumber;

    /// <summary>The rated matter, or null when the rating is not linked to a case and names none.</summary>
    public MatterCode? MatterCode => matterCode.IsDefault ? null : matterCode;

    /// <summary>The rated department, if known.</summary>
    public DepartmentCode? DepartmentCode => departmentCode.IsDefault ? null : departmentCode;

    /// <summary>The rated window, if known.</summary>
    public WindowCode? WindowCode => windowCode.IsDefault ? null : windowCode;

    /// <summary>The indicators or problems chosen, without duplicates, in the order given.</summary>
    public ImmutableArray<RatingTag> Tags { get; }

    /// <summary>The rater's comment, or null.</summary>
    public string? Comment { get; }

    /// <summary>Whether the rater gave a reason: at least one tag or a comment.</summary>
    public bool HasReason => !Tags.IsEmpty || Comment is not null;

    /// <summary>Whether the rating is linked to a case.</summary>
    public bool IsLinkedToCase => !caseNumber.IsDefault;

    /// <inheritdoc />
    public override string ToString() => $"Rating {Id} ({(int)Level} {Level.ChineseName()}, {Origin}, {Channel}, {RatedAt})";
}
