using Evaluation.Core.Cases;
using Evaluation.Core.Catalog;
using Evaluation.Core.Ratings;
using NodaTime;
using NodaTime.Text;

namespace Evaluation.Core.Tests.Support;

/// <summary>Small hand-made records for example tests.</summary>
public static class Samples
{
    public static readonly UnitCode Unit = UnitCode.Parse("410202");
    public static readonly MatterCode MatterA = MatterCode.Parse("M-001");
    public static readonly CaseNumber Case = CaseNumber.Parse("C-0001");

    /// <summary>Parses an instant written with its offset, such as 2023-12-05T10:31:00+08:00.</summary>
    public static Instant At(string text) => OffsetDateTimePattern.ExtendedIso.Parse(text).GetValueOrThrow().ToInstant();

    public static Rating Rating(string id, RatingLevel level, string at = "2023-12-05T10:31:00+08:00", RatingOrigin origin = RatingOrigin.Active, string? comment = null) =>
        new(RatingId.Parse(id), Unit, origin == RatingOrigin.Default ? RatingChannel.System : RatingChannel.QrStatic, level, origin, At(at), isRealName: true,
            caseNumber: Case, matterCode: MatterA, comment: comment);
}
