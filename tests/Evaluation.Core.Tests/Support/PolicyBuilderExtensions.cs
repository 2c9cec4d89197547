using System;
using Evaluation.Core.Policies;

namespace Evaluation.Core.Tests.Support;

public static class PolicyBuilderExtensions
{
    /// <summary>Changes settings in one expression: <c>policy.ToBuilder().Apply(b => b.X = y).Build()</c>.</summary>
    public static EvaluationPolicy.Builder Apply(this EvaluationPolicy.Builder builder, Action<EvaluationPolicy.Builder> change)
    {
        change(builder);
        return builder;
    }
}
