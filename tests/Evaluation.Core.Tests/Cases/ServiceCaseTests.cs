using System;
using Evaluation.Core.Cases;
using Evaluation.Core.Tests.Support;
using Xunit;
using static Evaluation.Core.Tests.Support.Samples;

namespace Evaluation.Core.Tests.Cases;

public class ServiceCaseTests
{
    [Fact]
    public void A_case_cannot_be_completed_before_it_was_accepted()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() =>
            new ServiceCase(Case, MatterA, Unit, At("2023-12-05T10:00:00+08:00"), At("2023-12-05T09:59:00+08:00")));
        Assert.Equal("completedAt", error.ParamName);
    }

    [Fact]
    public void Completing_a_case_returns_a_new_completed_case_and_leaves_the_original()
    {
        var open = new ServiceCase(Case, MatterA, Unit, At("2023-12-05T10:00:00+08:00"));
        ServiceCase done = open.Complete(At("2023-12-05T10:20:00+08:00"));
        Assert.Equal(CaseStatus.InProgress, open.Status);
        Assert.Equal(CaseStatus.Completed, done.Status);
        Assert.Throws<InvalidOperationException>(() => done.Complete(At("2023-12-06T10:20:00+08:00")));
    }

    [Fact]
    public void A_case_needs_parsed_codes() =>
        Assert.Throws<ArgumentException>(() => new ServiceCase(default, MatterA, Unit, At("2023-12-05T10:00:00+08:00")));
}
