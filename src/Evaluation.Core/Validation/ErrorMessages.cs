using System.Collections.Frozen;
using System.Collections.Generic;

namespace Evaluation.Core.Validation;

/// <summary>The English and Chinese message of every error code.</summary>
public static class ErrorMessages
{
    private static readonly FrozenDictionary<string, (string English, string Chinese)> Messages = new Dictionary<string, (string, string)>
    {
        [ErrorCodes.RatingIdDuplicate] = ("The rating id repeats an earlier rating's.", "评价编号与之前的评价重复。"),
        [ErrorCodes.RatingBadReasonMissing] = ("A bad rating must give a reason: at least one indicator or problem tag, or a comment.", "差评须至少选择一项评价指标或问题，或填写评价内容。"),
        [ErrorCodes.RatingDefaultBad] = ("A default rating must not be bad.", "默认评价不得为差评。"),
        [ErrorCodes.RatingCaseUnknown] = ("The rating names a case that is not in the data.", "评价所关联的办件不存在。"),
        [ErrorCodes.RatingCaseMatterMismatch] = ("The rating's matter differs from its case's matter.", "评价的事项与办件的事项不一致。"),
        [ErrorCodes.RatingCaseUnitMismatch] = ("The rating's unit differs from its case's unit.", "评价的单位与办件的受理单位不一致。"),
        [ErrorCodes.RatingBeforeAcceptance] = ("The rating is earlier than its case's acceptance.", "评价时间早于办件受理时间。"),
        [ErrorCodes.RatingWindowClosed] = ("The active rating came after the rating window closed.", "主动评价晚于评价期限。"),
        [ErrorCodes.RatingActiveDuplicate] = ("The case already has an active rating.", "该办件已有主动评价。"),
        [ErrorCodes.CaseNumberDuplicate] = ("The case number repeats an earlier case's.", "办件编号与之前的办件重复。"),
        [ErrorCodes.CaseMatterUnknown] = ("The case's matter is not in the catalogue.", "办件的事项不在事项目录中。"),
        [ErrorCodes.AppealIdDuplicate] = ("The appeal id repeats an earlier appeal's.", "申诉编号与之前的申诉重复。"),
        [ErrorCodes.AppealRatingUnknown] = ("The appeal targets a rating that is not in the data or was rejected.", "申诉所针对的评价不存在或未通过校验。"),
        [ErrorCodes.AppealRatingNotBad] = ("Only a bad rating can be appealed.", "只能对差评提出申诉。"),
        [ErrorCodes.AppealDuplicate] = ("The rating was already appealed; a rating is appealed once.", "该评价已申诉过，每条评价只能申诉一次。"),
        [ErrorCodes.AppealBeforeRating] = ("The appeal was filed before the rating.", "申诉时间早于评价时间。"),
        [ErrorCodes.RectificationRatingUnknown] = ("The rectification targets a rating that is not in the data or was rejected.", "整改所针对的评价不存在或未通过校验。"),
        [ErrorCodes.RectificationRatingNotBad] = ("Only a bad rating is rectified.", "只有差评需要整改。"),
        [ErrorCodes.RectificationRatingVoid] = ("The rating was voided by an upheld appeal; no rectification is owed.", "该评价已申诉成立而作废，无需整改。"),
        [ErrorCodes.RectificationDuplicate] = ("The rating already has a rectification record.", "该评价已有整改记录。"),
        [ErrorCodes.RectificationBeforeRating] = ("A rectification step is earlier than the rating.", "整改环节时间早于评价时间。"),
        [ErrorCodes.FollowUpCaseUnknown] = ("The follow-up names a case that is not in the data.", "回访所关联的办件不存在。"),
        [ErrorCodes.FollowUpBeforeCase] = ("The follow-up is earlier than its case's acceptance.", "回访时间早于办件受理时间。"),
        [ErrorCodes.UnitDivisionCodeMissing] = ("A county, town or village needs its 12-digit division code.", "县区、乡镇、村须填写12位行政区划代码。"),
        [ErrorCodes.CalendarNotCovered] = ("A deadline of this record falls outside the years the working calendar covers; give that year's holiday schedule (or use a provisional calendar).", "该记录的期限超出工作日历所覆盖的年份，请提供该年节假日安排（或使用临时日历）。"),
        [ErrorCodes.CatalogueCodeDuplicate] = ("The code repeats an earlier record's.", "代码与之前的记录重复。"),
    }.ToFrozenDictionary();

    /// <summary>Every code with a message.</summary>
    public static IEnumerable<string> Codes => Messages.Keys;

    /// <summary>The English message of a code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The message, or the code itself when unknown.</returns>
    public static string English(string code) => Messages.TryGetValue(code, out var m) ? m.English : code;

    /// <summary>The Chinese message of a code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The message, or the code itself when unknown.</returns>
    public static string Chinese(string code) => Messages.TryGetValue(code, out var m) ? m.Chinese : code;
}
