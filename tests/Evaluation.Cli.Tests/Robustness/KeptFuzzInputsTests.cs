using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Evaluation.Fuzz;
using Xunit;

namespace Evaluation.Cli.Tests.Robustness;

/// <summary>
/// Every input the fuzzing harness keeps (its seeds, and each input that once broke a rule, in <c>Found/TARGET</c>) is run
/// through its target: no exception escapes and every row is accounted for. CI runs these; it runs no fuzzer.
/// </summary>
public class KeptFuzzInputsTests
{
    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        foreach (string kind in new[] { "Seeds", "Found" })
        {
            foreach (string target in FuzzTargets.All)
            {
                string folder = Path.Combine(AppContext.BaseDirectory, kind, target);
                foreach (string file in Directory.Exists(folder) ? Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToArray() : [])
                {
                    data.Add(target, Path.GetRelativePath(AppContext.BaseDirectory, file));
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_kept_input_passes_its_target(string target, string input) =>
        FuzzTargets.Run(target, File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, input)));

    [Fact]
    public void Every_target_has_a_seed() =>
        Assert.All(FuzzTargets.All, target => Assert.Contains(Inputs(), row => (string)row[0] == target && ((string)row[1]).StartsWith("Seeds", StringComparison.Ordinal)));
}
