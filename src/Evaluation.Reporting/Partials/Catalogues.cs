using System;
using System.Collections.Immutable;
using System.Linq;

namespace Evaluation.Reporting.Partials;

/// <summary>The catalogues parts carry, united when parts merge.</summary>
internal static class Catalogues
{
    /// <summary>The first catalogue, then the entries of the second whose codes it lacks (parts of one input carry the same).</summary>
    internal static ImmutableArray<T> Union<T>(ImmutableArray<T> first, ImmutableArray<T> second, Func<T, string> codeOf)
    {
        if (second.IsEmpty || first.Equals(second))
        {
            return first;
        }
        var codes = first.Select(codeOf).ToHashSet(StringComparer.Ordinal);
        return [.. first, .. second.Where(entry => !codes.Contains(codeOf(entry)))];
    }
}
