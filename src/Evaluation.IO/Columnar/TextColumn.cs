using System;
using System.Collections.Generic;

namespace Evaluation.IO.Columnar;

/// <summary>
/// Dictionary-encodes a free-text column (comments): each distinct text gets a dense index from 1, 0 being "none", so
/// that rows hold an integer rather than a reference the garbage collector would have to trace.
/// </summary>
internal sealed class TextColumn
{
    private readonly Dictionary<string, int> indices = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly List<string?> texts = [null];

    internal TextColumn() => lookup = indices.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The index of a text, added when new; 0 for empty text.</summary>
    internal int IndexOf(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return 0;
        }
        if (!lookup.TryGetValue(text, out int index))
        {
            index = texts.Count;
            string created = text.ToString();
            texts.Add(created);
            indices.Add(created, index);
        }
        return index;
    }

    /// <summary>The text at an index; null for 0.</summary>
    internal string? this[int index] => texts[index];
}
