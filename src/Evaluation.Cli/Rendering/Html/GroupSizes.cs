using System;
using System.Collections.Generic;

namespace Evaluation.Cli.Rendering.Html;

/// <summary>
/// What a line chart's first reading of some rows gathers: the periods seen, and each group's size (the exact sum of
/// its rows' first charted count) with its first row, so that the sizes of rows read on several threads merge to the
/// same groups, sizes and order of first appearance however the rows were shared out.
/// </summary>
internal sealed class GroupSizes
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> periodsByText;
    private readonly Dictionary<string, (decimal Size, int First)>.AlternateLookup<ReadOnlySpan<char>> groupsByLabel;

    /// <summary>Makes an empty gathering whose groups are labelled by <paramref name="label"/>.</summary>
    internal GroupSizes(RowLabel label)
    {
        Label = label;
        periodsByText = Periods.GetAlternateLookup<ReadOnlySpan<char>>();
        groupsByLabel = Groups.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The label this gathering's reader makes a row's label with.</summary>
    internal RowLabel Label { get; }

    /// <summary>The periods seen.</summary>
    internal HashSet<string> Periods { get; } = new(StringComparer.Ordinal);

    /// <summary>Each group's size and the first of its rows seen.</summary>
    internal Dictionary<string, (decimal Size, int First)> Groups { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds a row: its index, its period's text, its group's label and its size.</summary>
    internal void Add(int row, ReadOnlySpan<char> period, ReadOnlySpan<char> group, decimal size)
    {
        periodsByText.Add(period);
        groupsByLabel[group] = groupsByLabel.TryGetValue(group, out (decimal Size, int First) seen) ? Joined(seen, size, row) : (size, row);
    }

    /// <summary>Adds what another gathering saw.</summary>
    internal void Merge(GroupSizes other)
    {
        Periods.UnionWith(other.Periods);
        foreach ((string group, (decimal size, int first)) in other.Groups)
        {
            Groups[group] = Groups.TryGetValue(group, out (decimal Size, int First) seen) ? Joined(seen, size, first) : (size, first);
        }
    }

    /// <summary>A group's size and first row with more of its rows: the sizes added, the earlier first row kept.</summary>
    private static (decimal Size, int First) Joined((decimal Size, int First) seen, decimal size, int first) => (seen.Size + size, Math.Min(seen.First, first));
}
