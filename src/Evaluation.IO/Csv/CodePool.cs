using System;
using System.Collections.Generic;

namespace Evaluation.IO.Csv;

/// <summary>
/// Interns code texts read from files, so that a code repeated on millions of rows is one string, looked up from the
/// row's characters without allocating. Memory grows with distinct codes, not rows.
/// </summary>
internal sealed class CodePool
{
    private readonly HashSet<string> strings = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    internal CodePool() => lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();

    internal string Intern(ReadOnlySpan<char> text)
    {
        if (lookup.TryGetValue(text, out string? existing))
        {
            return existing;
        }
        string created = text.ToString();
        strings.Add(created);
        return created;
    }
}
