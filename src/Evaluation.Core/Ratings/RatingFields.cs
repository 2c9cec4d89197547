using System.Runtime.CompilerServices;
using Evaluation.Core.Catalog;
using Evaluation.Core.Utility;
using NodaTime;

namespace Evaluation.Core.Ratings;

/// <summary>
/// The fields of a rating (评价) a <see cref="Aggregation.RatingBatch"/> keeps, for readers that hold ratings in a form of their own
/// and need not make a <see cref="Rating"/> of each. They obey the rules of <see cref="Rating"/>'s constructor.
/// </summary>
public readonly record struct RatingFields
{
    /// <summary>Creates the fields, checking them as <see cref="Rating"/>'s constructor does.</summary>
    /// <param name="unitCode">The rated unit.</param>
    /// <param name="channel">The channel (评价渠道).</param>
    /// <param name="level">The level (评价等级).</param>
    /// <param name="origin">Active (主动) or default (默认); default exactly when the channel is <see cref="RatingChannel.System"/>.</param>
    /// <param name="ratedAt">When it was given or generated.</param>
    /// <param name="isRealName">Whether the rater is identified (实名).</param>
    /// <param name="isLinkedToCase">Whether the rating names a case (办件); it then names a matter too.</param>
    /// <param name="matterCode">The rated matter, if known.</param>
    /// <param name="departmentCode">The rated department, if known.</param>
    /// <param name="windowCode">The rated window, if known.</param>
    /// <exception cref="System.ArgumentException">A field breaks a rule of <see cref="Rating"/>.</exception>
    public RatingFields(
        UnitCode unitCode, RatingChannel channel, RatingLevel level, RatingOrigin origin, Instant ratedAt, bool isRealName, bool isLinkedToCase,
        MatterCode? matterCode = null, DepartmentCode? departmentCode = null, WindowCode? windowCode = null)
    {
        Preconditions.CheckArgument(unitCode != default, nameof(unitCode), "must be a parsed unit code");
        CheckKinds(channel, level, origin);
        Preconditions.CheckArgument(matterCode != default(MatterCode), nameof(matterCode), "must be a parsed matter code or null");
        Preconditions.CheckArgument(!isLinkedToCase || matterCode is not null, nameof(matterCode), "is required when the rating is linked to a case");
        Preconditions.CheckArgument(departmentCode != default(DepartmentCode), nameof(departmentCode), "must be a parsed department code or null");
        Preconditions.CheckArgument(windowCode != default(WindowCode), nameof(windowCode), "must be a parsed window code or null");
        UnitCode = unitCode;
        Channel = channel;
        Level = level;
        Origin = origin;
        RatedAt = ratedAt;
        IsRealName = isRealName;
        IsLinkedToCase = isLinkedToCase;
        MatterCode = matterCode;
        DepartmentCode = departmentCode;
        WindowCode = windowCode;
    }

    /// <summary>Checks a rating's channel, level and origin as <see cref="Rating"/>'s constructor does.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void CheckKinds(RatingChannel channel, RatingLevel level, RatingOrigin origin)
    {
        Preconditions.CheckArgument(RatingChannels.IsDefined(channel), nameof(channel), "must be a defined channel");
        Preconditions.CheckArgument(RatingLevels.IsDefined(level), nameof(level), "must be a level between 1 and 5");
        Preconditions.CheckArgument(origin is RatingOrigin.Active or RatingOrigin.Default, nameof(origin), "must be Active or Default");
        Preconditions.CheckArgument((origin == RatingOrigin.Default) == (channel == RatingChannel.System), nameof(channel), "must be System exactly when the origin is Default");
    }

    private RatingFields(Rating rating)
    {
        UnitCode = rating.UnitCode;
        Channel = rating.Channel;
        Level = rating.Level;
        Origin = rating.Origin;
        RatedAt = rating.RatedAt;
        IsRealName = rating.IsRealName;
        IsLinkedToCase = rating.IsLinkedToCase;
        MatterCode = rating.MatterCode;
        DepartmentCode = rating.DepartmentCode;
        WindowCode = rating.WindowCode;
    }

    /// <summary>The rated unit.</summary>
    public UnitCode UnitCode { get; }

    /// <summary>The channel (评价渠道).</summary>
    public RatingChannel Channel { get; }

    /// <summary>The level (评价等级).</summary>
    public RatingLevel Level { get; }

    /// <summary>Active (主动) or default (默认).</summary>
    public RatingOrigin Origin { get; }

    /// <summary>When the rating was given or generated.</summary>
    public Instant RatedAt { get; }

    /// <summary>Whether the rater is identified (实名).</summary>
    public bool IsRealName { get; }

    /// <summary>Whether the rating names a case (办件).</summary>
    public bool IsLinkedToCase { get; }

    /// <summary>The rated matter (事项), if known.</summary>
    public MatterCode? MatterCode { get; }

    /// <summary>The rated department (部门), if known.</summary>
    public DepartmentCode? DepartmentCode { get; }

    /// <summary>The rated window (窗口), if known.</summary>
    public WindowCode? WindowCode { get; }

    /// <summary>The fields of a rating.</summary>
    /// <param name="rating">The rating.</param>
    /// <returns>Its fields.</returns>
    public static RatingFields Of(Rating rating) => new(Preconditions.CheckNotNull(rating, nameof(rating)));
}
