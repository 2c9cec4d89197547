using System;
using Evaluation.Core.Appeals;
using Evaluation.Core.Ratings;
using Xunit;
using static Evaluation.Core.Tests.Support.Samples;

namespace Evaluation.Core.Tests.Appeals;

public class AppealTests
{
    private static readonly Appeal Filed = new(AppealId.Parse("A1"), RatingId.Parse("R1"), At("2023-12-06T09:00:00+08:00"), AppealGround.Malicious);

    [Fact]
    public void An_appeal_is_decided_once()
    {
        Appeal upheld = Filed.Decide(AppealDecision.Upheld, At("2023-12-07T09:00:00+08:00"));
        Assert.True(upheld.IsUpheld);
        Assert.Equal(AppealDecision.Pending, Filed.Decision);
        Assert.Throws<InvalidOperationException>(() => upheld.Decide(AppealDecision.Rejected, At("2023-12-08T09:00:00+08:00")));
    }

    [Fact]
    public void An_appeal_is_not_decided_before_it_was_filed() =>
        Assert.Throws<ArgumentException>(() => Filed.Decide(AppealDecision.Rejected, At("2023-12-05T09:00:00+08:00")));

    [Fact]
    public void A_decision_cannot_be_pending() =>
        Assert.Throws<ArgumentException>(() => Filed.Decide(AppealDecision.Pending, At("2023-12-07T09:00:00+08:00")));

    [Fact]
    public void A_decided_appeal_needs_its_decision_instant() =>
        Assert.Throws<ArgumentException>(() => new Appeal(AppealId.Parse("A1"), RatingId.Parse("R1"), At("2023-12-06T09:00:00+08:00"), decision: AppealDecision.Upheld));
}
