using System;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Evaluation.Core.Utility;

/// <summary>
/// The positions of the set bits of a bitset (bit <c>i &amp; 63</c> of word <c>i &gt;&gt; 6</c>), ascending, for
/// <c>foreach</c>: words that are zero cost one test, set bits one step each.
/// </summary>
/// <param name="words">The words.</param>
/// <param name="firstWord">The number of the first word, added to every position (for a slice of a larger bitset).</param>
internal ref struct SetBits(ReadOnlySpan<ulong> words, int firstWord = 0)
{
    private readonly ReadOnlySpan<ulong> words = words;
    private int word = -1;
    private ulong rest;

    /// <summary>The position of the current set bit.</summary>
    public int Current { get; private set; }

    /// <summary>This enumerator, for <c>foreach</c>.</summary>
    public readonly SetBits GetEnumerator() => this;

    /// <summary>Moves to the next set bit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MoveNext()
    {
        while (rest == 0)
        {
            if (++word >= words.Length)
            {
                return false;
            }
            rest = words[word];
        }
        // A bit's position within an array of words: no sum or difference here can overflow.
        Current = unchecked(((firstWord + word) << 6) + BitOperations.TrailingZeroCount(rest));
        rest &= unchecked(rest - 1);
        return true;
    }
}
