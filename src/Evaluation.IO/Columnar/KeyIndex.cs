using System;
using System.Numerics;

namespace Evaluation.IO.Columnar;

/// <summary>
/// A set of keys (record identifiers) kept as characters in one arena, each with a dense index from 0 in order of first
/// addition: millions of identifiers without a string object each, found by their text without allocating. Each slot of
/// the open-addressing table holds a key's hash beside its index, so a probe reads one cache line unless hashes match.
/// </summary>
internal sealed class KeyIndex
{
    private char[] arena;
    private int used;
    private int[] starts;
    private ulong[] slots;
    private int count;

    internal KeyIndex(int expected = 1024)
    {
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(expected, 1024));
        starts = new int[capacity + 1];
        slots = new ulong[capacity * 2];
        arena = new char[capacity * 16];
    }

    /// <summary>The number of keys.</summary>
    internal int Count => count;

    /// <summary>The index of a key, added when new.</summary>
    internal int GetOrAdd(ReadOnlySpan<char> key, out bool added)
    {
        uint hash = Hash(key);
        int slot = Probe(key, hash);
        if (slots[slot] != 0)
        {
            added = false;
            return IndexIn(slots[slot]);
        }
        added = true;
        if (count + 1 == starts.Length)
        {
            Array.Resize(ref starts, ((starts.Length - 1) * 2) + 1);
        }
        if (used + key.Length > arena.Length)
        {
            Array.Resize(ref arena, Math.Max(arena.Length * 2, used + key.Length));
        }
        key.CopyTo(arena.AsSpan(used));
        used += key.Length;
        int index = count++;
        starts[count] = used;
        slots[slot] = ((ulong)hash << 32) | (uint)(index + 1);
        if (count * 2 > slots.Length)
        {
            Rehash();
        }
        return index;
    }

    /// <summary>The index of a key, or -1.</summary>
    internal int Find(ReadOnlySpan<char> key)
    {
        ulong entry = slots[Probe(key, Hash(key))];
        return entry == 0 ? -1 : IndexIn(entry);
    }

    /// <summary>The text of a key.</summary>
    internal ReadOnlySpan<char> At(int index) => arena.AsSpan(starts[index], starts[index + 1] - starts[index]);

    private static int IndexIn(ulong entry) => unchecked((int)(uint)entry) - 1;

    private int Probe(ReadOnlySpan<char> key, uint hash)
    {
        int mask = slots.Length - 1;
        for (int slot = (int)(hash & (uint)mask); ; slot = (slot + 1) & mask)
        {
            ulong entry = slots[slot];
            if (entry == 0 || ((uint)(entry >> 32) == hash && At(IndexIn(entry)).SequenceEqual(key)))
            {
                return slot;
            }
        }
    }

    private void Rehash()
    {
        ulong[] old = slots;
        slots = new ulong[old.Length * 2];
        int mask = slots.Length - 1;
        foreach (ulong entry in old)
        {
            if (entry == 0)
            {
                continue;
            }
            int slot = (int)((uint)(entry >> 32) & (uint)mask);
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }
            slots[slot] = entry;
        }
    }

    private static uint Hash(ReadOnlySpan<char> key)
    {
        unchecked
        {
            ulong h = 14695981039346656037;
            foreach (char c in key)
            {
                h = (h ^ c) * 1099511628211;
            }
            // FNV-1a mixes the low bits poorly; the finaliser of MurmurHash3 spreads every bit over the word.
            h = (h ^ (h >> 33)) * 0xff51afd7ed558ccd;
            h = (h ^ (h >> 33)) * 0xc4ceb9fe1a85ec53;
            return (uint)(h ^ (h >> 33));
        }
    }
}
