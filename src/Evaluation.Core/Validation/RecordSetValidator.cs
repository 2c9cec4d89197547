using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using Evaluation.Core.Appeals;
using Evaluation.Core.Calendars;
using Evaluation.Core.Cases;
using Evaluation.Core.Catalog;
using Evaluation.Core.FollowUps;
using Evaluation.Core.Policies;
using Evaluation.Core.Ratings;
using Evaluation.Core.Rectification;
using Evaluation.Core.Utility;
using FluentValidation.Results;
using NodaTime;

namespace Evaluation.Core.Validation;

/// <summary>
/// Checks a batch of records, each alone and against the others, under a policy and a calendar. It never throws
/// for a bad record: every record ends up accepted or rejected with its reasons, and records that depend on a
/// rejected one (an appeal of a rejected rating) are rejected in turn.
/// </summary>
/// <remarks>
/// A batch that holds no cases (a rating platform's export alone) is not checked for ratings' case references, as a
/// batch without a catalogue is not checked for cases' matters.
/// Where two records conflict the decision does not depend on input order: of two active ratings of one case the
/// earlier (then the smaller id) stands; of two appeals of one rating the earlier filed stands. Records sharing an
/// identifier are the exception: the first in input order stands, since nothing else tells them apart.
/// </remarks>
public sealed class RecordSetValidator
{
    private readonly EvaluationPolicy policy;
    private readonly DeadlineCalculator deadlines;
    private readonly RatingValidator ratingValidator;
    private readonly ServiceUnitValidator unitValidator = new();

    /// <summary>Creates a validator.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="deadlines">The calendar and time zone the rating window is counted in.</param>
    public RecordSetValidator(EvaluationPolicy policy, DeadlineCalculator deadlines)
    {
        this.policy = Preconditions.CheckNotNull(policy, nameof(policy));
        this.deadlines = Preconditions.CheckNotNull(deadlines, nameof(deadlines));
        ratingValidator = new RatingValidator(policy);
    }

    /// <summary>Validates a batch.</summary>
    /// <param name="records">The records.</param>
    /// <returns>The accepted records and the rejected ones with reasons.</returns>
    public ValidationReport Validate(RecordSet records)
    {
        Preconditions.CheckNotNull(records, nameof(records));
        var rejected = ImmutableArray.CreateBuilder<RejectedRecord>();
        var reject = new Rejection(rejected);

        // Catalogue.
        var (units, _) = Keep(records.Units, RecordKind.Unit, u => u.Code.Value, u => unitValidator.Validate(u).Errors.Select(ToProblem), reject.Invoke);
        var (matters, _) = Keep(records.Matters, RecordKind.Matter, m => m.Code.Value, _ => [], reject.Invoke);
        var (departments, _) = Keep(records.Departments, RecordKind.Department, d => d.Code.Value, _ => [], reject.Invoke);
        var (windows, _) = Keep(records.Windows, RecordKind.Window, w => w.Code.Value, _ => [], reject.Invoke);
        var matterCodes = matters.Select(m => m.Record.Code).ToHashSet();

        // Cases.
        var matterByCode = matters.Select(m => m.Record).DistinctBy(m => m.Code).ToDictionary(m => m.Code);
        var (cases, caseByNumber) = Keep(records.Cases, RecordKind.Case, c => c.Number.Value,
            c => CaseProblems(c, matterCodes, matterByCode), reject.Invoke, ErrorCodes.CaseNumberDuplicate);

        // Ratings.
        var (ratings, ratingById) = Keep(records.Ratings, RecordKind.Rating, r => r.Id.Value, r => RatingProblems(r, caseByNumber), reject.Invoke, ErrorCodes.RatingIdDuplicate);
        ratings = KeepEarliest(ratings, r => r.Origin == RatingOrigin.Active ? r.CaseNumber?.Value : null, ByInstantThenId<Rating>(r => r.RatedAt, r => r.Id.Value),
            CrossRecordRules.ActiveRatingsPerCase(policy), RecordKind.Rating, r => r.Id.Value, "case_no", ErrorCodes.RatingActiveDuplicate,
            (kind, key, item, problems) =>
            {
                reject.Invoke(kind, key, item, problems);
                ratingById.Remove(key);
            });

        RecordSet lifecycle = KeepLifecycle(records, new RecordLifecycleTargets(ratingById, caseByNumber), reject);
        var accepted = lifecycle with
        {
            Units = units,
            Matters = matters,
            Departments = departments,
            Windows = windows,
            Cases = cases,
            Ratings = ratings,
        };
        return new ValidationReport(accepted, rejected.ToImmutable(), records.Count);
    }

    /// <summary>
    /// Validates the appeals, rectification orders and follow-ups of <paramref name="records"/> (its other records are
    /// not read) against ratings and cases already accepted, as a report that validated its cases and ratings from
    /// tables does: the same rejects <see cref="Validate"/> gives those records when the accepted ratings and cases are
    /// among its input.
    /// </summary>
    /// <param name="records">The appeals, rectification orders and follow-ups.</param>
    /// <param name="accepted">The accepted ratings and cases they may name.</param>
    internal ValidationReport ValidateLifecycle(RecordSet records, ILifecycleTargets accepted)
    {
        Preconditions.CheckNotNull(records, nameof(records));
        var rejected = ImmutableArray.CreateBuilder<RejectedRecord>();
        RecordSet kept = KeepLifecycle(records, accepted, new Rejection(rejected));
        return new ValidationReport(kept, rejected.ToImmutable(), records.Appeals.Length + records.Rectifications.Length + records.FollowUps.Length);
    }

    /// <summary>The appeals (one per rating, the earliest filed standing), rectification orders and follow-ups kept, against the accepted ratings and cases.</summary>
    private RecordSet KeepLifecycle(RecordSet records, ILifecycleTargets accepted, Rejection reject)
    {
        var (appeals, _) = Keep(records.Appeals, RecordKind.Appeal, a => a.Id.Value, a => AppealProblems(a, accepted), reject.Invoke, ErrorCodes.AppealIdDuplicate);
        appeals = KeepEarliest(appeals, a => a.RatingId.Value, ByInstantThenId<Appeal>(a => a.FiledAt, a => a.Id.Value),
            1, RecordKind.Appeal, a => a.Id.Value, "rating_id", ErrorCodes.AppealDuplicate, reject.Invoke);
        var voided = appeals.Where(a => a.Record.IsUpheld).Select(a => a.Record.RatingId).ToHashSet();
        var (rectifications, _) = Keep(records.Rectifications, RecordKind.Rectification, r => r.RatingId.Value,
            r => RectificationProblems(r, accepted, voided), reject.Invoke, ErrorCodes.RectificationDuplicate);
        var (followUps, _) = Keep(records.FollowUps, RecordKind.FollowUp, f => f.CaseNumber.Value + "@" + f.VisitedAt.ToString(),
            f => FollowUpProblems(f, accepted), reject.Invoke, duplicateCode: null);
        return new RecordSet { Appeals = appeals, Rectifications = rectifications, FollowUps = followUps };
    }

    private IReadOnlyList<RecordProblem> CaseProblems(ServiceCase @case, HashSet<MatterCode> matterCodes, Dictionary<MatterCode, Matter> matterByCode) =>
        CrossRecordRules.CaseProblems(
            matterCodes.Count > 0 && !matterCodes.Contains(@case.MatterCode),
            CaseCalendarProblem(@case.AcceptedAt, @case.CompletedAt, matterByCode.GetValueOrDefault(@case.MatterCode)));

    /// <summary>
    /// Whether the calendar can place every deadline the rules count from a case: its matter's promised limit and the
    /// immediate-matter limit from acceptance, the rating window and the follow-up limit from completion.
    /// </summary>
    /// <param name="acceptedAt">When the case was accepted.</param>
    /// <param name="completedAt">When it was completed, or null.</param>
    /// <param name="matter">Its matter in the catalogue, or null when the catalogue does not list it.</param>
    /// <returns>A <see cref="ErrorCodes.CalendarNotCovered"/> problem naming the field, or null.</returns>
    public RecordProblem? CaseCalendarProblem(Instant acceptedAt, Instant? completedAt, Matter? matter)
    {
        if ((matter?.PromisedWorkingDays is int days && !deadlines.CanCompute(acceptedAt, TimeLimit.WorkingDays(days)))
            || (matter?.IsImmediate == true && !deadlines.CanCompute(acceptedAt, policy.ImmediateMatterLimit)))
        {
            return RecordProblem.Of("accepted_at", ErrorCodes.CalendarNotCovered);
        }
        if (completedAt is Instant completed
            && (!deadlines.CanCompute(completed, policy.RatingWindow) || !deadlines.CanCompute(completed, policy.FollowUpLimit)))
        {
            return RecordProblem.Of("completed_at", ErrorCodes.CalendarNotCovered);
        }
        return null;
    }

    /// <summary>Whether the calendar can place every deadline counted from a bad rating: verification, rectification, feedback and appeal.</summary>
    private bool PlacesBadRating(Instant ratedAt) =>
        deadlines.CanCompute(ratedAt, policy.VerificationLimit) && deadlines.CanCompute(ratedAt, policy.RectificationLimit)
        && deadlines.CanCompute(ratedAt, policy.FeedbackLimit) && deadlines.CanCompute(ratedAt, policy.AppealFilingLimit);

    /// <summary>A rating's problems against the accepted cases, found by number.</summary>
    private IReadOnlyList<RecordProblem> RatingProblems(Rating rating, Dictionary<string, ServiceCase> cases) =>
        CheckRating(rating, rating.CaseNumber is CaseNumber number && cases.TryGetValue(number.Value, out ServiceCase? @case) ? @case : null, cases.Count > 0);

    /// <summary>Whether <see cref="CheckRating"/> can find a problem a rating has on its own (without its case): false for every rating that is not bad.</summary>
    /// <param name="level">The rating's level.</param>
    /// <returns>True when the rating's own rules must be checked.</returns>
    public bool ChecksAlone(RatingLevel level) => ratingValidator.Concerns(level);

    /// <summary>
    /// Whether <see cref="CheckRating"/> finds a problem a rating has on its own (without its case), from the facts its
    /// rules read: its level, origin, whether it gives a reason (tags or a comment) and its instant. A reader holding
    /// ratings as rows makes a record only of a rating this is true for.
    /// </summary>
    /// <param name="level">The rating's level.</param>
    /// <param name="origin">Its origin.</param>
    /// <param name="hasReason">Whether it gives a reason (<see cref="Rating.HasReason"/>).</param>
    /// <param name="ratedAt">Its instant.</param>
    internal bool ChecksAlone(RatingLevel level, RatingOrigin origin, bool hasReason, Instant ratedAt) =>
        ratingValidator.Rejects(level, origin, hasReason) || (policy.IsBad(level) && !PlacesBadRating(ratedAt));

    /// <summary>
    /// The problems of one rating on its own and against the case it names: what <see cref="Validate"/> reports for it
    /// apart from duplicates, for callers that keep cases in a form of their own. Allocates nothing for a rating without
    /// problems, which almost every rating is.
    /// </summary>
    /// <param name="rating">The rating.</param>
    /// <param name="linkedCase">The accepted case whose number the rating names, or null when no accepted case has it.</param>
    /// <param name="checkCases">
    /// Whether case references are checked at all: false for a batch without accepted cases (a rating platform's export
    /// alone), which is checked rating by rating only.
    /// </param>
    /// <returns>The problems, empty when there are none.</returns>
    public IReadOnlyList<RecordProblem> CheckRating(Rating rating, ServiceCase? linkedCase, bool checkCases)
    {
        Preconditions.CheckNotNull(rating, nameof(rating));
        List<RecordProblem>? problems = null;
        if (ratingValidator.Concerns(rating.Level))
        {
            foreach (ValidationFailure failure in ratingValidator.Validate(rating).Errors)
            {
                (problems ??= []).Add(ToProblem(failure));
            }
        }
        if (policy.IsBad(rating.Level) && !PlacesBadRating(rating.RatedAt))
        {
            (problems ??= []).Add(RecordProblem.Of("rated_at", ErrorCodes.CalendarNotCovered));
        }
        if (rating.CaseNumber is null || !checkCases)
        {
            return problems is null ? [] : [.. problems];
        }
        if (linkedCase is not ServiceCase @case)
        {
            (problems ??= []).Add(RecordProblem.Of("case_no", ErrorCodes.RatingCaseUnknown));
            return [.. problems];
        }
        if (rating.MatterCode != @case.MatterCode)
        {
            (problems ??= []).Add(RecordProblem.Of("matter_code", ErrorCodes.RatingCaseMatterMismatch));
        }
        if (rating.UnitCode != @case.UnitCode)
        {
            (problems ??= []).Add(RecordProblem.Of("unit_code", ErrorCodes.RatingCaseUnitMismatch));
        }
        if (rating.RatedAt < @case.AcceptedAt)
        {
            (problems ??= []).Add(RecordProblem.Of("rated_at", ErrorCodes.RatingBeforeAcceptance));
        }
        if (rating.Origin == RatingOrigin.Active && @case.CompletedAt is Instant completed && IsAfterRatingWindow(completed, rating.RatedAt))
        {
            (problems ??= []).Add(RecordProblem.Of("rated_at", ErrorCodes.RatingWindowClosed));
        }
        return problems is null ? [] : [.. problems];
    }

    /// <summary>
    /// A window of N working or calendar days never closes within N whole days of completion, so most ratings need no
    /// calendar look-up.
    /// </summary>
    private bool SurelyWithinWindow(Instant completed, Instant ratedAt) =>
        policy.RatingWindow.IsInDays && ratedAt - completed <= Duration.FromDays(policy.RatingWindow.Amount);

    /// <summary>Whether an active rating given at <paramref name="ratedAt"/> comes after the rating window of a case completed at <paramref name="completedAt"/> closed.</summary>
    /// <param name="completedAt">The completion instant.</param>
    /// <param name="ratedAt">The rating instant.</param>
    /// <returns>True when the window had closed.</returns>
    public bool IsAfterRatingWindow(Instant completedAt, Instant ratedAt) =>
        !SurelyWithinWindow(completedAt, ratedAt) && ratedAt > RatingWindowCloses(completedAt);

    /// <summary>The instant the rating window of a case completed at <paramref name="completedAt"/> closes.</summary>
    /// <param name="completedAt">The completion instant.</param>
    /// <returns>The last instant an active rating is accepted.</returns>
    public Instant RatingWindowCloses(Instant completedAt) => deadlines.Compute(completedAt, policy.RatingWindow).Due;

    private List<RecordProblem> AppealProblems(Appeal appeal, ILifecycleTargets accepted)
    {
        if (!accepted.TryFindRating(appeal.RatingId.Value, out RatingLevel level, out Instant ratedAt))
        {
            return [RecordProblem.Of("rating_id", ErrorCodes.AppealRatingUnknown)];
        }
        var problems = new List<RecordProblem>();
        if (!policy.IsBad(level))
        {
            problems.Add(RecordProblem.Of("rating_id", ErrorCodes.AppealRatingNotBad));
        }
        if (appeal.FiledAt < ratedAt)
        {
            problems.Add(RecordProblem.Of("filed_at", ErrorCodes.AppealBeforeRating));
        }
        if (!deadlines.CanCompute(appeal.FiledAt, policy.AppealDecisionLimit))
        {
            problems.Add(RecordProblem.Of("filed_at", ErrorCodes.CalendarNotCovered));
        }
        return problems;
    }

    private List<RecordProblem> RectificationProblems(RectificationOrder order, ILifecycleTargets accepted, HashSet<RatingId> voided)
    {
        if (!accepted.TryFindRating(order.RatingId.Value, out RatingLevel level, out Instant ratedAt))
        {
            return [RecordProblem.Of("rating_id", ErrorCodes.RectificationRatingUnknown)];
        }
        var problems = new List<RecordProblem>();
        if (!policy.IsBad(level))
        {
            problems.Add(RecordProblem.Of("rating_id", ErrorCodes.RectificationRatingNotBad));
        }
        if (voided.Contains(order.RatingId))
        {
            problems.Add(RecordProblem.Of("rating_id", ErrorCodes.RectificationRatingVoid));
        }
        if (order.VerifiedAt < ratedAt)
        {
            problems.Add(RecordProblem.Of("verified_at", ErrorCodes.RectificationBeforeRating));
        }
        return problems;
    }

    private static IEnumerable<RecordProblem> FollowUpProblems(FollowUp followUp, ILifecycleTargets accepted)
    {
        if (!accepted.TryFindCase(followUp.CaseNumber.Value, out Instant acceptedAt))
        {
            return [RecordProblem.Of("case_no", ErrorCodes.FollowUpCaseUnknown)];
        }
        return followUp.VisitedAt < acceptedAt ? [RecordProblem.Of("visited_at", ErrorCodes.FollowUpBeforeCase)] : [];
    }

    /// <summary>
    /// Keeps the first <paramref name="allowed"/> records of each group in <paramref name="order"/> and rejects the rest
    /// (<see cref="CrossRecordRules.BeyondAllowance"/>); records whose group is null are not grouped.
    /// </summary>
    private static ImmutableArray<Sourced<T>> KeepEarliest<T>(
        ImmutableArray<Sourced<T>> items, Func<T, string?> group, Comparison<T> order, int allowed,
        RecordKind kind, Func<T, string> key, string field, string code, Action<RecordKind, string, Sourced<T>, IEnumerable<RecordProblem>> reject)
        where T : class
    {
        var numbers = new Dictionary<string, int>(items.Length, StringComparer.Ordinal);
        int[] groupOf = new int[items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            groupOf[i] = -1;
            if (group(items[i].Record) is string g)
            {
                ref int number = ref CollectionsMarshal.GetValueRefOrAddDefault(numbers, g, out bool known);
                number = known ? number : numbers.Count - 1;
                groupOf[i] = number;
            }
        }
        int[] beyond = CrossRecordRules.BeyondAllowance(items.Length, numbers.Count, i => groupOf[i], (a, b) => order(items[a].Record, items[b].Record), allowed);
        if (beyond.Length == 0)
        {
            return items;
        }
        var extra = new HashSet<int>(beyond);
        foreach (int i in beyond)
        {
            reject(kind, key(items[i].Record), items[i], [RecordProblem.Of(field, code)]);
        }
        return [.. items.Where((_, i) => !extra.Contains(i))];
    }

    /// <summary>
    /// Checks each record alone, then rejects records with problems and, when <paramref name="duplicateCode"/> is given,
    /// records whose key an earlier record holds. Returns the kept records and, keyed by <paramref name="key"/>, the kept
    /// records for look-ups (empty when duplicates are not checked).
    /// </summary>
    private static (ImmutableArray<Sourced<T>> Kept, Dictionary<string, T> ByKey) Keep<T>(
        ImmutableArray<Sourced<T>> items, RecordKind kind, Func<T, string> key, Func<T, IEnumerable<RecordProblem>> problemsOf,
        Action<RecordKind, string, Sourced<T>, IEnumerable<RecordProblem>> reject, string? duplicateCode = ErrorCodes.CatalogueCodeDuplicate)
        where T : class
    {
        // The rules of each record alone are independent: check them on every processor, then find duplicates in order.
        var found = new List<RecordProblem>?[items.Length];
        System.Threading.Tasks.Parallel.For(0, items.Length, i =>
        {
            IEnumerable<RecordProblem> all = problemsOf(items[i].Record);
            if (all is IReadOnlyCollection<RecordProblem> { Count: 0 })
            {
                return;
            }
            using IEnumerator<RecordProblem> problems = all.GetEnumerator();
            if (problems.MoveNext())
            {
                var list = new List<RecordProblem> { problems.Current };
                while (problems.MoveNext())
                {
                    list.Add(problems.Current);
                }
                found[i] = list;
            }
        });
        // The first record of each key holds it, kept or not, so that a later record with the same key is a duplicate.
        var first = new Dictionary<string, T>(duplicateCode is null ? 0 : items.Length, StringComparer.Ordinal);
        var heldByRejected = new List<string>();
        var kept = ImmutableArray.CreateBuilder<Sourced<T>>(items.Length);
        for (int i = 0; i < items.Length; i++)
        {
            Sourced<T> item = items[i];
            string k = key(item.Record);
            bool duplicate = duplicateCode is not null && !first.TryAdd(k, item.Record);
            if (!duplicate && found[i] is null)
            {
                kept.Add(item);
                continue;
            }
            if (!duplicate && duplicateCode is not null)
            {
                heldByRejected.Add(k);
            }
            reject(kind, k, item, CrossRecordRules.Problems(duplicate ? duplicateCode : null, found[i] ?? []));
        }
        // A rejected first record held its key above, but is no record to look up.
        foreach (string k in heldByRejected)
        {
            first.Remove(k);
        }
        return (kept.ToImmutable(), first);
    }

    /// <summary>Where the records a validation rejects go, each with its kind, key, position and problems.</summary>
    private sealed class Rejection(ImmutableArray<RejectedRecord>.Builder rejected)
    {
        internal void Invoke<T>(RecordKind kind, string key, Sourced<T> item, IEnumerable<RecordProblem> problems)
            where T : class =>
            rejected.Add(new RejectedRecord(kind, key, item.Source, [.. problems]));
    }

    /// <summary>Earlier first; at the same instant, the smaller identifier (ordinal) first.</summary>
    private static Comparison<T> ByInstantThenId<T>(Func<T, Instant> instant, Func<T, string> id) =>
        (a, b) => instant(a) != instant(b) ? instant(a).CompareTo(instant(b)) : string.CompareOrdinal(id(a), id(b));

    private static RecordProblem ToProblem(ValidationFailure failure) =>
        new(failure.PropertyName, failure.ErrorCode, ErrorMessages.English(failure.ErrorCode), ErrorMessages.Chinese(failure.ErrorCode));
}
