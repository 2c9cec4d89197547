using System;
using Evaluation.Core.Ratings;
using Evaluation.Core.Rectification;
using Xunit;
using static Evaluation.Core.Tests.Support.Samples;

namespace Evaluation.Core.Tests.Rectification;

public class RectificationOrderTests
{
    private static readonly RectificationOrder Open = new(RatingId.Parse("R1"));

    [Fact]
    public void Steps_are_recorded_in_order_verification_rectification_feedback()
    {
        RectificationOrder done = Open
            .Verify(At("2023-12-05T11:00:00+08:00"))
            .Rectify(At("2023-12-06T11:00:00+08:00"), RectificationOutcome.FixedAtOnce)
            .GiveFeedback(At("2023-12-06T12:00:00+08:00"));
        Assert.True(done.IsRectified);
        Assert.False(Open.IsRectified);
        Assert.Equal(RectificationOutcome.FixedAtOnce, done.Outcome);
    }

    [Fact]
    public void A_step_before_its_predecessor_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() => Open.Rectify(At("2023-12-06T11:00:00+08:00"), RectificationOutcome.Explained));
        Assert.Throws<InvalidOperationException>(() => Open.GiveFeedback(At("2023-12-06T11:00:00+08:00")));
        RectificationOrder verified = Open.Verify(At("2023-12-06T11:00:00+08:00"));
        Assert.Throws<ArgumentException>(() => verified.Rectify(At("2023-12-06T10:00:00+08:00"), RectificationOutcome.Explained));
    }

    [Fact]
    public void Each_step_is_recorded_once()
    {
        RectificationOrder verified = Open.Verify(At("2023-12-05T11:00:00+08:00"));
        Assert.Throws<InvalidOperationException>(() => verified.Verify(At("2023-12-05T12:00:00+08:00")));
    }

    [Fact]
    public void An_extension_needs_a_reason_and_is_granted_once()
    {
        Assert.Throws<ArgumentException>(() => new RectificationExtension(" ", At("2023-12-20T00:00:00+08:00")));
        RectificationOrder extended = Open.Extend(new RectificationExtension("需协调不动产登记系统改造", At("2023-12-20T00:00:00+08:00")));
        Assert.Throws<InvalidOperationException>(() => extended.Extend(new RectificationExtension("again", At("2023-12-30T00:00:00+08:00"))));
    }
}
