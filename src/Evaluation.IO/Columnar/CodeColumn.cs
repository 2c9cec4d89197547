using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;

namespace Evaluation.IO.Columnar;

/// <summary>
/// Dictionary-encodes one code column of a file: each distinct well-formed code gets a dense index from 1 (0 is "none"),
/// parsed once into its code type, so that rows repeating a code cost one look-up (of the code packed, when it is ASCII
/// text of up to 64 characters: <see cref="ShortText"/>, <see cref="LongText"/>, <see cref="WideText"/>), and rows
/// repeating the previous row's code (files sorted by unit) none.
/// </summary>
/// <typeparam name="T">The code type.</typeparam>
internal sealed class CodeColumn<T>
    where T : struct
{
    private const int LastCapacity = 64;
    private readonly TextColumn texts = new();
    private readonly List<T> codes = [default];
    private readonly TryParse parse;
    // The previous row's code, copied into a buffer of the column's own: comparing with it touches memory already in
    // the nearest cache, where the catalogue's string of it would be a miss in a catalogue of tens of thousands.
    private readonly char[] last = new char[LastCapacity];
    private int lastLength;
    private ShortText lastPacked; // compared in two words
    private LongText lastLong; // compared in four words
    private WideText lastWide; // compared in eight words
    private LastForm lastForm; // which of the forms above holds the previous row's code, if any
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
    internal int[] MapInto(CodeColumn<T> target)
    {
        int[] map = new int[Count];
        for (int i = 1; i < map.Length; i++)
        {
            map[i] = target.IndexOf(TextAt(i));
        }
        return map;
    }

    /// <summary>The index of a code (0 for empty text), or -1 when the text is not a well-formed code.</summary>
    internal int IndexOf(ReadOnlySpan<char> text) => IndexOf(text, ShortText.TryPack(text, out ShortText key) ? key : default);

    /// <summary>
    /// Packs a code's text in two words when it is 1 to 16 ASCII characters (otherwise the default is returned), and
    /// starts fetching where its look-up will read, unless it repeats the previous row's code:
    /// <see cref="IndexOf(ReadOnlySpan{char}, ShortText)"/>, given what this returns after the row's other fields are read,
    /// then finds a code of a large catalogue without waiting on memory, and without packing it again. A longer code
    /// (<see cref="LongText"/>, <see cref="WideText"/>) is fetched ahead too, and packed again at its look-up. The key is
    /// two words, which a call returns in two registers: a larger one went through memory, where reading it back whole
    /// waited on the two halves just written.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ShortText Probe(ReadOnlySpan<char> text)
    {
        if (ShortText.TryPack(text, out ShortText key))
        {
            if (lastForm != LastForm.Short || key != lastPacked)
            {
                texts.Probe(key);
            }
            return key;
        }
        ProbeLonger(text);
        return default;
    }

    /// <summary>Starts fetching where the look-up of a code longer than 16 characters will read (<see cref="Probe"/>).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ProbeLonger(ReadOnlySpan<char> text)
    {
        if (LongText.TryPack(text, out LongText longKey))
        {
            if (lastForm != LastForm.Long || longKey != lastLong)
            {
                texts.Probe(longKey);
            }
        }
        else if (WideText.TryPack(text, out WideText wideKey) && (lastForm != LastForm.Wide || wideKey != lastWide))
        {
            texts.Probe(wideKey);
        }
    }

    /// <summary>
    /// The index of a code (0 for empty text), or -1 when the text is not a well-formed code, given its packing in two
    /// words (<see cref="Probe"/>; the default when it does not pack so).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int IndexOf(ReadOnlySpan<char> text, ShortText key)
    {
        if (key.IsPacked)
        {
            if (lastForm == LastForm.Short && key == lastPacked)
            {
                return lastIndex;
            }
            int index = Met(text, texts.Find(key), LastForm.Short);
            if (index >= 0)
            {
                lastPacked = key;
            }
            return index;
        }
        return text.IsEmpty ? 0 : IndexOfLonger(text);
    }

    /// <summary>The index of a code of some text that does not pack in two words, or -1 when it is not a well-formed code.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int IndexOfLonger(ReadOnlySpan<char> text)
    {
        if (LongText.TryPack(text, out LongText longKey))
        {
            if (lastForm == LastForm.Long && longKey == lastLong)
            {
                return lastIndex;
            }
            int index = Met(text, texts.Find(longKey), LastForm.Long);
            if (index >= 0)
            {
                lastLong = longKey;
            }
            return index;
        }
        return IndexOfUnpacked(text);
    }

    /// <summary>The index of a code of some text that packs in neither two words nor four, or -1 when it is not a well-formed code.</summary>
    private int IndexOfUnpacked(ReadOnlySpan<char> text)
    {
        int index;
        if (WideText.TryPack(text, out WideText wideKey))
        {
            if (lastForm == LastForm.Wide && wideKey == lastWide)
            {
                return lastIndex;
            }
            if ((index = Met(text, texts.Find(wideKey), LastForm.Wide)) >= 0)
            {
                lastWide = wideKey;
            }
            return index;
        }
        if (lastForm == LastForm.Text && text.SequenceEqual(last.AsSpan(0, lastLength)))
        {
            return lastIndex;
        }
        if ((index = Met(text, texts.Find(text), text.Length <= LastCapacity ? LastForm.Text : LastForm.None)) >= 0 && lastForm == LastForm.Text)
        {
            text.CopyTo(last);
            lastLength = text.Length;
        }
        return index;
    }

    /// <summary>
    /// The index of a code found (or -1 when it was not), adding it when new, and noted as the previous row's, in the
    /// form the caller then keeps: -1 when a new code is not well formed, the previous row's code then left as it was.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Met(ReadOnlySpan<char> text, int found, LastForm form)
    {
        if (found < 0 && (found = Add(text)) < 0)
        {
            return -1;
        }
        lastForm = form;
        lastIndex = found;
        return found;
    }

    /// <summary>Adds a code not met before, or returns -1 when it is not well formed (out of line: a row's code is nearly always met before).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
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

    /// <summary>The form in which the previous row's code is kept for comparing with the next row's.</summary>
    private enum LastForm : byte
    {
        /// <summary>None is kept (none yet, or a code longer than the buffer that is not packed).</summary>
        None,

        /// <summary>Packed in two words.</summary>
        Short,

        /// <summary>Packed in four words.</summary>
        Long,

        /// <summary>Packed in eight words.</summary>
        Wide,

        /// <summary>Its characters, in the column's buffer.</summary>
        Text,
    }
}
