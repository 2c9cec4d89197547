namespace Evaluation.Core.Validation;

/// <summary>The stable error codes of record validation, documented in docs/errors.md.</summary>
public static class ErrorCodes
{
    /// <summary>The rating's id repeats an earlier rating's.</summary>
    public const string RatingIdDuplicate = "rating.id.duplicate";

    /// <summary>A bad rating carries no tag and no comment while the policy requires a reason.</summary>
    public const string RatingBadReasonMissing = "rating.bad.reason-missing";

    /// <summary>A default rating has a level the policy counts as bad.</summary>
    public const string RatingDefaultBad = "rating.default.bad";

    /// <summary>The rating names a case that is not in the batch.</summary>
    public const string RatingCaseUnknown = "rating.case.unknown";

    /// <summary>The rating's matter differs from its case's matter.</summary>
    public const string RatingCaseMatterMismatch = "rating.case.matter-mismatch";

    /// <summary>The rating's unit differs from its case's unit.</summary>
    public const string RatingCaseUnitMismatch = "rating.case.unit-mismatch";

    /// <summary>The rating is earlier than its case's acceptance.</summary>
    public const string RatingBeforeAcceptance = "rating.before-acceptance";

    /// <summary>An active rating came after the rating window closed.</summary>
    public const string RatingWindowClosed = "rating.window.closed";

    /// <summary>A second active rating for the same case.</summary>
    public const string RatingActiveDuplicate = "rating.active.duplicate";

    /// <summary>The case number repeats an earlier case's.</summary>
    public const string CaseNumberDuplicate = "case.number.duplicate";

    /// <summary>The case's matter is not in the catalogue given with the batch.</summary>
    public const string CaseMatterUnknown = "case.matter.unknown";

    /// <summary>The appeal's id repeats an earlier appeal's.</summary>
    public const string AppealIdDuplicate = "appeal.id.duplicate";

    /// <summary>The appeal targets a rating that is not in the batch (or was rejected).</summary>
    public const string AppealRatingUnknown = "appeal.rating.unknown";

    /// <summary>The appeal targets a rating that is not bad.</summary>
    public const string AppealRatingNotBad = "appeal.rating.not-bad";

    /// <summary>A second appeal against the same rating.</summary>
    public const string AppealDuplicate = "appeal.rating.already-appealed";

    /// <summary>The appeal was filed before the rating it contests.</summary>
    public const string AppealBeforeRating = "appeal.filed.before-rating";

    /// <summary>The rectification targets a rating that is not in the batch (or was rejected).</summary>
    public const string RectificationRatingUnknown = "rectification.rating.unknown";

    /// <summary>The rectification targets a rating that is not bad.</summary>
    public const string RectificationRatingNotBad = "rectification.rating.not-bad";

    /// <summary>The rectification targets a rating voided by an upheld appeal.</summary>
    public const string RectificationRatingVoid = "rectification.rating.void";

    /// <summary>A second rectification record for the same rating.</summary>
    public const string RectificationDuplicate = "rectification.rating.duplicate";

    /// <summary>A rectification step is earlier than the rating.</summary>
    public const string RectificationBeforeRating = "rectification.step.before-rating";

    /// <summary>The follow-up names a case that is not in the batch.</summary>
    public const string FollowUpCaseUnknown = "follow-up.case.unknown";

    /// <summary>The follow-up is earlier than its case's acceptance.</summary>
    public const string FollowUpBeforeCase = "follow-up.before-case";

    /// <summary>A unit of county, town or village level has no division code.</summary>
    public const string UnitDivisionCodeMissing = "unit.division-code.missing";

    /// <summary>A catalogue code repeats an earlier record's.</summary>
    public const string CatalogueCodeDuplicate = "catalogue.code.duplicate";

    /// <summary>
    /// A rule of the record needs a deadline that the working calendar cannot place: its date, or the working days
    /// after it that a limit counts, fall outside the years whose holiday schedules the calendar holds.
    /// </summary>
    public const string CalendarNotCovered = "calendar.not-covered";
}
