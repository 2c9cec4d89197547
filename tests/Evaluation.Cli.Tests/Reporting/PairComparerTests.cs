using System.Linq;
using Evaluation.Reporting.Cases;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Evaluation.Cli.Tests.Reporting;

/// <summary>
/// The set of (group, matter) pairs that counts a group's distinct matters hashes all the bits of a pair: no data shape
/// makes its cost grow faster than the pairs (the default hash of a <see cref="long"/> folds its halves together).
/// </summary>
public class PairComparerTests
{
    private static long Pair(int group, int matter) => ((long)group << 32) | (uint)matter;

    [Fact]
    public void Pairs_of_hundreds_of_groups_and_thousands_of_matters_almost_never_share_a_hash_code()
    {
        long[] pairs = [.. Enumerable.Range(0, 200).SelectMany(g => Enumerable.Range(1, 5_000).Select(m => Pair(g, m)))];

        int distinct = pairs.Select(PairComparer.Instance.GetHashCode).Distinct().Count();
        int folded = pairs.Select(p => p.GetHashCode()).Distinct().Count();

        Assert.True(distinct > 0.999 * pairs.Length, $"{distinct} distinct hash codes for {pairs.Length} pairs");
        Assert.True(folded <= 8_192, $"the default hash gave {folded}");
    }

    [Property]
    public bool Equal_pairs_hash_alike_and_equality_is_that_of_the_numbers(long a, long b) =>
        PairComparer.Instance.Equals(a, b) == (a == b)
        && (a != b || PairComparer.Instance.GetHashCode(a) == PairComparer.Instance.GetHashCode(b));
}
