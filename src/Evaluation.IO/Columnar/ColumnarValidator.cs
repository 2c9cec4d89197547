using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Evaluation.Core.Calendars;
using Evaluation.Core.Cases;
using Evaluation.Core.Catalog;
using Evaluation.Core.Policies;
using Evaluation.Core.Ratings;
using Evaluation.Core.Utility;
using Evaluation.Core.Validation;

namespace Evaluation.IO.Columnar;

/// <summary>What validating a directory read into tables keeps and rejects.</summary>
/// <param name="Accepted">The accepted records other than cases and ratings.</param>
/// <param name="KeptCases">The rows of the cases table accepted, in file order.</param>
/// <param name="KeptRatings">The rows of the ratings table accepted, in file order.</param>
/// <param name="Rejected">Every rejected record with its reasons, in the order <see cref="RecordSetValidator"/> gives them.</param>
/// <param name="CaseOfRating">For each row of the ratings table, the accepted case row with the number it names, or -1.</param>
/// <param name="NamedRatings">The kept ratings the accepted appeals and rectification orders name, each with its row: twice when both name it.</param>
/// <param name="NamedCaseRows">The first row holding each case number follow-ups name (those held).</param>
internal sealed record ColumnarValidation(
    RecordSet Accepted, int[] KeptCases, int[] KeptRatings, ImmutableArray<RejectedRecord> Rejected, int[] CaseOfRating,
    (int Row, RatingId Id)[] NamedRatings, IReadOnlyDictionary<string, int> NamedCaseRows)
{
    /// <summary>The number of records accepted.</summary>
    internal long AcceptedCount => Accepted.Count + KeptCases.Length + KeptRatings.Length;
}

/// <summary>
/// Applies <see cref="RecordSetValidator"/>'s rules to cases and ratings held in tables, with the same outcome as
/// validating them as records: duplicates and cross-record rules are decided on the tables' key columns, and a record is
/// made and handed to the validator's own checks only where a rule could fail (a bad rating, a case reference
/// that does not match at once), so the problems reported are the validator's. Catalogues, appeals, rectifications
/// and follow-ups, which are few, go through the validator itself.
/// </summary>
internal static class ColumnarValidator
{
    /// <param name="others">The records of the other files.</param>
    /// <param name="cases">The cases' table.</param>
    /// <param name="ratings">The ratings' table.</param>
    /// <param name="policy">The policy the records are checked under.</param>
    /// <param name="deadlines">The calendar deadlines are counted with.</param>
    /// <param name="matched">
    /// Called where hundreds of megabytes (on tens of millions of rows) have just become garbage: before keys out of order
    /// are partitioned (the tables the reading of a file's parts left); once the case numbers are matched (their
    /// partitions, made when keys are out of order), before the ratings' identifiers are; and once the keys' matches and
    /// first occurrences are read, before the lists of kept rows are made. A caller may collect there, so that what
    /// follows reuses the memory rather than adding to the peak, or asking the system for fresh pages (a fault each).
    /// </param>
    internal static ColumnarValidation Validate(RecordSet others, CaseTable cases, RatingTable ratings, EvaluationPolicy policy, DeadlineCalculator deadlines, Action? matched = null)
    {
        var validator = new RecordSetValidator(policy, deadlines);
        var rejected = ImmutableArray.CreateBuilder<RejectedRecord>();
        ValidationReport catalogue = null!;
        CatalogueChecks caseChecks = null!;
        FirstRows firstCase = default, firstRating = default;
        int[] namedCase = [];
        bool namedOnce = false;
        Dictionary<string, int> ratingRows = [], caseRows = [];
        // The few records appeals, rectifications and follow-ups name are looked for in the keys' partitions. The case
        // numbers and the ratings' references to them are first held in one form (packed GUIDs or text), as matching needs.
        // The case numbers are matched first and the ratings' identifiers after, each on every processor, so that keys
        // out of order never hold both's partitions at once. The catalogues are validated meanwhile, and what the cases
        // are checked against is found from them: code run once (and compiled for the first time) while the keys are
        // matched, rather than on one core after.
        ratings.CaseRefs.AlignWith(cases.Numbers);
        bool partitioned = !cases.Numbers.IsAscending || !ratings.CaseRefs.IsAscending;
        if (partitioned || !ratings.Ids.IsAscending)
        {
            matched?.Invoke();
        }
        Parallel.Invoke(
            () =>
            {
                firstCase = cases.Numbers.FirstOccurrences();
                namedCase = ratings.CaseRefs.FindIn(cases.Numbers, out namedOnce);
                caseRows = cases.Numbers.FindAll(others.FollowUps.Select(f => f.Record.CaseNumber.Value));
                cases.Numbers.ReleasePartitions();
                if (partitioned)
                {
                    // Keys out of order were matched in partitions, garbage now; keys in order made none.
                    matched?.Invoke();
                }
                ratings.Ids.Prepare();
                firstRating = ratings.Ids.FirstOccurrences();
                ratingRows = ratings.Ids.FindAll(others.Appeals.Select(a => a.Record.RatingId.Value).Concat(others.Rectifications.Select(r => r.Record.RatingId.Value)));
                ratings.Ids.ReleasePartitions();
            },
            () =>
            {
                catalogue = validator.Validate(new RecordSet
                {
                    Units = others.Units,
                    Matters = others.Matters,
                    Departments = others.Departments,
                    Windows = others.Windows,
                });
                caseChecks = CatalogueChecks.Of(cases, catalogue.Accepted, validator, deadlines);
            });
        rejected.AddRange(catalogue.Rejected);
        // Ratings naming one case number are grouped by the first case row with it, or, when some number is no case's,
        // by the first rating row naming it.
        bool allNamedFound = true;
        for (int row = NextRowOf(namedCase, -1, 0); row >= 0 && allNamedFound; row = NextRowOf(namedCase, -1, row + 1))
        {
            allNamedFound = !ratings.CaseRefs.Has(row);
        }
        FirstRows sameNumber = allNamedFound ? new FirstRows(namedCase) : ratings.CaseRefs.FirstOccurrences();
        bool[] caseKept = KeepCases(cases, firstCase, caseChecks, validator, rejected);
        int[] caseOfRating = new int[namedCase.Length];
        RowParts.ForEach(namedCase.Length, (start, end) =>
        {
            PagePopulation.Populate(caseOfRating, start, end - start);
            for (int row = start; row < end; row++)
            {
                int c = namedCase[row];
                caseOfRating[row] = c >= 0 && caseKept[c] ? c : -1;
            }
        });
        bool[] ratingKept = KeepRatings(ratings, cases, firstRating, caseOfRating, caseKept.Contains(true), policy, validator, rejected);
        // Ratings that each name a number no other names never exceed the allowance (one active rating a case or more):
        // nothing to count then.
        if (!ratings.CaseRefs.IsStrictlyAscending && !(allNamedFound && namedOnce))
        {
            RejectExtraActiveRatings(ratings, ratingKept, sameNumber, Math.Max(cases.Count, ratings.Count), policy, rejected);
        }
        if (matched is not null)
        {
            // The matches are read no more. The locals are cleared as well: code compiled for starting keeps every
            // local alive to the method's end.
            cases.Numbers.ReleaseFirstOccurrences();
            ratings.Ids.ReleaseFirstOccurrences();
            ratings.CaseRefs.ReleaseFirstOccurrences();
            (firstCase, namedCase, firstRating, sameNumber) = (default, [], default, default);
            matched();
        }

        // The records that name ratings and cases are validated against the kept rows they name (found above, with the
        // keys): hundreds of thousands when every bad rating has an order, read from the rows rather than made records.
        var targets = new TableLifecycleTargets(ratings, ratingRows, ratingKept, cases, caseRows, caseKept);
        ValidationReport named = validator.ValidateLifecycle(
            new RecordSet { Appeals = others.Appeals, Rectifications = others.Rectifications, FollowUps = others.FollowUps }, targets);
        rejected.AddRange(named.Rejected);
        RecordSet accepted = catalogue.Accepted with
        {
            Appeals = named.Accepted.Appeals,
            Rectifications = named.Accepted.Rectifications,
            FollowUps = named.Accepted.FollowUps,
        };
        int[] keptCases = [], keptRatings = [];
        Parallel.Invoke(() => keptCases = RowsWhere(caseKept), () => keptRatings = RowsWhere(ratingKept));
        // A rating has one accepted appeal and one accepted order at most: named by both, it is listed twice.
        RatingId[] namedIds = [.. accepted.Appeals.Select(a => a.Record.RatingId), .. accepted.Rectifications.Select(r => r.Record.RatingId)];
        var namedRatings = new (int Row, RatingId Id)[namedIds.Length];
        RowParts.ForEach(namedIds.Length, (start, end) =>
        {
            for (int i = start; i < end; i++)
            {
                namedRatings[i] = (targets.RowOf(namedIds[i]), namedIds[i]);
            }
        });
        return new ColumnarValidation(accepted, keptCases, keptRatings, rejected.ToImmutable(), caseOfRating, namedRatings, caseRows);
    }

    /// <summary>
    /// Keeps each case whose number no earlier row holds, whose matter the catalogue knows (when it lists any), and whose
    /// deadlines the calendar can place.
    /// </summary>
    private static bool[] KeepCases(
        CaseTable cases, FirstRows first, CatalogueChecks checks, RecordSetValidator validator, ImmutableArray<RejectedRecord>.Builder rejected)
    {
        (bool[] matterKnown, Matter?[] matterOf, CalendarReach reach) = checks;
        RecordProblem? CalendarProblem(ref CaseRow c) => reach.Places(ref c)
            ? null
            : validator.CaseCalendarProblem(c.AcceptedAt, c.IsCompleted ? c.CompletedAt : null, matterOf[c.Matter]);
        bool[] kept = new bool[cases.Count];
        // Most cases are kept, which is decided on every processor; the others' problems are then reported in order.
        RowParts.ForEach(cases.Count, (start, end) =>
        {
            for (int row = start; row < end; row++)
            {
                ref CaseRow c = ref cases.Rows[row];
                kept[row] = first[row] == row && matterKnown[c.Matter] && CalendarProblem(ref c) is null;
            }
        });
        for (int row = NextRowOf(kept, false, 0); row >= 0; row = NextRowOf(kept, false, row + 1))
        {
            string? duplicate = first[row] != row ? ErrorCodes.CaseNumberDuplicate : null;
            IReadOnlyList<RecordProblem> own = CrossRecordRules.CaseProblems(!matterKnown[cases.Rows[row].Matter], CalendarProblem(ref cases.Rows[row]));
            rejected.Add(new RejectedRecord(RecordKind.Case, cases.Numbers.TextAt(row), cases.SourceOf(row), CrossRecordRules.Problems(duplicate, own)));
        }
        return kept;
    }

    /// <summary>What cases are checked against, found from the accepted catalogues: for each index of the cases' matter column, whether the catalogue knows the matter (any does when it lists none) and the matter itself, and where deadlines can be placed.</summary>
    private sealed record CatalogueChecks(bool[] MatterKnown, Matter?[] MatterOf, CalendarReach Reach)
    {
        internal static CatalogueChecks Of(CaseTable cases, RecordSet catalogue, RecordSetValidator validator, DeadlineCalculator deadlines)
        {
            var matterCodes = catalogue.Matters.Select(m => m.Record.Code.Value).ToHashSet(StringComparer.Ordinal);
            var matterByCode = catalogue.Matters.Select(m => m.Record).DistinctBy(m => m.Code.Value).ToDictionary(m => m.Code.Value, StringComparer.Ordinal);
            bool[] matterKnown = [.. Enumerable.Range(0, cases.Matters.Count).Select(m => m == 0 || matterCodes.Count == 0 || matterCodes.Contains(cases.Matters.TextAt(m)!))];
            Matter?[] matterOf = [.. Enumerable.Range(0, cases.Matters.Count).Select(m => m == 0 ? null : matterByCode.GetValueOrDefault(cases.Matters.TextAt(m)!))];
            return new CatalogueChecks(matterKnown, matterOf, CalendarReach.Of(validator, deadlines, matterOf));
        }
    }

    /// <summary>Keeps each rating whose identifier no earlier row holds and that passes the validator's checks against its case.</summary>
    private static bool[] KeepRatings(
        RatingTable ratings, CaseTable cases, FirstRows first, int[] caseOfRating, bool checkCases, EvaluationPolicy policy, RecordSetValidator validator,
        ImmutableArray<RejectedRecord>.Builder rejected)
    {
        // Each rating's own problems do not depend on the others: they are found on every processor, then duplicates in order.
        // A rating's matter and unit are compared with its case's by their indices in the cases table's columns.
        int[] caseMatterOf = [.. Enumerable.Range(0, ratings.Matters.Count).Select(m => cases.Matters.Find(ratings.Matters.TextAt(m)))];
        int[] caseUnitOf = [.. Enumerable.Range(0, ratings.Units.Count).Select(u => cases.Units.Find(ratings.Units.TextAt(u)))];
        int? windowDays = policy.RatingWindow.IsInDays ? policy.RatingWindow.Amount : null;
        // Only the few doubtful ratings with problems are kept aside; every other rating is decided in place.
        var found = new ConcurrentDictionary<int, IReadOnlyList<RecordProblem>>();
        bool[] kept = new bool[ratings.Count];
        RowParts.ForEach(ratings.Count, (start, end) =>
        {
            for (int row = start; row < end; row++)
            {
                // A rating's case is read in the ratings' order, a random one when they are listed otherwise than their
                // cases: fetched a few ratings before it is read, so that the misses overlap.
                if (row + CaseFetchAhead < end && caseOfRating[row + CaseFetchAhead] >= 0)
                {
                    Prefetch.Row(ref cases.Rows[caseOfRating[row + CaseFetchAhead]]);
                }
                ref RatingRow r = ref ratings.Rows[row];
                int caseRow = caseOfRating[row];
                bool linked = ratings.CaseRefs.Has(row);
                // A bad rating is made a record only when a rule of its own may reject it; its reason is read from the row.
                bool doubtful = (validator.ChecksAlone(r.Level) && validator.ChecksAlone(r.Level, r.Origin, ratings.HasReason(row), r.RatedAt))
                    || (linked && checkCases && (caseRow < 0 || !MatchesCase(ref r, ref cases.Rows[caseRow], caseMatterOf, caseUnitOf, windowDays, validator)));
                bool clean = true;
                if (doubtful)
                {
                    IReadOnlyList<RecordProblem> problems = validator.CheckRating(ratings.Materialize(row), caseRow < 0 ? null : cases.Materialize(caseRow), checkCases);
                    if (problems.Count > 0)
                    {
                        found[row] = problems;
                        clean = false;
                    }
                }
                kept[row] = clean && first[row] == row;
            }
        });
        for (int row = NextRowOf(kept, false, 0); row >= 0; row = NextRowOf(kept, false, row + 1))
        {
            ImmutableArray<RecordProblem> problems = CrossRecordRules.Problems(
                first[row] != row ? ErrorCodes.RatingIdDuplicate : null, found.GetValueOrDefault(row) ?? []);
            rejected.Add(new RejectedRecord(RecordKind.Rating, ratings.Ids.TextAt(row), ratings.SourceOf(row), problems));
        }
        return kept;
    }

    /// <summary>How many ratings ahead of its reading a rating's case is fetched.</summary>
    private const int CaseFetchAhead = 32;

    /// <summary>Whether a rating agrees with its case on every rule the validator checks between them.</summary>
    /// <remarks>
    /// The instants are compared packed, and a rating within the window's number of whole days of its case's completion
    /// (a window of days never closes sooner) is within it without a look at the calendar, as the validator decides.
    /// </remarks>
    private static bool MatchesCase(ref RatingRow r, ref CaseRow c, int[] caseMatterOf, int[] caseUnitOf, int? windowDays, RecordSetValidator validator) =>
        caseMatterOf[r.Matter] == c.Matter && caseUnitOf[r.Unit] == c.Unit
            && !c.PackedAcceptedAt.IsAfter(r.PackedRatedAt)
            && !(r.Origin == RatingOrigin.Active && c.IsCompleted
                && !(windowDays is int days && r.PackedRatedAt.IsWithinDaysOf(c.PackedCompletedAt, days))
                && validator.IsAfterRatingWindow(c.CompletedAt, r.RatedAt));

    /// <summary>
    /// Of the active ratings naming one case number beyond the policy's allowance, all but the earliest (then smallest
    /// identifier) are rejected. <paramref name="firstNamed"/> gives each rating a group below <paramref name="groups"/>
    /// shared by exactly the ratings naming the same number (-1 for none).
    /// </summary>
    private static void RejectExtraActiveRatings(
        RatingTable ratings, bool[] kept, FirstRows firstNamed, int groups, EvaluationPolicy policy, ImmutableArray<RejectedRecord>.Builder rejected)
    {
        int allowed = CrossRecordRules.ActiveRatingsPerCase(policy);
        int GroupOf(int row) => kept[row] && ratings.Rows[row].Origin == RatingOrigin.Active ? firstNamed[row] : -1;
        if (!AnyGroupBeyond(ratings.Count, groups, GroupOf, allowed))
        {
            return;
        }
        int[] beyond = CrossRecordRules.BeyondAllowance(
            ratings.Count, groups,
            GroupOf,
            (a, b) => ratings.Rows[a].RatedAt != ratings.Rows[b].RatedAt
                ? ratings.Rows[a].RatedAt.CompareTo(ratings.Rows[b].RatedAt)
                : string.CompareOrdinal(ratings.Ids.TextAt(a), ratings.Ids.TextAt(b)),
            allowed);
        foreach (int row in beyond)
        {
            rejected.Add(new RejectedRecord(RecordKind.Rating, ratings.Ids.TextAt(row), ratings.SourceOf(row), [RecordProblem.Of("case_no", ErrorCodes.RatingActiveDuplicate)]));
            kept[row] = false;
        }
    }

    /// <summary>
    /// Whether some group holds more than <paramref name="allowed"/> rows, found on every processor: the common batch,
    /// where none does, is then done with without <see cref="CrossRecordRules.BeyondAllowance"/>'s pass on one. A group's
    /// rows are counted in <paramref name="allowed"/> bitsets rather than an integer each (a bit a group at each level,
    /// 1.25 MB for ten million groups where counts took 40): a row sets its group's bit in the first bitset where it is
    /// not yet set, and a row that finds it set in all of them is one too many.
    /// </summary>
    private static bool AnyGroupBeyond(int count, int groups, Func<int, int> groupOf, int allowed)
    {
        ulong[][] levels = [.. Enumerable.Range(0, allowed).Select(_ => new ulong[(groups + 63) / 64])];
        int crowded = 0;
        RowParts.ForEach(count, (start, end) =>
        {
            for (int row = start; row < end && Volatile.Read(ref crowded) == 0; row++)
            {
                int group = groupOf(row);
                if (group >= 0 && !TakeAPlace(levels, group))
                {
                    Volatile.Write(ref crowded, 1);
                }
            }
        });
        return crowded != 0;
    }

    /// <summary>
    /// Sets a group's bit in the first level where it was not set, atomically, and tells whether there was one: of
    /// <c>n</c> rows of a group, one finds the first level's bit clear, one of the others the second's, and so on.
    /// </summary>
    private static bool TakeAPlace(ulong[][] levels, int group)
    {
        ulong bit = 1UL << (group & 63);
        foreach (ulong[] level in levels)
        {
            if ((Interlocked.Or(ref level[group >> 6], bit) & bit) == 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The first row from <paramref name="from"/> on whose item is <paramref name="value"/> (a row not kept, a case number
    /// not found), or -1: found many rows at a time.
    /// </summary>
    private static int NextRowOf<T>(T[] items, T value, int from)
        where T : IEquatable<T>
    {
        int at = items.AsSpan(from).IndexOf(value);
        return at < 0 ? -1 : from + at;
    }

    /// <summary>The rows kept, in order.</summary>
    private static int[] RowsWhere(bool[] kept)
    {
        int count = kept.Length - kept.AsSpan().Count(false);
        int[] rows = new int[count];
        for (int row = 0, at = 0; at < rows.Length; row++)
        {
            rows[at] = row;
            at += kept[row] ? 1 : 0;
        }
        return rows;
    }
}
