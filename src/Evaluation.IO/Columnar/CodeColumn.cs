using System;
using System.Collections.Generic;
using System.Linq;

namespace Evaluation.IO.Columnar;

/// <summary>
/// Dictionary-encodes one code column of a file: each distinct well-formed code gets a dense index from 1 (0 is "none"),
/// parsed once into its code type, so that rows repeating a code cost one look-up (of the code packed, when it is short
/// ASCII text, <see cref="ShortText"/>), and rows repeating the previous row's code (files sorted by unit) none.
/// </summary>
/// <typeparam name="T">The code type.</typeparam>
internal sealed class CodeColumn<T>
    where T : struct
{
    private const int LastCapacity = 64;
    private readonly TextColumn texts = new(codes: true);
    private readonly List<T> codes = [default];
    private readonly TryParse parse;
    // The previous row's code, copied into a buffer of the column's own: comparing with it touches memory already in
    // the nearest cache, where the catalogue's string of it would be a miss in a catalogue of tens of thousands.
    private readonly char[] last = new char[LastCapacity];
    private int lastLength = -1;
    private ShortText lastPacked; // the previous row's code when packed (default: none), compared in two words
    private LongText lastLong; // the previous row's code when packed long (default: none), compared in four words
    private WideText lastWide; // the previous row's code when packed wide (default: none), compared in eight words
    private int lastIndex;

    internal CodeColumn(TryParse parse) => this.parse = parse;

    /// <summary>Parses a code from its text.</summary>
    internal delegate bool TryParse(string text, out T code);

    /// <summary>The number of indices handed out, counting 0.</summary>
    internal int Count => codes.Count;

    /// <summary>The codes of indices 1 and up, in index order.</summary>
    internal IEnumerable<T> Codes => codes.Skip(1);

    /// <summary>The code at an index; null for 0.</summary>
    internal T? this[int index] => index == 0 ? null : codes[index];

    /// <summary>The text of the code at an index; null for 0.</summary>
    internal string? TextAt(int index) => texts[index];

    /// <summary>The index of a code already met (0 for empty text), or -1: nothing is added.</summary>
    internal int Find(ReadOnlySpan<char> text) => texts.Find(text);

    /// <summary>For each index of this column, the index of the same code in another (which takes the codes it lacks).</summary>
    internal int[] MapInto(CodeColumn<T> target) => [0, .. Enumerable.Range(1, Count - 1).Select(i => target.IndexOf(TextAt(i)))];

    /// <summary>The index of a code (0 for empty text), or -1 when the text is not a well-formed code.</summary>
    internal int IndexOf(ReadOnlySpan<char> text) => IndexOf(text, ShortText.TryPack(text, out ShortText key) ? key : default);

    /// <summary>
    /// Packs a code's text, when it can be, and starts fetching where its look-up will read, unless it repeats the
    /// previous row's code: <see cref="IndexOf(ReadOnlySpan{char}, ShortText)"/>, given what this returns after the row's
    /// other fields are read, then finds a code of a large catalogue without waiting on memory. A long or wide code
    /// (<see cref="LongText"/>, <see cref="WideText"/>) is fetched ahead too, and packed again at its look-up (the
    /// default is returned).
    /// </summary>
    internal ShortText Probe(ReadOnlySpan<char> text)
    {
        if (!ShortText.TryPack(text, out ShortText key))
        {
            if (LongText.TryPack(text, out LongText longKey))
            {
                if (longKey != lastLong)
                {
                    texts.Probe(longKey);
                }
            }
            else if (WideText.TryPack(text, out WideText wideKey) && wideKey != lastWide)
            {
                texts.Probe(wideKey);
            }
            return default;
        }
        if (key != lastPacked)
        {
            texts.Probe(key);
        }
        return key;
    }

    /// <summary>
    /// The index of a code (0 for empty text), or -1 when the text is not a well-formed code, given the text packed
    /// (<see cref="Probe"/>), or the default when it cannot be.
    /// </summary>
    internal int IndexOf(ReadOnlySpan<char> text, ShortText key)
    {
        if (text.IsEmpty)
        {
            return 0;
        }
        if (key.IsPacked)
        {
            return key == lastPacked ? lastIndex : Met(text, texts.Find(key), key, default, default);
        }
        if (LongText.TryPack(text, out LongText longKey))
        {
            return longKey == lastLong ? lastIndex : Met(text, texts.Find(longKey), default, longKey, default);
        }
        if (WideText.TryPack(text, out WideText wideKey))
        {
            return wideKey == lastWide ? lastIndex : Met(text, texts.Find(wideKey), default, default, wideKey);
        }
        if (text.Length == lastLength && text.SequenceEqual(last.AsSpan(0, lastLength)))
        {
            return lastIndex;
        }
        int index = texts.Find(text);
        if (index < 0 && (index = Add(text)) < 0)
        {
            return -1;
        }
        Remember(text, index);
        return index;
    }

    /// <summary>
    /// The index of a packed code found (or -1 when it was not), adding it when new, and noted as the previous row's
    /// (in whichever packed form it has): -1 when a new code is not well formed.
    /// </summary>
    private int Met(ReadOnlySpan<char> text, int found, ShortText packed, LongText longPacked, WideText widePacked)
    {
        if (found < 0 && (found = Add(text)) < 0)
        {
            return -1;
        }
        lastPacked = packed;
        lastLong = longPacked;
        lastWide = widePacked;
        lastLength = -1;
        lastIndex = found;
        return found;
    }

    /// <summary>Adds a code not met before, or returns -1 when it is not well formed.</summary>
    private int Add(ReadOnlySpan<char> text)
    {
        string created = text.ToString();
        if (!parse(created, out T code))
        {
            return -1;
        }
        codes.Add(code);
        return texts.Add(created);
    }

    private void Remember(ReadOnlySpan<char> text, int index)
    {
        lastPacked = default;
        lastLong = default;
        lastWide = default;
        if (text.Length > LastCapacity)
        {
            lastLength = -1;
            return;
        }
        text.CopyTo(last);
        lastLength = text.Length;
        lastIndex = index;
    }
}
