using System;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Evaluation.Core.Aggregation;

/// <summary>
/// Dictionary-encodes one dimension by its codes' text: each distinct code gets a dense index from 1; index 0 means
/// "none". An open-addressing table of the codes themselves, hashed by a fixed (not per-process) function of their
/// characters: a code parsed once and shared between records, as readers and catalogues share them, is recognised by
/// reference before its text is compared, and a code repeating the previous one (rows sorted by unit) is not looked up.
/// </summary>
internal sealed class DimensionDictionary
{
    private string?[] keys = new string?[16];
    private int[] slots = new int[32];
    private int[] hashes = new int[16];
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

    private int Find(string key)
    {
        int hash = Hash(key);
        int mask = slots.Length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            int index = slots[slot];
            if (index == 0)
            {
                return Add(key, hash, slot);
            }
            string? candidate = keys[index];
            if (ReferenceEquals(candidate, key) || (hashes[index] == hash && string.Equals(candidate, key, StringComparison.Ordinal)))
            {
                return index;
            }
        }
    }

    /// <summary>The code of an index; null for 0.</summary>
    internal string? KeyAt(int index) => keys[index];

    private int Add(string key, int hash, int slot)
    {
        if (count == keys.Length)
        {
            Array.Resize(ref keys, keys.Length * 2);
            Array.Resize(ref hashes, hashes.Length * 2);
        }
        int index = count++;
        keys[index] = key;
        hashes[index] = hash;
        slots[slot] = index;
        if (count * 2 > slots.Length)
        {
            Rehash();
        }
        return index;
    }

    private void Rehash()
    {
        slots = new int[slots.Length * 2];
        int mask = slots.Length - 1;
        for (int index = 1; index < count; index++)
        {
            int slot = hashes[index] & mask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }
            slots[slot] = index;
        }
    }

    /// <summary>A fixed hash of the characters (FNV-1a over UTF-16 units, then mixed), the same in every process.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(string key)
    {
        unchecked
        {
            uint h = 2166136261;
            foreach (char c in key)
            {
                h = (h ^ c) * 16777619;
            }
            return (int)BitOperations.RotateLeft(h * 0x9E3779B1u, 15) & int.MaxValue;
        }
    }
}
