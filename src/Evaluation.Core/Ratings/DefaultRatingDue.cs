using Evaluation.Core.Cases;
using NodaTime;

namespace Evaluation.Core.Ratings;

/// <summary>A default rating (默认评价) a case is owed: the case, when its rating window closed, and the level.</summary>
/// <param name="Case">The completed case without an active rating.</param>
/// <param name="WindowClosedAt">The instant the rating window closed; the default rating carries it.</param>
/// <param name="Level">The policy's default level.</param>
public sealed record DefaultRatingDue(ServiceCase Case, Instant WindowClosedAt, RatingLevel Level)
{
    /// <summary>The rating to record: origin default, channel system, real name unknown (false), id <c>D-</c> + case number.</summary>
    /// <returns>The rating.</returns>
    public Rating ToRating() => new(
        RatingId.Parse("D-" + Case.Number.Value),
        Case.UnitCode,
        RatingChannel.System,
        Level,
        RatingOrigin.Default,
        WindowClosedAt,
        isRealName: false,
        caseNumber: Case.Number,
        matterCode: Case.MatterCode,
        departmentCode: Case.DepartmentCode,
        windowCode: Case.WindowCode);
}
