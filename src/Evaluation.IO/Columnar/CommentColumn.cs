using System;
using System.Collections.Generic;

namespace Evaluation.IO.Columnar;

/// <summary>
/// The ratings' comments (评价内容), each kept as it was read, end to end in blocks of characters: free text is seldom
/// the same twice, so a comment costs a copy of its characters and twelve bytes, with no string object, no hash and no
/// table to grow (a column of codes, <see cref="TextColumn"/>, finds each text again; comments need not). A comment is
/// made a string only when its rating is made an object.
/// </summary>
internal sealed class CommentColumn
{
    /// <summary>The characters of a block; a longer comment takes a block of its own length.</summary>
    private const int BlockChars = 1 << 19;

    private readonly List<char[]> blocks = [];
    private Place[] places = new Place[16];
    private int used = BlockChars; // characters used in the last block (full before the first)

    /// <summary>The number of indices handed out, counting 0 (no comment).</summary>
    internal int Count { get; private set; } = 1;

    /// <summary>The comment at an index; null for 0.</summary>
    internal string? this[int index]
    {
        get
        {
            if (index == 0)
            {
                return null;
            }
            Place place = places[index];
            return new string(blocks[place.Block], place.Start, place.Length);
        }
    }

    /// <summary>Keeps a comment and returns its index; 0, keeping nothing, for text that is empty or all white space (no comment, as a rating has it).</summary>
    internal int Add(ReadOnlySpan<char> text)
    {
        if (text.IsWhiteSpace())
        {
            return 0;
        }
        if (used + text.Length > BlockChars || blocks.Count == 0)
        {
            blocks.Add(new char[Math.Max(BlockChars, text.Length)]);
            used = 0;
        }
        text.CopyTo(blocks[^1].AsSpan(used));
        if (Count == places.Length)
        {
            Array.Resize(ref places, places.Length * 2);
        }
        places[Count] = new Place(blocks.Count - 1, used, text.Length);
        used += text.Length;
        return Count++;
    }

    /// <summary>Keeps another column's comments after this column's, and gives the index each has here (0 for 0).</summary>
    internal int[] AppendAll(CommentColumn other)
    {
        int[] map = new int[other.Count];
        for (int index = 1; index < other.Count; index++)
        {
            Place place = other.places[index];
            map[index] = Add(other.blocks[place.Block].AsSpan(place.Start, place.Length));
        }
        return map;
    }

    /// <summary>Where a comment lies: its block, and its start and length there.</summary>
    private readonly record struct Place(int Block, int Start, int Length);
}
