using System.Runtime.CompilerServices;
using Evaluation.Core.Periods;
using Evaluation.Core.Ratings;
using Evaluation.Core.Utility;
using NodaTime;

namespace Evaluation.Core.Aggregation;

/// <summary>
/// The fields of a rating (评价) a <see cref="RatingBatch"/> keeps, with its codes given by their positions in a
/// <see cref="DimensionCodes"/> (from 1; 0 is "none"): the form of <see cref="RatingFields"/> for readers that
/// dictionary-encode codes themselves. The fields obey the rules of <see cref="Rating"/>'s constructor; positions are
/// checked against the lists when the rating is added.
/// </summary>
internal readonly record struct EncodedRating
{
    /// <summary>Creates the fields, checking them as <see cref="Rating"/>'s constructor does.</summary>
    /// <param name="unit">The rated unit's position in <see cref="DimensionCodes.Units"/>, from 1 (a rating always names its unit).</param>
    /// <param name="channel">The channel (评价渠道).</param>
    /// <param name="level">The level (评价等级).</param>
    /// <param name="origin">Active (主动) or default (默认); default exactly when the channel is <see cref="RatingChannel.System"/>.</param>
    /// <param name="ratedAt">When it was given or generated.</param>
    /// <param name="isRealName">Whether the rater is identified (实名).</param>
    /// <param name="isLinkedToCase">Whether the rating names a case (办件); it then names a matter too.</param>
    /// <param name="matter">The rated matter's position in <see cref="DimensionCodes.Matters"/>, or 0 for none.</param>
    /// <param name="department">The rated department's position in <see cref="DimensionCodes.Departments"/>, or 0 for none.</param>
    /// <param name="window">The rated window's position in <see cref="DimensionCodes.Windows"/>, or 0 for none.</param>
    /// <exception cref="System.ArgumentException">A field breaks a rule of <see cref="Rating"/>, or a position is negative.</exception>
    public EncodedRating(
        int unit, RatingChannel channel, RatingLevel level, RatingOrigin origin, Instant ratedAt, bool isRealName, bool isLinkedToCase,
        int matter = 0, int department = 0, int window = 0)
        : this(unit, channel, level, origin, ChinaTime.DayNumberOf(ratedAt), isRealName, isLinkedToCase, matter, department, window)
    {
    }

    /// <summary>
    /// Creates the fields from the day the rating was given or generated, all a batch keeps of its instant, for readers
    /// that find the day without making the instant; checks them as <see cref="Rating"/>'s constructor does.
    /// </summary>
    /// <param name="unit">The rated unit's position in <see cref="DimensionCodes.Units"/>, from 1 (a rating always names its unit).</param>
    /// <param name="channel">The channel (评价渠道).</param>
    /// <param name="level">The level (评价等级).</param>
    /// <param name="origin">Active (主动) or default (默认); default exactly when the channel is <see cref="RatingChannel.System"/>.</param>
    /// <param name="ratedDay">The local date in China Standard Time when it was given or generated, as a day number (<see cref="ChinaTime.DayNumberOf(Instant)"/>).</param>
    /// <param name="isRealName">Whether the rater is identified (实名).</param>
    /// <param name="isLinkedToCase">Whether the rating names a case (办件); it then names a matter too.</param>
    /// <param name="matter">The rated matter's position in <see cref="DimensionCodes.Matters"/>, or 0 for none.</param>
    /// <param name="department">The rated department's position in <see cref="DimensionCodes.Departments"/>, or 0 for none.</param>
    /// <param name="window">The rated window's position in <see cref="DimensionCodes.Windows"/>, or 0 for none.</param>
    /// <exception cref="System.ArgumentException">A field breaks a rule of <see cref="Rating"/>, or a position is negative.</exception>
    /// <remarks>
    /// Inlined where it is called: made in a call, the rating was written field by field into a slot on the stack and
    /// read back whole, which the processor cannot forward from the writes and makes wait (ten million times a report).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public EncodedRating(
        int unit, RatingChannel channel, RatingLevel level, RatingOrigin origin, int ratedDay, bool isRealName, bool isLinkedToCase,
        int matter = 0, int department = 0, int window = 0)
    {
        Preconditions.CheckArgument(unit > 0, nameof(unit), "must be a position from 1: a rating names its unit");
        RatingFields.CheckKinds(channel, level, origin);
        Preconditions.CheckArgument(matter >= 0, nameof(matter), "must be a position from 1, or 0 for none");
        Preconditions.CheckArgument(!isLinkedToCase || matter > 0, nameof(matter), "is required when the rating is linked to a case");
        Preconditions.CheckArgument(department >= 0, nameof(department), "must be a position from 1, or 0 for none");
        Preconditions.CheckArgument(window >= 0, nameof(window), "must be a position from 1, or 0 for none");
        Unit = unit;
        Channel = channel;
        Level = level;
        Origin = origin;
        RatedDay = ratedDay;
        IsRealName = isRealName;
        IsLinkedToCase = isLinkedToCase;
        Matter = matter;
        Department = department;
        Window = window;
    }

    /// <summary>The rated unit's position in <see cref="DimensionCodes.Units"/>, from 1.</summary>
    public int Unit { get; }

    /// <summary>The channel (评价渠道).</summary>
    public RatingChannel Channel { get; }

    /// <summary>The level (评价等级).</summary>
    public RatingLevel Level { get; }

    /// <summary>Active (主动) or default (默认).</summary>
    public RatingOrigin Origin { get; }

    /// <summary>The local date in China Standard Time when it was given or generated, as a day number (days since 0001-01-01).</summary>
    public int RatedDay { get; }

    /// <summary>Whether the rater is identified (实名).</summary>
    public bool IsRealName { get; }

    /// <summary>Whether the rating names a case (办件).</summary>
    public bool IsLinkedToCase { get; }

    /// <summary>The rated matter's position in <see cref="DimensionCodes.Matters"/>, or 0 for none.</summary>
    public int Matter { get; }

    /// <summary>The rated department's position in <see cref="DimensionCodes.Departments"/>, or 0 for none.</summary>
    public int Department { get; }

    /// <summary>The rated window's position in <see cref="DimensionCodes.Windows"/>, or 0 for none.</summary>
    public int Window { get; }
}
