using System.CommandLine;
using Evaluation.Core.Policies;

namespace Evaluation.Cli.Commands;

/// <summary>Options several commands share.</summary>
internal static class Options
{
    internal static Option<bool> Demo() => new("--demo") { Description = "Use the built-in demo data: Kaifeng's 2023 report reconstructed at record level." };

    internal static Option<double> Scale() => new("--scale") { Description = "Share of the demo data to generate, in (0, 1]; figures equal the source only at 1.", DefaultValueFactory = _ => 1.0 };

    internal static Option<string> Policy()
    {
        var policy = new Option<string>("--policy") { Description = "Rule preset: national, henan, guangdong or guangxi.", DefaultValueFactory = _ => "henan" };
        policy.AcceptOnlyFromAmong("national", "henan", "guangdong", "guangxi");
        return policy;
    }

    internal static bool TryPolicy(string? name, out EvaluationPolicy? policy, ref string? problem)
    {
        if (EvaluationPolicy.TryGetPreset(name, out policy))
        {
            return true;
        }
        problem = $"Unknown policy '{name}'.";
        return false;
    }

    internal static bool TryScale(double scale, ref string? problem)
    {
        if (scale > 0 && scale <= 1)
        {
            return true;
        }
        problem = "--scale must be in (0, 1].";
        return false;
    }
}
