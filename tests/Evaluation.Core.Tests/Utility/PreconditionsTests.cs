using System;
using Evaluation.Core.Utility;
using NodaTime;
using Xunit;

namespace Evaluation.Core.Tests.Utility;

public class PreconditionsTests
{
    [Fact]
    public void A_rule_that_holds_does_not_format_its_message()
    {
        int formatted = 0;
        int Count() => ++formatted;
        Preconditions.CheckArgument(true, "value", $"must hold; {Count()}");
        Assert.Equal(0, formatted);
    }

    [Fact]
    public void A_broken_rule_formats_its_message_culture_invariantly_and_names_the_parameter()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(
            () => Preconditions.CheckArgument(false, "day", $"must not be {new LocalDate(2023, 10, 1):uuuu-MM-dd} or {1.5}"));
        Assert.Equal("day", error.ParamName);
        Assert.StartsWith("day must not be 2023-10-01 or 1.5.", error.Message, StringComparison.Ordinal);
    }
}
