using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Evaluation.Core.Appeals;
using Evaluation.Core.Calendars;
using Evaluation.Core.Cases;
using Evaluation.Core.Catalog;
using Evaluation.Core.Policies;
using Evaluation.Core.Ratings;
using Evaluation.Core.Rectification;
using Evaluation.Core.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Evaluation.Core.Tests.Lifecycle;

/// <summary>A generated export with every kind of fault seeded in.</summary>
public sealed record FaultyBatch(RecordSet Records);

/// <summary>Cases with ratings and appeals, for the lifecycle laws.</summary>
public sealed record CaseHistory(ServiceCase[] Cases, Rating[] Ratings, Appeal[] Appeals);

public static class LifecycleGenerators
{
    private static readonly Instant Base = Instant.FromUtc(2023, 3, 1, 1, 0);
    private static readonly UnitCode[] Units = [UnitCode.Parse("U1"), UnitCode.Parse("U2")];
    private static readonly MatterCode[] Matters = [MatterCode.Parse("M1"), MatterCode.Parse("M2")];

    private static Gen<CaseHistory> History() =>
        from n in Gen.Choose(1, 25)
        from seeds in Gen.Choose(0, int.MaxValue).ArrayOf(n * 6)
        select Build(n, seeds);

    private static CaseHistory Build(int n, int[] s)
    {
        var cases = new List<ServiceCase>();
        var ratings = new List<Rating>();
        var appeals = new List<Appeal>();
        for (int i = 0; i < n; i++)
        {
            int r(int k) => s[(i * 6) + k];
            Instant accepted = Base + Duration.FromHours(r(0) % 5000);
            Instant completed = accepted + Duration.FromMinutes(r(1) % 20000);
            var @case = new ServiceCase(CaseNumber.Parse("C" + i), Matters[r(2) % 2], Units[r(2) / 2 % 2], accepted, completed);
            cases.Add(@case);
            int kind = r(3) % 4; // 0: none, 1: good, 2: bad, 3: bad and appealed
            if (kind == 0)
            {
                continue;
            }
            RatingLevel level = kind == 1 ? RatingLevel.Satisfied : (RatingLevel)(1 + (r(4) % 2));
            var rating = new Rating(RatingId.Parse("R" + i), @case.UnitCode, RatingChannel.App, level, RatingOrigin.Active,
                completed + Duration.FromMinutes(r(4) % 3000), true, @case.Number, @case.MatterCode, comment: "x");
            ratings.Add(rating);
            if (kind == 3)
            {
                var appeal = new Appeal(AppealId.Parse("A" + i), rating.Id, rating.RatedAt + Duration.FromHours(2));
                appeals.Add(r(5) % 3 == 0 ? appeal : appeal.Decide(r(5) % 3 == 1 ? AppealDecision.Upheld : AppealDecision.Rejected, appeal.FiledAt + Duration.FromHours(5)));
            }
        }
        return new CaseHistory([.. cases], [.. ratings], [.. appeals]);
    }

    public static Arbitrary<CaseHistory> CaseHistory() => History().ToArbitrary();

    /// <summary>A valid history, then faults: unknown cases, duplicates, reasonless bad ratings, early ratings, stray appeals and rectifications.</summary>
    public static Arbitrary<FaultyBatch> FaultyBatch() =>
        (from history in History()
         from faults in Gen.Choose(0, 7).ArrayOf()
         select new FaultyBatch(WithFaults(history, faults))).ToArbitrary();

    private static RecordSet WithFaults(CaseHistory h, int[] faults)
    {
        var ratings = h.Ratings.ToList();
        var appeals = h.Appeals.ToList();
        var rectifications = new List<RectificationOrder>();
        var cases = h.Cases.ToList();
        int i = 0;
        foreach (int fault in faults)
        {
            i++;
            ServiceCase c = h.Cases[i % h.Cases.Length];
            switch (fault)
            {
                case 0:
                    ratings.Add(new Rating(RatingId.Parse("X" + i), c.UnitCode, RatingChannel.App, RatingLevel.Satisfied, RatingOrigin.Active, c.CompletedAt!.Value, true, CaseNumber.Parse("NOPE" + i), c.MatterCode));
                    break;
                case 1:
                    ratings.Add(new Rating(RatingId.Parse("Y" + i), c.UnitCode, RatingChannel.App, RatingLevel.VeryDissatisfied, RatingOrigin.Active, c.CompletedAt!.Value, true, c.Number, c.MatterCode));
                    break;
                case 2:
                    ratings.Add(new Rating(RatingId.Parse("Z" + i), c.UnitCode, RatingChannel.App, RatingLevel.Satisfied, RatingOrigin.Active, c.AcceptedAt - Duration.FromDays(1), true, c.Number, c.MatterCode));
                    break;
                case 3:
                    cases.Add(c);
                    break;
                case 4:
                    appeals.Add(new Appeal(AppealId.Parse("AX" + i), RatingId.Parse("NOPE" + i), c.AcceptedAt));
                    break;
                case 5:
                    rectifications.Add(new RectificationOrder(RatingId.Parse("NOPE" + i)));
                    break;
                case 6:
                    ratings.Add(new Rating(RatingId.Parse("W" + i), c.UnitCode, RatingChannel.App, RatingLevel.Satisfied, RatingOrigin.Active, c.CompletedAt!.Value + Duration.FromDays(60), true, c.Number, c.MatterCode));
                    break;
                default:
                    if (ratings.Count > 0)
                    {
                        ratings.Add(ratings[i % ratings.Count]);
                    }
                    break;
            }
        }
        return new RecordSet
        {
            Cases = RecordSet.FromApi(cases),
            Ratings = RecordSet.FromApi(ratings),
            Appeals = RecordSet.FromApi(appeals),
            Rectifications = RecordSet.FromApi(rectifications),
        };
    }
}

[Properties(Arbitrary = new[] { typeof(LifecycleGenerators) }, MaxTest = 200)]
public class LifecycleProperties
{
    private static readonly Instant AsOf = Instant.FromUtc(2024, 6, 1, 0, 0);

    [Property]
    public Property Validation_accounts_for_every_record(FaultyBatch batch)
    {
        ValidationReport report = new RecordSetValidator(EvaluationPolicy.Henan, DeadlineCalculator.China).Validate(batch.Records);
        bool conserved = report.AcceptedCount + report.RejectedCount == report.Read && report.Read == batch.Records.Count;
        bool reasoned = report.Rejected.All(r => !r.Problems.IsEmpty && r.Problems.All(p => p.Code.Length > 0 && p.Chinese.Length > 0));
        return (conserved && reasoned).Label($"read {report.Read}, accepted {report.AcceptedCount}, rejected {report.RejectedCount}");
    }

    [Property]
    public bool Validation_of_accepted_records_accepts_them_all(FaultyBatch batch)
    {
        var validator = new RecordSetValidator(EvaluationPolicy.Henan, DeadlineCalculator.China);
        ValidationReport once = validator.Validate(batch.Records);
        return validator.Validate(once.Accepted).IsClean;
    }

    [Property]
    public bool Validity_does_not_depend_on_record_order(CaseHistory h)
    {
        RatingFacts[] forward = Facts(h.Ratings, h.Appeals);
        RatingFacts[] backward = Facts(h.Ratings, [.. h.Appeals.Reverse()]);
        return forward.SequenceEqual(backward);
    }

    [Property]
    public bool An_upheld_appeal_removes_exactly_its_rating(CaseHistory h)
    {
        RatingFacts[] facts = Facts(h.Ratings, h.Appeals);
        var upheld = h.Appeals.Where(a => a.IsUpheld).Select(a => a.RatingId).ToHashSet();
        return h.Ratings.Select((r, i) => facts[i].IsVoid == upheld.Contains(r.Id)).All(x => x);
    }

    [Property]
    public Property The_default_rule_for_one_case_is_the_rule_for_records_and_is_monotone_in_the_as_of_instant(CaseHistory h, byte hours)
    {
        var rule = new DefaultRatingRule(EvaluationPolicy.Henan, DeadlineCalculator.China);
        var rated = h.Ratings.Where(r => r.CaseNumber is not null).Select(r => r.CaseNumber!.Value).ToHashSet();
        var owed = rule.Owed(h.Cases, h.Ratings, AsOf).ToDictionary(d => d.Case.Number, d => d.WindowClosedAt);
        Instant later = AsOf + Duration.FromHours(hours);
        foreach (ServiceCase c in h.Cases.Where(c => c.CompletedAt is not null))
        {
            bool isOwed = rule.IsOwed(c.CompletedAt!.Value, rated.Contains(c.Number), AsOf, out Instant closes);
            if (isOwed != owed.ContainsKey(c.Number) || (isOwed && closes != owed[c.Number]))
            {
                return false.Label($"{c.Number}: one case {isOwed} at {closes}, records {owed.ContainsKey(c.Number)}");
            }
            if (isOwed && !(rule.IsOwed(c.CompletedAt!.Value, rated.Contains(c.Number), later, out Instant stillCloses) && stillCloses == closes))
            {
                return false.Label($"{c.Number}: owed at {AsOf} but not at {later}");
            }
        }
        return true.ToProperty();
    }

    [Property]
    public Property The_default_rule_never_rates_a_case_with_an_active_rating_nor_gives_a_bad_default(CaseHistory h)
    {
        EvaluationPolicy[] policies = [EvaluationPolicy.National, EvaluationPolicy.Henan, EvaluationPolicy.Guangdong, EvaluationPolicy.Guangxi];
        var active = h.Ratings.Select(r => r.CaseNumber!.Value).ToHashSet();
        foreach (EvaluationPolicy policy in policies)
        {
            IReadOnlyList<DefaultRatingDue> owed = new DefaultRatingRule(policy, DeadlineCalculator.China).Owed(h.Cases, h.Ratings, AsOf);
            if (owed.Any(d => active.Contains(d.Case.Number) || policy.IsBad(d.Level) || d.WindowClosedAt > AsOf || d.WindowClosedAt < d.Case.CompletedAt))
            {
                return false.Label(policy.Name);
            }
            if (owed.Count != h.Cases.Count(c => !active.Contains(c.Number)))
            {
                return false.Label($"{policy.Name}: {owed.Count} owed");
            }
        }
        return true.ToProperty();
    }

    [Property]
    public bool Lifecycle_due_instants_never_precede_their_start(CaseHistory h)
    {
        var lifecycle = new RatingLifecycle(EvaluationPolicy.National, DeadlineCalculator.China, h.Appeals, [], AsOf);
        return h.Ratings.Select(lifecycle.Progress).OfType<RectificationProgress>().All(p =>
            p.Verification.Due >= p.Verification.Start && p.Rectification.Due >= p.Verification.Due && p.Feedback.Due >= p.Rectification.Due);
    }

    [Property]
    public Property A_rating_no_appeal_or_order_names_is_assessed_from_its_level_and_instant_alone(CaseHistory h, ushort hours)
    {
        // Every other rating gets a rectification order, so that named and unnamed ratings sit side by side.
        RectificationOrder[] orders = [.. h.Ratings.Where((r, i) => i % 2 == 0).Select(r => new RectificationOrder(r.Id))];
        var named = h.Appeals.Select(a => a.RatingId).Concat(orders.Select(o => o.RatingId)).ToHashSet();
        // The as-of instant falls within a month after some rating, where its deadlines fall.
        Instant asOf = (h.Ratings.Length == 0 ? Instant.FromUtc(2023, 3, 1, 0, 0) : h.Ratings[hours % h.Ratings.Length].RatedAt) + Duration.FromHours(hours % 720);
        EvaluationPolicy[] policies = [EvaluationPolicy.National, EvaluationPolicy.Henan, EvaluationPolicy.Guangdong, EvaluationPolicy.Guangxi];
        foreach (EvaluationPolicy policy in policies)
        {
            var lifecycle = new RatingLifecycle(policy, DeadlineCalculator.China, h.Appeals, orders, asOf);
            foreach (Rating rating in h.Ratings.Where(r => !named.Contains(r.Id)))
            {
                RatingFacts alone = lifecycle.AssessUnnamed(rating.Level, rating.RatedAt);
                if (alone != lifecycle.Assess(rating))
                {
                    return false.Label($"{policy.Name}, {rating.Id} ({rating.Level}) at {asOf}: {alone} alone, {lifecycle.Assess(rating)} from the record");
                }
            }
        }
        return true.ToProperty();
    }

    private static RatingFacts[] Facts(Rating[] ratings, Appeal[] appeals)
    {
        var lifecycle = new RatingLifecycle(EvaluationPolicy.Henan, DeadlineCalculator.China, appeals, [], AsOf);
        return [.. ratings.Select(lifecycle.Assess)];
    }
}
