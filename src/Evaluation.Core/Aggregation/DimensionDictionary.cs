using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Evaluation.Core.Utility;

namespace Evaluation.Core.Aggregation;

/// <summary>
/// Dictionary-encodes one dimension by its codes' text: each distinct code gets a dense index from 1; index 0 means
/// "none". An open-addressing table whose slots hold the code, its index and its hash side by side, so that a look-up
/// reads one slot; codes are hashed by a fixed (not per-process) function of their characters. A code parsed once and
/// shared between records, as readers and catalogues share them, is recognised by reference before its text is
/// compared, and a code repeating the previous one (rows sorted by unit) is not looked up.
/// </summary>
internal sealed class DimensionDictionary
{
    private string?[] keys = new string?[16];
    private Slot[] slots = new Slot[32];
    private int count = 1;
    private string? lastKey;
    private int lastIndex;

    /// <summary>The number of indices handed out, counting index 0 ("none").</summary>
    internal int Count => count;

    /// <summary>The index of a code, added when new; 0 for none.</summary>
    internal int GetOrAdd(string? key)
    {
        if (key is null)
        {
            return 0;
        }
        if (ReferenceEquals(key, lastKey))
        {
            return lastIndex;
        }
        lastIndex = Find(key);
        lastKey = key;
        return lastIndex;
    }

    /// <summary>
    /// Starts fetching a code's characters, which its look-up hashes: codes shared between records lie wherever their
    /// objects were made, and a catalogue of tens of thousands of them is larger than a core's caches.
    /// </summary>
    internal static void FetchText(string? key)
    {
        if (key is not null)
        {
            // The first character's address, without reading the length a span would.
            Prefetch.Line(ref Unsafe.AsRef(in key.GetPinnableReference()));
        }
    }

    /// <summary>Starts fetching the slot where the look-up of a code whose characters are at hand (<see cref="FetchText"/>) will begin.</summary>
    internal void FetchSlot(string? key)
    {
        if (key is not null)
        {
            Prefetch.Line(ref slots[Hash(key) & (slots.Length - 1)]);
        }
    }

    /// <summary>The code of an index; null for 0.</summary>
    internal string? KeyAt(int index) => keys[index];

    private int Find(string key)
    {
        int hash = Hash(key);
        int mask = slots.Length - 1;
        for (int at = hash & mask; ; at = (at + 1) & mask)
        {
            ref Slot slot = ref slots[at];
            if (slot.Index == 0)
            {
                return Add(key, hash, at);
            }
            if (ReferenceEquals(slot.Key, key) || (slot.Hash == hash && string.Equals(slot.Key, key, StringComparison.Ordinal)))
            {
                return slot.Index;
            }
        }
    }

    private int Add(string key, int hash, int at)
    {
        if (count == keys.Length)
        {
            Array.Resize(ref keys, keys.Length * 2);
        }
        int index = count++;
        keys[index] = key;
        slots[at] = new Slot(key, index, hash);
        if (count * 2 > slots.Length)
        {
            Rehash();
        }
        return index;
    }

    private void Rehash()
    {
        Slot[] old = slots;
        slots = new Slot[old.Length * 2];
        int mask = slots.Length - 1;
        foreach (Slot slot in old)
        {
            if (slot.Index != 0)
            {
                int at = slot.Hash & mask;
                while (slots[at].Index != 0)
                {
                    at = (at + 1) & mask;
                }
                slots[at] = slot;
            }
        }
    }

    /// <summary>A fixed hash of the characters, four UTF-16 units at a time (a multiply-rotate step each), then mixed; the same in every process.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(string key)
    {
        unchecked
        {
            ReadOnlySpan<ulong> words = MemoryMarshal.Cast<char, ulong>(key.AsSpan());
            ulong h = 0x9E3779B97F4A7C15 ^ (ulong)key.Length;
            foreach (ulong word in words)
            {
                h = BitOperations.RotateLeft((h ^ word) * 0xff51afd7ed558ccd, 29);
            }
            for (int i = words.Length * 4; i < key.Length; i++)
            {
                h = BitOperations.RotateLeft((h ^ key[i]) * 0xff51afd7ed558ccd, 29);
            }
            h ^= h >> 32;
            h *= 0xc4ceb9fe1a85ec53;
            return (int)(h >> 33);
        }
    }

    /// <summary>A code, its index (0: the slot is empty) and its hash.</summary>
    private readonly record struct Slot(string? Key, int Index, int Hash);
}
