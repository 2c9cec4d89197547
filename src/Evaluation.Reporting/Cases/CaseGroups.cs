using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace Evaluation.Reporting.Cases;

/// <summary>
/// The groups met in a run of case rows, numbered in order of first appearance, each with its sums: a group is found by
/// its key (two codes, shifted by one so that -1, no such position, is 0, and a period index) in a dense table while
/// every combination fits, otherwise by hashing.
/// </summary>
internal sealed class CaseGroups
{
    private readonly int[]? dense;
    private readonly Dictionary<(int, int, int), int> hashed = [];
    private readonly int cardinality1;
    private readonly int periods;

    /// <summary>Makes an empty set of groups.</summary>
    /// <param name="cardinality0">A bound on the first code plus one.</param>
    /// <param name="cardinality1">A bound on the second code plus one.</param>
    /// <param name="periods">The number of periods.</param>
    /// <param name="denseLimit">The most combinations found in a dense table rather than by hashing.</param>
    internal CaseGroups(int cardinality0, int cardinality1, int periods, long denseLimit)
    {
        this.cardinality1 = cardinality1;
        this.periods = periods;
        long combinations = (long)cardinality0 * cardinality1 * periods;
        if (combinations <= denseLimit)
        {
            dense = new int[combinations];
            System.Array.Fill(dense, -1);
        }
    }

    /// <summary>Each group's key, by group number.</summary>
    internal List<(int Code0, int Code1, int Period)> Keys { get; } = [];

    /// <summary>Each group's sums, by group number.</summary>
    internal List<CaseSums> Sums { get; } = [];

    /// <summary>The number of a group, added (with empty sums) when new.</summary>
    internal int GroupOf((int Code0, int Code1, int Period) key)
    {
        if (dense is null)
        {
            ref int number = ref CollectionsMarshal.GetValueRefOrAddDefault(hashed, key, out bool exists);
            return exists ? number : number = Add(key);
        }
        ref int slot = ref dense[((((long)key.Code0 + 1) * cardinality1) + key.Code1 + 1) * periods + key.Period];
        return slot >= 0 ? slot : slot = Add(key);
    }

    /// <summary>The number of a group met, without adding any: safe on several threads once the groups are all added.</summary>
    internal int NumberOf((int Code0, int Code1, int Period) key) => dense is null
        ? hashed[key]
        : dense[((((long)key.Code0 + 1) * cardinality1) + key.Code1 + 1) * periods + key.Period];

    /// <summary>A group's sums, to be changed in place (until the next group is added).</summary>
    internal ref CaseSums SumsOf(int group) => ref CollectionsMarshal.AsSpan(Sums)[group];

    /// <summary>
    /// Takes in the groups of a run of rows that follow this one's: each is found here or added, in the later run's
    /// order, so that the numbers stay those of first appearance over both runs, and its sums are merged.
    /// </summary>
    /// <returns>For each group of the later run, its number here.</returns>
    internal int[] Absorb(CaseGroups later)
    {
        int[] numbers = new int[later.Keys.Count];
        for (int g = 0; g < numbers.Length; g++)
        {
            int mine = numbers[g] = GroupOf(later.Keys[g]);
            SumsOf(mine) = SumsOf(mine).Merge(later.Sums[g]);
        }
        return numbers;
    }

    private int Add((int, int, int) key)
    {
        Keys.Add(key);
        Sums.Add(default);
        return Sums.Count - 1;
    }
}
