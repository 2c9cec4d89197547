using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Evaluation.Core.Policies;
using Evaluation.Core.Utility;

namespace Evaluation.Core.Validation;

/// <summary>
/// The rules that decide a record against the others of its batch (跨记录规则): which of the records sharing an
/// identifier stands, in which order a record's problems are told, and which active ratings of one case are beyond the
/// policy's allowance. <see cref="RecordSetValidator"/> applies them to records; readers that hold cases and ratings in
/// tables of their own apply the same rules to their rows through these members, so the two reach the same outcome.
/// </summary>
/// <remarks>
/// Rows are numbered from zero in input order. The members are pure and thread-safe.
/// </remarks>
public static class CrossRecordRules
{
    /// <summary>The number of active ratings (主动评价) one case may have under a policy: one, or one per stage (2) under <see cref="RatingsPerCase.OnePerStage"/>.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>1 or 2.</returns>
    public static int ActiveRatingsPerCase(EvaluationPolicy policy) =>
        Preconditions.CheckNotNull(policy, nameof(policy)).RatingsPerCase == RatingsPerCase.OnePerStage ? 2 : 1;

    /// <summary>
    /// The problems of a record in the order they are told: that an earlier record holds its identifier (field <c>id</c>),
    /// then its own problems in the order found. The first record of an identifier stands whether or not it is accepted.
    /// </summary>
    /// <param name="duplicateCode">The duplicate code of the record's kind (for example <see cref="ErrorCodes.RatingIdDuplicate"/>) when an earlier record holds its identifier; null otherwise.</param>
    /// <param name="own">The record's problems on its own and against the records it names.</param>
    /// <returns>The problems; empty when the record is accepted.</returns>
    public static ImmutableArray<RecordProblem> Problems(string? duplicateCode, IEnumerable<RecordProblem> own)
    {
        Preconditions.CheckNotNull(own, nameof(own));
        return duplicateCode is null ? [.. own] : [RecordProblem.Of("id", duplicateCode), .. own];
    }

    /// <summary>
    /// A case's own problems against the catalogue and the calendar, in the order they are told: a matter the catalogue
    /// does not list (checked only when the catalogue lists any matter), then the first deadline the calendar cannot place.
    /// </summary>
    /// <param name="matterUnknown">Whether the catalogue lists matters and not the case's.</param>
    /// <param name="calendar">What <see cref="RecordSetValidator.CaseCalendarProblem"/> found, or null.</param>
    /// <returns>The problems, empty when there are none.</returns>
    public static IReadOnlyList<RecordProblem> CaseProblems(bool matterUnknown, RecordProblem? calendar) =>
        (matterUnknown, calendar) switch
        {
            (false, null) => [],
            (true, null) => [RecordProblem.Of("matter_code", ErrorCodes.CaseMatterUnknown)],
            (false, RecordProblem only) => [only],
            (true, RecordProblem both) => [RecordProblem.Of("matter_code", ErrorCodes.CaseMatterUnknown), both],
        };

    /// <summary>
    /// Of the rows that share a group (the active ratings naming one case number, the appeals of one rating), the ones
    /// beyond the first <paramref name="allowed"/> in <paramref name="order"/>: these are rejected, whatever the order of
    /// the input. One pass counts each group; only crowded groups are sorted, so the common batch, where every group holds
    /// one row, costs one pass and no sort.
    /// </summary>
    /// <param name="count">The number of rows.</param>
    /// <param name="groups">The number of groups: every group is below it.</param>
    /// <param name="groupOf">Each row's group, or a negative number for a row that is in none (not counted).</param>
    /// <param name="order">The order within a group, for example earlier first, then the smaller identifier; rows it cannot tell apart keep their input order.</param>
    /// <param name="allowed">How many rows of a group stand.</param>
    /// <returns>The rows beyond the allowance, in ascending order.</returns>
    public static int[] BeyondAllowance(int count, int groups, Func<int, int> groupOf, Comparison<int> order, int allowed)
    {
        Preconditions.CheckNotNull(groupOf, nameof(groupOf));
        Preconditions.CheckNotNull(order, nameof(order));
        Preconditions.CheckNonNegative(count, nameof(count));
        Preconditions.CheckNonNegative(groups, nameof(groups));
        Preconditions.CheckRange(allowed, nameof(allowed), 1, int.MaxValue);
        int[] members = new int[groups];
        bool anyCrowded = false;
        for (int row = 0; row < count; row++)
        {
            int group = groupOf(row);
            if (group >= 0)
            {
                anyCrowded |= ++members[group] > allowed;
            }
        }
        if (!anyCrowded)
        {
            return [];
        }
        var crowded = new Dictionary<int, List<int>>();
        for (int row = 0; row < count; row++)
        {
            int group = groupOf(row);
            if (group >= 0 && members[group] > allowed)
            {
                (crowded.TryGetValue(group, out List<int>? rows) ? rows : crowded[group] = []).Add(row);
            }
        }
        var beyond = new List<int>();
        foreach (List<int> rows in crowded.Values)
        {
            // Rows that the order cannot tell apart keep their input order.
            rows.Sort((a, b) => order(a, b) is int c && c != 0 ? c : a.CompareTo(b));
            beyond.AddRange(rows.GetRange(allowed, rows.Count - allowed));
        }
        beyond.Sort();
        return [.. beyond];
    }
}
