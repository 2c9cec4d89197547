using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Evaluation.Core.Calendars;
using Evaluation.Core.Cases;
using Evaluation.Core.Policies;
using Evaluation.Core.Ratings;
using Evaluation.Core.Validation;

namespace Evaluation.IO.Columnar;

/// <summary>What validating a directory read into tables keeps and rejects.</summary>
/// <param name="Accepted">The accepted records other than cases and ratings.</param>
/// <param name="KeptCases">The rows of the cases table accepted, in file order.</param>
/// <param name="KeptRatings">The rows of the ratings table accepted, in file order.</param>
/// <param name="Rejected">Every rejected record with its reasons, in the order <see cref="RecordSetValidator"/> gives them.</param>
/// <param name="CaseNumberOfRef">For each case number the ratings name (<see cref="RatingTable.CaseRefs"/>), its index in the cases table's numbers, or -1.</param>
internal sealed record ColumnarValidation(RecordSet Accepted, int[] KeptCases, int[] KeptRatings, ImmutableArray<RejectedRecord> Rejected, int[] CaseNumberOfRef)
{
    /// <summary>The number of records accepted.</summary>
    internal long AcceptedCount => Accepted.Count + KeptCases.Length + KeptRatings.Length;
}

/// <summary>
/// Applies <see cref="RecordSetValidator"/>'s rules to cases and ratings held in tables, with the same outcome as
/// validating them as records: duplicates and cross-record rules are decided on the tables' indices, and a record is
/// made and handed to the validator's own checks only where a rule could fail (a bad or default rating, a case reference
/// that does not match at once), so the problems reported are the validator's. Catalogues, appeals, rectifications
/// and follow-ups, which are few, go through the validator itself.
/// </summary>
internal static class ColumnarValidator
{
    internal static ColumnarValidation Validate(RecordSet others, CaseTable cases, RatingTable ratings, EvaluationPolicy policy, DeadlineCalculator deadlines)
    {
        var validator = new RecordSetValidator(policy, deadlines);
        var rejected = ImmutableArray.CreateBuilder<RejectedRecord>();
        ValidationReport catalogue = validator.Validate(new RecordSet
        {
            Units = others.Units,
            Matters = others.Matters,
            Departments = others.Departments,
            Windows = others.Windows,
        });
        rejected.AddRange(catalogue.Rejected);

        int[] keptCaseOfNumber = KeepCases(cases, catalogue.Accepted, rejected, out int[] keptCases);
        int[] numberOfRef = new int[ratings.CaseRefs.Count];
        Parallel.For(0, numberOfRef.Length, r => numberOfRef[r] = cases.Numbers.Find(ratings.CaseRefs.At(r)));
        int[] caseOfRef = [.. numberOfRef.Select(n => n < 0 ? -1 : keptCaseOfNumber[n])];
        int[] keptRatingOfId = KeepRatings(ratings, cases, caseOfRef, keptCases.Length > 0, policy, validator, rejected, out List<int> keptRatings);
        RejectExtraActiveRatings(ratings, keptRatings, keptRatingOfId, policy, rejected);

        // The few records that name ratings and cases are validated as records, beside the ratings and cases they name.
        var ratingRows = new SortedSet<int>();
        foreach (string id in others.Appeals.Select(a => a.Record.RatingId.Value).Concat(others.Rectifications.Select(r => r.Record.RatingId.Value)))
        {
            int index = ratings.Ids.Find(id);
            if (index >= 0 && keptRatingOfId[index] >= 0)
            {
                ratingRows.Add(keptRatingOfId[index]);
            }
        }
        var caseRows = new SortedSet<int>();
        IEnumerable<string> namedCases = others.FollowUps.Select(f => f.Record.CaseNumber.Value)
            .Concat(ratingRows.Where(r => ratings.Rows[r].CaseRef >= 0).Select(r => ratings.CaseRefs.At(ratings.Rows[r].CaseRef).ToString()));
        foreach (string number in namedCases)
        {
            int index = cases.Numbers.Find(number);
            if (index >= 0 && keptCaseOfNumber[index] >= 0)
            {
                caseRows.Add(keptCaseOfNumber[index]);
            }
        }
        ValidationReport named = validator.Validate(new RecordSet
        {
            Cases = [.. caseRows.Select(row => new Sourced<ServiceCase>(cases.Materialize(row), cases.SourceOf(row)))],
            Ratings = [.. ratingRows.Select(row => new Sourced<Rating>(ratings.Materialize(row), ratings.SourceOf(row)))],
            Appeals = others.Appeals,
            Rectifications = others.Rectifications,
            FollowUps = others.FollowUps,
        });
        rejected.AddRange(named.Rejected.Where(r => r.Kind is RecordKind.Appeal or RecordKind.Rectification or RecordKind.FollowUp));
        RecordSet accepted = catalogue.Accepted with
        {
            Appeals = named.Accepted.Appeals,
            Rectifications = named.Accepted.Rectifications,
            FollowUps = named.Accepted.FollowUps,
        };
        return new ColumnarValidation(accepted, keptCases, [.. keptRatings], rejected.ToImmutable(), numberOfRef);
    }

    /// <summary>Keeps each case whose number no earlier row holds and whose matter the catalogue knows (when it lists any).</summary>
    private static int[] KeepCases(CaseTable cases, RecordSet catalogue, ImmutableArray<RejectedRecord>.Builder rejected, out int[] kept)
    {
        var matterCodes = catalogue.Matters.Select(m => m.Record.Code.Value).ToHashSet(StringComparer.Ordinal);
        bool[] matterKnown = [.. Enumerable.Range(0, cases.Matters.Count).Select(m => m == 0 || matterCodes.Count == 0 || matterCodes.Contains(cases.Matters.TextAt(m)!))];
        int[] holder = Filled(cases.Numbers.Count);
        int[] keptOfNumber = Filled(cases.Numbers.Count);
        var keptRows = new List<int>(cases.Count);
        for (int row = 0; row < cases.Count; row++)
        {
            ref CaseRow c = ref cases.Rows[row];
            bool duplicate = holder[c.Number] >= 0;
            if (!duplicate)
            {
                holder[c.Number] = row;
            }
            if (!duplicate && matterKnown[c.Matter])
            {
                keptRows.Add(row);
                keptOfNumber[c.Number] = row;
                continue;
            }
            var problems = new List<RecordProblem>();
            if (duplicate)
            {
                problems.Add(RecordProblem.Of("id", ErrorCodes.CaseNumberDuplicate));
            }
            if (!matterKnown[c.Matter])
            {
                problems.Add(RecordProblem.Of("matter_code", ErrorCodes.CaseMatterUnknown));
            }
            rejected.Add(new RejectedRecord(RecordKind.Case, cases.Numbers.At(c.Number).ToString(), cases.SourceOf(row), [.. problems]));
        }
        kept = [.. keptRows];
        return keptOfNumber;
    }

    /// <summary>Keeps each rating whose identifier no earlier row holds and that passes the validator's checks against its case.</summary>
    private static int[] KeepRatings(
        RatingTable ratings, CaseTable cases, int[] caseOfRef, bool checkCases, EvaluationPolicy policy, RecordSetValidator validator,
        ImmutableArray<RejectedRecord>.Builder rejected, out List<int> kept)
    {
        // Each rating's own problems do not depend on the others: they are found on every processor, then duplicates in order.
        var found = new IReadOnlyList<RecordProblem>?[ratings.Count];
        const int Part = 1 << 16;
        Parallel.For(0, (ratings.Count + Part - 1) / Part, part =>
        {
            for (int row = part * Part; row < Math.Min(ratings.Count, (part + 1) * Part); row++)
            {
                ref RatingRow r = ref ratings.Rows[row];
                int caseRow = r.CaseRef < 0 ? -1 : caseOfRef[r.CaseRef];
                bool doubtful = policy.IsBad(r.Level) || r.Origin == RatingOrigin.Default
                    || (r.CaseRef >= 0 && checkCases && (caseRow < 0 || !MatchesCase(ref r, ratings, cases, caseRow, validator)));
                if (doubtful)
                {
                    IReadOnlyList<RecordProblem> problems = validator.CheckRating(ratings.Materialize(row), caseRow < 0 ? null : cases.Materialize(caseRow), checkCases);
                    found[row] = problems.Count == 0 ? null : problems;
                }
            }
        });
        int[] holder = Filled(ratings.Ids.Count);
        int[] keptOfId = Filled(ratings.Ids.Count);
        kept = new List<int>(ratings.Count);
        for (int row = 0; row < ratings.Count; row++)
        {
            ref RatingRow r = ref ratings.Rows[row];
            bool duplicate = holder[r.Id] >= 0;
            if (!duplicate)
            {
                holder[r.Id] = row;
            }
            if (!duplicate && found[row] is null)
            {
                kept.Add(row);
                keptOfId[r.Id] = row;
                continue;
            }
            IReadOnlyList<RecordProblem> problems = found[row] ?? [];
            ImmutableArray<RecordProblem> all = duplicate ? [RecordProblem.Of("id", ErrorCodes.RatingIdDuplicate), .. problems] : [.. problems];
            rejected.Add(new RejectedRecord(RecordKind.Rating, ratings.Ids.At(r.Id).ToString(), ratings.SourceOf(row), all));
        }
        return keptOfId;
    }

    /// <summary>Whether an active rating agrees with its case on every rule the validator checks between them.</summary>
    private static bool MatchesCase(ref RatingRow r, RatingTable ratings, CaseTable cases, int caseRow, RecordSetValidator validator)
    {
        ref CaseRow c = ref cases.Rows[caseRow];
        return string.Equals(ratings.Matters.TextAt(r.Matter), cases.Matters.TextAt(c.Matter), StringComparison.Ordinal)
            && string.Equals(ratings.Units.TextAt(r.Unit), cases.Units.TextAt(c.Unit), StringComparison.Ordinal)
            && r.RatedAt >= c.AcceptedAt
            && !(c.IsCompleted && validator.IsAfterRatingWindow(c.CompletedAt, r.RatedAt));
    }

    /// <summary>Of the active ratings of one case beyond the policy's allowance, all but the earliest (then smallest identifier) are rejected.</summary>
    private static void RejectExtraActiveRatings(
        RatingTable ratings, List<int> kept, int[] keptOfId, EvaluationPolicy policy, ImmutableArray<RejectedRecord>.Builder rejected)
    {
        int allowed = policy.RatingsPerCase == RatingsPerCase.OnePerStage ? 2 : 1;
        int[] active = new int[ratings.CaseRefs.Count];
        foreach (int row in kept)
        {
            ref RatingRow r = ref ratings.Rows[row];
            if (r.Origin == RatingOrigin.Active && r.CaseRef >= 0)
            {
                active[r.CaseRef]++;
            }
        }
        var crowded = new Dictionary<int, List<int>>();
        foreach (int row in kept)
        {
            ref RatingRow r = ref ratings.Rows[row];
            if (r.Origin == RatingOrigin.Active && r.CaseRef >= 0 && active[r.CaseRef] > allowed)
            {
                (crowded.TryGetValue(r.CaseRef, out List<int>? rows) ? rows : crowded[r.CaseRef] = []).Add(row);
            }
        }
        if (crowded.Count == 0)
        {
            return;
        }
        var extra = crowded.Values
            .SelectMany(rows => rows.OrderBy(row => ratings.Rows[row].RatedAt).ThenBy(row => ratings.Ids.At(ratings.Rows[row].Id).ToString(), StringComparer.Ordinal).Skip(allowed))
            .ToHashSet();
        foreach (int row in kept.Where(extra.Contains))
        {
            ref RatingRow r = ref ratings.Rows[row];
            rejected.Add(new RejectedRecord(RecordKind.Rating, ratings.Ids.At(r.Id).ToString(), ratings.SourceOf(row), [RecordProblem.Of("case_no", ErrorCodes.RatingActiveDuplicate)]));
            keptOfId[r.Id] = -1;
        }
        kept.RemoveAll(extra.Contains);
    }

    private static int[] Filled(int length)
    {
        int[] array = new int[length];
        Array.Fill(array, -1);
        return array;
    }
}
