using Evaluation.Cli.Rendering;
using Evaluation.Core.Policies;

namespace Evaluation.Cli.Tables;

/// <summary>The line printed under a table with the active rating rate or the matter coverage rate: how the policy counts each.</summary>
internal static class Formulas
{
    internal static string Note(EvaluationPolicy policy, Language language)
    {
        bool activeByCases = policy.ActiveRatingRateBasis == ActiveRatingRateBasis.CompletedCases;
        bool coverageByCases = policy.MatterCoverageBasis == MatterCoverageBasis.CompletedCases;
        bool defaults = policy.CoverageCountsDefaultRatings;
        string active = activeByCases
            ? language.Pick("主动评价率 = 有主动评价的办结件数 / 办结件数（按办结时间）", "Active rating rate = completed cases with a valid active rating / completed cases (by completion date)")
            : language.Pick("主动评价率 = 有效主动评价数 / 有效关联办件评价数（按评价时间）", "Active rating rate = valid active case-linked ratings / valid case-linked ratings (by rating date)");
        string coverage = (coverageByCases, defaults) switch
        {
            (true, false) => language.Pick("评价覆盖事项率 = 有主动评价办结件的事项数 / 有办结件的事项数（按办结时间）", "Matter coverage rate = matters with an actively rated completed case / matters with a completed case (by completion date)"),
            (true, true) => language.Pick("评价覆盖事项率 = 有已评价办结件的事项数 / 有办结件的事项数（按办结时间，含默认评价）", "Matter coverage rate = matters with a rated completed case / matters with a completed case (by completion date, default ratings included)"),
            (false, false) => language.Pick("评价覆盖事项率 = 有主动评价的事项数 / 有关联办件评价的事项数（按评价时间）", "Matter coverage rate = matters with a valid active rating / matters with a valid case-linked rating (by rating date)"),
            (false, true) => language.Pick("评价覆盖事项率 = 有有效评价的事项数 / 有关联办件评价的事项数（按评价时间，含默认评价）", "Matter coverage rate = matters with a valid rating / matters with a valid case-linked rating (by rating date, default ratings included)"),
        };
        return active + language.Pick("；", "; ") + coverage;
    }
}
