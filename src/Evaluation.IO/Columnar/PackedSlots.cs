using System.Runtime.CompilerServices;
using Evaluation.Core.Utility;

namespace Evaluation.IO.Columnar;

/// <summary>
/// An open-addressing table of packed texts, each beside its index in a <see cref="TextColumn"/>: a look-up hashes the
/// packed words, reads the slot its hash names (and the next ones on a collision) and compares words, never characters.
/// The column keeps the table at most half full (an eighth while it is small) and sizes it (<see cref="Grow"/>) as it
/// grows; a table with no text placed holds one empty slot, so that a column whose codes all take another form costs
/// no memory here.
/// </summary>
/// <typeparam name="TKey">The packed form.</typeparam>
internal sealed class PackedSlots<TKey>
    where TKey : unmanaged, IPackedText<TKey>
{
    private Slot[] slots = new Slot[1];
    private int size = 32;

    /// <summary>The index of a packed text placed, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int Find(TKey key)
    {
        Slot[] table = slots;
        int mask = table.Length - 1;
        for (int slot = unchecked((int)key.Hash()) & mask; ; slot = unchecked(slot + 1) & mask)
        {
            ref Slot entry = ref table[slot];
            if (entry.Key.Equals(key))
            {
                return entry.Index;
            }
            if (!entry.Key.IsPacked)
            {
                return -1;
            }
        }
    }

    /// <summary>
    /// Starts fetching the memory <see cref="Find"/> will read first for a packed text: its slot, which may cross into a
    /// second cache line, and the next, where a collision moves the look-up.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Probe(TKey key)
    {
        Slot[] table = slots;
        int mask = table.Length - 1;
        int slot = unchecked((int)key.Hash()) & mask;
        ref byte start = ref Unsafe.As<Slot, byte>(ref table[slot]);
        Prefetch.Line(ref start);
        Prefetch.Line(ref Unsafe.Add(ref start, Unsafe.SizeOf<Slot>() - 1));
        Prefetch.Line(ref Unsafe.Add(ref Unsafe.As<Slot, byte>(ref table[unchecked(slot + 1) & mask]), Unsafe.SizeOf<Slot>() - 1));
    }

    /// <summary>Puts a packed text not placed before, with its index, in the first free slot from its hash's.</summary>
    internal void Place(TKey key, int index)
    {
        if (slots.Length < size)
        {
            slots = WrittenArrays.New<Slot>(size);
        }
        int mask = slots.Length - 1;
        int free = unchecked((int)key.Hash()) & mask;
        while (slots[free].Key.IsPacked)
        {
            free = (free + 1) & mask;
        }
        slots[free] = new Slot { Key = key, Index = index };
    }

    /// <summary>
    /// Makes the table <paramref name="size"/> slots (a power of two, larger than before) for the texts to be placed
    /// again: an empty table of that size is made when the first of them is.
    /// </summary>
    internal void Grow(int size) => this.size = size;

    /// <summary>A packed text beside its index: empty while the text is the default.</summary>
    private struct Slot
    {
        internal TKey Key;
        internal int Index;
    }
}
