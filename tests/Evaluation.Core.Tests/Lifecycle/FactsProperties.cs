using System.Linq;
using Evaluation.Core.Calendars;
using Evaluation.Core.Catalog;
using Evaluation.Core.Policies;
using Evaluation.Core.Ratings;
using Evaluation.Core.Rectification;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Evaluation.Core.Tests.Lifecycle;

/// <summary>
/// A rating's facts (<see cref="RatingLifecycle.Assess(Rating)"/>) say what its progress
/// (<see cref="RatingLifecycle.Progress(Rating)"/>) says: verified exactly when verification was done by the as-of
/// instant, the rectification's state its status against the judged deadline, whatever the order's steps, its extension,
/// the policy and the as-of instant.
/// </summary>
public class FactsProperties
{
    /// <summary>2023-01-01T00:00+08:00.</summary>
    private static readonly Instant Start = Instant.FromUtc(2022, 12, 31, 16, 0);

    /// <summary>
    /// A bad rating at the end of a day of 2023, whether it has an order, and the order's steps, its extension and the
    /// as-of instant as hours after the rating (negative: none), on a grid of six hours so that steps often fall on a
    /// deadline or on the as-of instant; whether an extension keeps the order on time.
    /// </summary>
    public sealed record Scenario(string Policy, bool ExtensionKeepsOnTime, int RatedDay, bool HasOrder, int Verified, int Rectified, int Feedback, int ExtendedTo, int AsOfHour);

    private static Gen<int> Step() => Gen.OneOf(Gen.Constant(-1), Gen.Choose(0, 4 * 40).Select(quarterDays => quarterDays * 6));

    public static Arbitrary<Scenario> Scenarios() =>
        (from policy in Gen.Elements("national", "henan", "guangdong", "guangxi")
         from keeps in Gen.Elements(true, false)
         from ratedDay in Gen.Choose(1, 340)
         from hasOrder in Gen.Elements(true, true, true, false)
         from verified in Step()
         from rectified in Step()
         from feedback in Step()
         from extended in Step()
         from asOf in Gen.Choose(-4, 4 * 60).Select(quarterDays => quarterDays * 6)
         select new Scenario(policy, keeps, ratedDay, hasOrder, verified, rectified, feedback, extended, asOf)).ToArbitrary();

    [Property(Arbitrary = new[] { typeof(FactsProperties) }, MaxTest = 500)]
    public Property Facts_say_what_the_progress_says(Scenario s)
    {
        EvaluationPolicy preset = EvaluationPolicy.TryGetPreset(s.Policy, out EvaluationPolicy? named) ? named! : EvaluationPolicy.National;
        EvaluationPolicy.Builder builder = preset.ToBuilder();
        builder.ExtensionKeepsOnTime = s.ExtensionKeepsOnTime;
        EvaluationPolicy policy = builder.Build();
        // A rating at the last instant of its day in China, where deadlines end: whole days of steps fall on a deadline's very instant.
        Instant ratedAt = Start + Duration.FromDays(s.RatedDay) - Duration.Epsilon;
        Instant? At(int hours) => hours < 0 ? null : ratedAt + Duration.FromHours(hours);
        // Each step follows its predecessor: a later step is kept only when the one before it is, and never earlier.
        Instant? verified = At(s.Verified);
        Instant? rectified = verified is null || s.Rectified < s.Verified ? null : At(s.Rectified);
        Instant? feedback = rectified is null || s.Feedback < s.Rectified ? null : At(s.Feedback);
        var rating = new Rating(RatingId.Parse("R1"), UnitCode.Parse("U1"), RatingChannel.App, RatingLevel.VeryDissatisfied, RatingOrigin.Active,
            ratedAt, isRealName: true, comment: "slow");
        var order = new RectificationOrder(rating.Id, verified, rectified, feedback,
            extension: s.ExtendedTo < 0 ? null : new RectificationExtension("more time", ratedAt + Duration.FromHours(s.ExtendedTo)));
        var lifecycle = new RatingLifecycle(policy, DeadlineCalculator.China, [], s.HasOrder ? [order] : [],
            ratedAt + Duration.FromHours(s.AsOfHour));

        RatingFacts facts = lifecycle.Assess(rating);
        RectificationProgress progress = lifecycle.Progress(rating)!;
        RectificationState expected = progress.RectificationStatus switch
        {
            DeadlineStatus.DoneOnTime => RectificationState.DoneOnTime,
            DeadlineStatus.DoneLate => RectificationState.DoneLate,
            DeadlineStatus.Open => RectificationState.Open,
            _ => RectificationState.Overdue,
        };
        bool verifiedByThen = progress.VerificationStatus is DeadlineStatus.DoneOnTime or DeadlineStatus.DoneLate;
        return (!facts.IsVoid).Label("not void")
            .And((facts.IsVerified == verifiedByThen).Label($"verified: facts {facts.IsVerified}, progress {progress.VerificationStatus}"))
            .And((facts.Rectification == expected).Label($"rectification: facts {facts.Rectification}, progress {progress.RectificationStatus}"));
    }
}
