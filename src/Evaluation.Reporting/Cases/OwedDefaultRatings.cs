using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Evaluation.Core.Aggregation;
using Evaluation.Core.Calendars;
using Evaluation.Core.Policies;
using Evaluation.Core.Ratings;
using Evaluation.Core.Rectification;
using Evaluation.IO.Columnar;
using NodaTime;

namespace Evaluation.Reporting.Cases;

/// <summary>
/// The default ratings (默认评价) owed to unrated completed cases held in a table, each judged by
/// <see cref="DefaultRatingRule.IsOwed"/>, the rule <see cref="DefaultRatingRule.Owed"/> applies to records: each case
/// whose rating window closed by the as-of instant is owed one, at the instant the window closed. They are encoded from
/// the cases' codes, and made as records only when asked for.
/// </summary>
internal sealed class OwedDefaultRatings
{
    private readonly CaseTable cases;
    private readonly int[] rows;
    private readonly Instant[] closes;
    private readonly RatingLevel level;
    private readonly RatingFacts[]? facts;

    private OwedDefaultRatings(CaseTable cases, int[] rows, Instant[] closes, RatingLevel level, RatingLifecycle? lifecycle)
    {
        this.cases = cases;
        this.rows = rows;
        this.closes = closes;
        this.level = level;
        // Only a bad rating has lifecycle facts, as for the ratings read (a policy could make default ratings bad). They
        // are assessed from the records now, while the cases' numbers are held.
        facts = lifecycle is not null && lifecycle.Policy.IsBad(level)
            ? [.. Enumerable.Range(0, rows.Length).Select(i => lifecycle.Assess(DueAt(i).ToRating()))]
            : null;
    }

    /// <summary>The default ratings as records, in case-number order, as <see cref="DefaultRatingRule.Owed"/> lists them.</summary>
    internal IEnumerable<Rating> Records =>
        Enumerable.Range(0, rows.Length).Select(DueAt).OrderBy(d => d.Case.Number).Select(d => d.ToRating());

    /// <summary>The case rows owed a default rating at the as-of instant.</summary>
    internal IReadOnlyList<int> CaseRows => rows;

    /// <summary>
    /// Judges the unrated completed cases at some rows of a table, on every processor, and assesses the default ratings
    /// owed when the policy makes them bad: once judged, only <see cref="Records"/> reads the cases' numbers.
    /// </summary>
    internal static OwedDefaultRatings Judge(CaseTable cases, int[] unrated, EvaluationPolicy policy, DeadlineCalculator deadlines, Instant asOf, RatingLifecycle lifecycle)
    {
        if (policy.DefaultLevel is not RatingLevel level)
        {
            return new OwedDefaultRatings(cases, [], [], default, null);
        }
        var rule = new DefaultRatingRule(policy, deadlines);
        var closes = new Instant[unrated.Length];
        var isOwed = new bool[unrated.Length];
        Parallel.For(0, unrated.Length, i => isOwed[i] = rule.IsOwed(cases.Rows[unrated[i]].CompletedAt, isRated: false, asOf, out closes[i]));
        int[] owed = [.. Enumerable.Range(0, unrated.Length).Where(i => isOwed[i])];
        return new OwedDefaultRatings(cases, [.. owed.Select(i => unrated[i])], [.. owed.Select(i => closes[i])], level, lifecycle);
    }

    /// <summary>Adds the default ratings a report covers to a batch, with their lifecycle facts.</summary>
    internal void AddTo(RatingBatch.Builder builder, ReportOptions options)
    {
        int[] covered = [.. Enumerable.Range(0, rows.Length).Where(i => options.Covers(closes[i]))];
        var codes = new DimensionCodes(cases.Units.Codes, cases.Departments.Codes, cases.Matters.Codes, cases.Windows.Codes);
        EncodedRating RatingAt(int i)
        {
            ref CaseRow c = ref cases.Rows[rows[covered[i]]];
            return new EncodedRating(c.Unit, RatingChannel.System, level, RatingOrigin.Default, closes[covered[i]], isRealName: false, isLinkedToCase: true, c.Matter, c.Department, c.Window);
        }
        RatingFacts FactsAt(int i) => facts is null ? RatingFacts.Valid : facts[covered[i]];
        builder.AddRange(covered.Length, codes, RatingAt, FactsAt);
    }

    /// <summary>The default rating owed at a position, as the rule's record.</summary>
    private DefaultRatingDue DueAt(int at) => new(cases.Materialize(rows[at]), closes[at], level);
}
