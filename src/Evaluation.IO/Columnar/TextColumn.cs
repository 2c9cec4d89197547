using System;
using System.Collections.Generic;
using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Evaluation.Core.Utility;

namespace Evaluation.IO.Columnar;

/// <summary>
/// Dictionary-encodes a column of codes: each distinct text gets a dense index from 1, 0 being "none", so that rows
/// hold an integer rather than a reference the garbage collector would have to trace; texts are found from a row's
/// characters without allocating.
/// </summary>
/// <remarks>
/// Looking a text up is the reader's most frequent step (four code columns a row), and a catalogue of tens of
/// thousands of matters is larger than a processor's nearest caches when each code is a string object behind a
/// dictionary entry. So the texts' characters are kept end to end in one array and found through an open-addressing
/// table of 64-bit slots, each the index of a text beside 32 bits of its hash (XxHash3 of all its characters): a
/// look-up reads one slot, compares characters only when the stored bits match, and touches about a third of the
/// memory the dictionary did. Most codes are short ASCII text: each text of at most 16 ASCII characters is found packed
/// (<see cref="ShortText"/>), in a table of its own whose slots hold the packed text beside its index: such a text is
/// hashed and compared in a few integer operations, and its look-up reads one slot, whose line can be fetched ahead
/// (<see cref="Probe(ShortText)"/>) while the row's other fields are read. Texts of 17 to 32 ASCII characters, as other
/// platforms' codes often are, are packed in four words (<see cref="LongText"/>), and texts of 33 to 64 (GUIDs among
/// them) in eight (<see cref="WideText"/>), and found the same way in tables of their own (<see cref="PackedSlots{TKey}"/>).
/// </remarks>
internal sealed class TextColumn
{
    /// <summary>
    /// Below this many slots, a column's tables are kept at most an eighth full, and at most half full from there on. A
    /// catalogue of a few thousand codes (departments, windows) is then found at its first slot nearly every time: a
    /// text met in a slot not its own costs the look-up a branch the processor cannot foresee, which, more than the
    /// memory, is what a look-up in a small, half-full table spends. Large catalogues (tens of thousands of matters)
    /// stay half full, where a larger table would cost more in the caches than the collisions it saves.
    /// </summary>
    private const int SparseBelow = 1 << 16;

    private readonly List<string?> texts = [null];
    private char[] arena = new char[256];
    private int[] ends = new int[16];
    private int size = 32; // the slots of each table holding texts; a table holding none is one empty slot
    private ulong[] slots = new ulong[1]; // the texts' table that no packed form holds
    private PackedSlot[] packedSlots = new PackedSlot[1]; // the packed texts' open-addressing table
    private readonly PackedSlots<LongText> longSlots = new(); // the long packed texts' (17 to 32 characters)
    private readonly PackedSlots<WideText> wideSlots = new(); // the wide packed texts' (33 to 64 characters)

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

    /// <summary>The index of a text already met (0 for empty text), or -1: nothing is added.</summary>
    internal int Find(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return 0;
        }
        if (ShortText.TryPack(text, out ShortText key))
        {
            return Find(key);
        }
        if (LongText.TryPack(text, out LongText longKey))
        {
            return Find(longKey);
        }
        if (WideText.TryPack(text, out WideText wideKey))
        {
            return Find(wideKey);
        }
        ulong hash = Hash(text);
        uint tag = (uint)(hash >> 32);
        int mask = slots.Length - 1;
        for (int slot = unchecked((int)hash) & mask; ; slot = (slot + 1) & mask)
        {
            ulong entry = slots[slot];
            if (entry == 0)
            {
                return -1;
            }
            int index = unchecked((int)(uint)entry);
            if ((uint)(entry >> 32) == tag && TextAt(index).SequenceEqual(text))
            {
                return index;
            }
        }
    }

    /// <summary>The index of a packed text already met, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int Find(ShortText key)
    {
        PackedSlot[] table = packedSlots;
        int mask = table.Length - 1;
        for (int slot = unchecked((int)key.Hash()) & mask; ; slot = unchecked(slot + 1) & mask)
        {
            ref PackedSlot entry = ref table[slot];
            if (entry.Key == key)
            {
                return entry.Index;
            }
            if (!entry.Key.IsPacked)
            {
                return -1;
            }
        }
    }

    /// <summary>The index of a long packed text already met, or -1.</summary>
    internal int Find(LongText key) => longSlots.Find(key);

    /// <summary>The index of a wide packed text already met, or -1.</summary>
    internal int Find(WideText key) => wideSlots.Find(key);

    /// <summary>Starts fetching the slot a long packed text's look-up will read first (and the next), as <see cref="Probe(ShortText)"/> does.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Probe(LongText key) => longSlots.Probe(key);

    /// <summary>Starts fetching the slot a wide packed text's look-up will read first (and the next), as <see cref="Probe(ShortText)"/> does.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Probe(WideText key) => wideSlots.Probe(key);

    /// <summary>
    /// Starts fetching the slot where <see cref="Find(ShortText)"/> will begin to look for a packed text (and the next,
    /// where a collision moves it), so that the look-up, made after other work, finds it in the cache.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Probe(ShortText key)
    {
        PackedSlot[] table = packedSlots;
        int slot = unchecked((int)key.Hash()) & (table.Length - 1);
        Prefetch.Line(ref table[slot]);
        Prefetch.Line(ref table[unchecked(slot + 1) & (table.Length - 1)]);
    }

    /// <summary>Adds a text not met before and returns its index.</summary>
    internal int Add(string text)
    {
        int index = texts.Count;
        texts.Add(text);
        if (index == ends.Length)
        {
            Array.Resize(ref ends, ends.Length * 2);
        }
        int start = ends[index - 1];
        if (start + text.Length > arena.Length)
        {
            Array.Resize(ref arena, Math.Max(arena.Length * 2, start + text.Length));
        }
        text.CopyTo(arena.AsSpan(start));
        ends[index] = start + text.Length;
        if (index * (size < SparseBelow ? 8 : 2) > size)
        {
            Rehash(size * 2);
        }
        Place(index);
        return index;
    }

    /// <summary>A slot of the packed texts' table: a packed text and its index (empty while the key is the default), half a cache line.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 32)]
    private struct PackedSlot
    {
        internal ShortText Key;
        internal int Index;
    }

    private ReadOnlySpan<char> TextAt(int index) => arena.AsSpan(ends[index - 1], ends[index] - ends[index - 1]);

    /// <summary>Puts an index in the first free slot from its hash's: of the packed texts' table if its text packs.</summary>
    private void Place(int index)
    {
        if (ShortText.TryPack(TextAt(index), out ShortText key))
        {
            if (packedSlots.Length < size)
            {
                packedSlots = WrittenArrays.New<PackedSlot>(size);
            }
            int packedMask = packedSlots.Length - 1;
            int free = unchecked((int)key.Hash()) & packedMask;
            while (packedSlots[free].Key.IsPacked)
            {
                free = (free + 1) & packedMask;
            }
            packedSlots[free] = new PackedSlot { Key = key, Index = index };
            return;
        }
        if (LongText.TryPack(TextAt(index), out LongText longKey))
        {
            longSlots.Place(longKey, index);
            return;
        }
        if (WideText.TryPack(TextAt(index), out WideText wideKey))
        {
            wideSlots.Place(wideKey, index);
            return;
        }
        if (slots.Length < size)
        {
            slots = WrittenArrays.New<ulong>(size);
        }
        ulong hash = Hash(TextAt(index));
        int mask = slots.Length - 1;
        int slot = unchecked((int)hash) & mask;
        while (slots[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }
        slots[slot] = (hash & 0xFFFF_FFFF_0000_0000UL) | unchecked((uint)index);
    }

    /// <summary>
    /// Makes every table <paramref name="size"/> slots and places the texts again: each table is made anew when the
    /// first of its texts is placed, and a form no text takes keeps its one empty slot, so that a column of long codes
    /// spends no memory on the short codes' table nor on the table of texts no form holds.
    /// </summary>
    private void Rehash(int size)
    {
        this.size = size;
        slots = new ulong[1];
        packedSlots = new PackedSlot[1];
        longSlots.Grow(size);
        wideSlots.Grow(size);
        for (int index = 1; index < texts.Count - 1; index++)
        {
            Place(index);
        }
    }

    private static ulong Hash(ReadOnlySpan<char> text) => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(text));
}
