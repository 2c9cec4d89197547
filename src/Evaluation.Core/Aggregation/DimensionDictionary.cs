using System;
using System.Collections.Generic;

namespace Evaluation.Core.Aggregation;

/// <summary>
/// Dictionary-encodes one dimension by its codes' text: each distinct code gets a dense index from 1; index 0 means
/// "none". Codes parsed once and shared between records (as readers and catalogues do) are found by reference first,
/// which costs no string hashing.
/// </summary>
internal sealed class DimensionDictionary
{
    private readonly Dictionary<string, int> byText = new(StringComparer.Ordinal);
    private readonly Dictionary<object, int> byReference = new(ReferenceEqualityComparer.Instance);
    private readonly List<string?> keys = [null];

    internal int Count => keys.Count;

    internal int GetOrAdd(string? key)
    {
        if (key is null)
        {
            return 0;
        }
        if (byReference.TryGetValue(key, out int index))
        {
            return index;
        }
        if (!byText.TryGetValue(key, out index))
        {
            index = keys.Count;
            byText.Add(key, index);
            keys.Add(key);
        }
        if (byReference.Count < 1 << 20)
        {
            byReference[key] = index;
        }
        return index;
    }

    internal string? KeyAt(int index) => keys[index];
}
