using System;
using System.Collections.Generic;

namespace Evaluation.IO.Columnar;

/// <summary>
/// Dictionary-encodes a text column: each distinct text gets a dense index from 1, 0 being "none", so that rows hold
/// an integer rather than a reference the garbage collector would have to trace; texts are found from a row's
/// characters without allocating.
/// </summary>
internal sealed class TextColumn
{
    private readonly Dictionary<string, int> indices = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly List<string?> texts = [null];

    internal TextColumn() => lookup = indices.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The number of indices handed out, counting 0.</summary>
    internal int Count => texts.Count;

    /// <summary>The text at an index; null for 0.</summary>
    internal string? this[int index] => texts[index];

    /// <summary>The index of a text, added when new; 0 for empty text.</summary>
    internal int IndexOf(ReadOnlySpan<char> text)
    {
        int index = Find(text);
        return index >= 0 ? index : Add(text.ToString());
    }

    /// <summary>For each index of this column, the index of the same text in another (which takes the texts it lacks).</summary>
    internal int[] MapInto(TextColumn target)
    {
        int[] map = new int[Count];
        for (int i = 1; i < Count; i++)
        {
            map[i] = target.IndexOf(texts[i]);
        }
        return map;
    }

    /// <summary>The index of a text already met (0 for empty text), or -1: nothing is added.</summary>
    internal int Find(ReadOnlySpan<char> text) => text.IsEmpty ? 0 : lookup.TryGetValue(text, out int index) ? index : -1;

    /// <summary>Adds a text not met before and returns its index.</summary>
    internal int Add(string text)
    {
        int index = texts.Count;
        texts.Add(text);
        indices.Add(text, index);
        return index;
    }
}
