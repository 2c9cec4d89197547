using System;
using System.Collections.Generic;
using System.Linq;
using Evaluation.Core.Calendars;
using Evaluation.Core.Cases;
using Evaluation.Core.Catalog;
using Evaluation.Core.FollowUps;
using Evaluation.Core.Metrics;
using Evaluation.Core.Policies;
using Evaluation.Core.Ratings;
using Evaluation.Core.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Evaluation.Core.Tests.Metrics;

public class CaseMetricsTests
{
    private static readonly DepartmentCode Department = DepartmentCode.Parse("D-1");
    private static readonly Matter ThreeDays = new(Samples.MatterA, "三日办结事项", Department, MatterKind.PublicService, 3);
    private static readonly Matter NoLimit = new(MatterCode.Parse("M-002"), "无承诺时限事项", Department, MatterKind.PublicService, null);

    // Accepted Monday 2023-12-04 09:00; three working days are counted from the next day, so the case is due by Thursday 2023-12-07.
    private static ServiceCase Case(string number, string? completed, Matter? matter = null) =>
        new(CaseNumber.Parse(number), (matter ?? ThreeDays).Code, Samples.Unit, Samples.At("2023-12-04T09:00:00+08:00"),
            completed is null ? null : Samples.At(completed));

    private static Rating Active(string id, string caseNumber) =>
        new(RatingId.Parse(id), Samples.Unit, RatingChannel.App, RatingLevel.VerySatisfied, RatingOrigin.Active,
            Samples.At("2023-12-08T10:00:00+08:00"), true, CaseNumber.Parse(caseNumber), Samples.MatterA);

    private static CaseTallies Tallies(IEnumerable<FollowUp>? followUps = null, IEnumerable<Rating>? ratings = null) =>
        new(EvaluationPolicy.Henan, DeadlineCalculator.China, [ThreeDays, NoLimit], followUps ?? [], ratings ?? []);

    [Fact]
    public void Follow_up_rate_counts_completed_cases_with_any_follow_up()
    {
        ServiceCase[] cases = [Case("C-1", "2023-12-05T10:00:00+08:00"), Case("C-2", "2023-12-05T11:00:00+08:00"), Case("C-3", null)];
        FollowUp[] visits =
        [
            new(CaseNumber.Parse("C-1"), Samples.At("2023-12-05T11:00:00+08:00"), FollowUpChannel.Phone, satisfied: true),
            new(CaseNumber.Parse("C-1"), Samples.At("2023-12-05T12:00:00+08:00"), FollowUpChannel.Phone, satisfied: false),
        ];
        CaseTally tally = Tallies(visits).By(cases, _ => "all", Samples.At("2023-12-31T00:00:00+08:00"))["all"];

        Assert.Equal(2, tally.Completed);
        Assert.Equal(new Rate(1, 2), tally.FollowUpRate());
        Assert.Equal(new Rate(1, 1), tally.FollowUpDissatisfactionRate());
        Assert.Equal("50.00%", tally.FollowUpRate().Format());
    }

    [Fact]
    public void On_time_completion_rate_judges_each_case_by_its_matters_promised_working_days()
    {
        ServiceCase[] cases =
        [
            Case("C-1", "2023-12-07T17:00:00+08:00"),              // the third working day after acceptance: on time
            Case("C-2", "2023-12-08T09:00:00+08:00"),              // the fourth: late
            Case("C-3", "2023-12-29T09:00:00+08:00", NoLimit),     // no promised limit: breaks none
        ];
        CaseTally tally = Tallies().By(cases, _ => 0, Samples.At("2023-12-31T00:00:00+08:00"))[0];

        Assert.Equal(new Rate(2, 3), tally.OnTimeCompletionRate());
    }

    [Fact]
    public void Active_rating_rate_by_cases_counts_cases_with_a_valid_active_rating_over_completed_cases()
    {
        ServiceCase[] cases = [Case("C-1", "2023-12-05T10:00:00+08:00"), Case("C-2", "2023-12-05T10:00:00+08:00"), Case("C-3", "2023-12-05T10:00:00+08:00")];
        CaseTally tally = Tallies(ratings: [Active("R-1", "C-1"), Active("R-2", "C-3")]).By(cases, _ => 0, Samples.At("2023-12-31T00:00:00+08:00"))[0];

        Assert.Equal(new Rate(2, 3), tally.ActiveRatingRate());
    }

    [Theory]
    [InlineData("national")]
    [InlineData("henan")]
    [InlineData("guangdong")]
    [InlineData("guangxi")]
    public void Every_preset_counts_both_headline_rates_over_completed_cases(string preset)
    {
        Assert.True(EvaluationPolicy.TryGetPreset(preset, out EvaluationPolicy? policy));
        Assert.Equal(ActiveRatingRateBasis.CompletedCases, policy.ActiveRatingRateBasis);
        Assert.Equal(MatterCoverageBasis.CompletedCases, policy.MatterCoverageBasis);
        Assert.False(policy.CoverageCountsDefaultRatings);
    }

    [Fact]
    public void The_policy_selects_the_active_rating_rate_basis()
    {
        var cases = new CaseTally(4, 3, 0, 0, 4);
        RatingTally ratings = RatingTally.FromCounts([.. Enumerable.Range(0, RatingTally.CounterCount)
            .Select(i => (TallyCounter)i switch { TallyCounter.CaseRatings => 5L, TallyCounter.CaseActiveRatings => 1L, _ => 0L })]);
        EvaluationPolicy byRatings = EvaluationPolicy.Henan.ToBuilder().Apply(b => b.ActiveRatingRateBasis = ActiveRatingRateBasis.CaseLinkedRatings).Build();

        Assert.Equal(new Rate(3, 4), cases.ActiveRatingRate(ratings, EvaluationPolicy.Henan));
        Assert.Equal(new Rate(1, 5), cases.ActiveRatingRate(ratings, byRatings));
        Assert.Equal("henan", byRatings.Name);
    }

    [Fact]
    public void The_policy_selects_the_matter_coverage_basis()
    {
        MatterCoverage byRatings = MatterCoverage.FromSorted([1, 2, 3, 4], [1]);
        EvaluationPolicy ratingsVariant = EvaluationPolicy.Henan.ToBuilder().Apply(b => b.MatterCoverageBasis = MatterCoverageBasis.CaseLinkedRatings).Build();

        Assert.Equal(new Rate(2, 3), CaseMetrics.MatterCoverageRate(3, 2, byRatings, EvaluationPolicy.Henan));
        Assert.Equal(new Rate(1, 4), CaseMetrics.MatterCoverageRate(3, 2, byRatings, ratingsVariant));
        Assert.False(CaseMetrics.MatterCoverageRate(0, 0, byRatings, EvaluationPolicy.Henan).IsApplicable);
    }

    [Fact]
    public void An_undefined_coverage_basis_is_refused_by_name()
    {
        var e = Assert.Throws<FluentValidation.ValidationException>(() => EvaluationPolicy.Henan.ToBuilder().Apply(b => b.MatterCoverageBasis = (MatterCoverageBasis)7).Build());
        Assert.Contains(e.Errors, f => f.ErrorCode == "policy.coverage-basis.undefined");
    }

    [Fact]
    public void A_case_in_progress_counts_nowhere() =>
        Assert.Equal(CaseTally.Empty, Tallies().Of(Case("C-1", null), Samples.At("2023-12-31T00:00:00+08:00")));

    [Fact]
    public void A_tally_with_a_count_above_completed_cases_is_refused() =>
        Assert.Throws<ArgumentException>(() => new CaseTally(1, 2, 0, 0, 0));

    [Property]
    public Property Merge_is_associative_and_commutative_with_empty_as_identity(byte[] a, byte[] b, byte[] c)
    {
        CaseTally x = From(a), y = From(b), z = From(c);
        return (x.Merge(y).Merge(z) == x.Merge(y.Merge(z))
            && x.Merge(y) == y.Merge(x)
            && x.Merge(CaseTally.Empty) == x
            && CaseTally.Empty.Merge(x) == x).ToProperty();
    }

    [Property]
    public Property Grouped_tallies_equal_the_merge_of_each_cases_tally(byte[] completions)
    {
        ServiceCase[] cases = [.. completions.Select((b, i) => Case($"C-{i}", b % 5 == 0 ? null : $"2023-12-{4 + (b % 20):00}T10:00:00+08:00"))];
        CaseTallies tallies = Tallies(ratings: cases.Where((_, i) => i % 3 == 0).Select((c, i) => Active($"R-{i}", c.Number.Value)));
        var asOf = Samples.At("2023-12-31T00:00:00+08:00");
        IReadOnlyDictionary<int, CaseTally> grouped = tallies.By(cases, c => c.Number.Value.Length % 2, asOf);
        bool agrees = grouped.All(g => g.Value == cases.Where(c => c.CompletedAt is not null && c.Number.Value.Length % 2 == g.Key)
            .Select(c => tallies.Of(c, asOf)).Aggregate(CaseTally.Empty, (s, t) => s.Merge(t)));
        long completed = grouped.Values.Sum(t => t.Completed);
        return (agrees && completed == cases.Count(c => c.CompletedAt is not null)).ToProperty();
    }

    private static CaseTally From(byte[] bytes)
    {
        long completed = bytes.Length == 0 ? 0 : bytes[0];
        long Part(int i) => bytes.Length > i ? bytes[i] % (completed + 1) : 0;
        long followed = Part(2);
        return new CaseTally(completed, Part(1), followed, bytes.Length > 3 ? bytes[3] % (followed + 1) : 0, Part(4));
    }
}
