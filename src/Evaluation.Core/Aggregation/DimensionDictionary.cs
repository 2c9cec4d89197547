using System;
using System.Collections.Generic;

namespace Evaluation.Core.Aggregation;

/// <summary>Dictionary-encodes one dimension: each distinct key gets a dense index from 1; index 0 means "none".</summary>
internal sealed class DimensionDictionary<T> where T : struct, IEquatable<T>
{
    private readonly Dictionary<T, int> indices = [];
    private readonly List<T?> keys = [null];

    internal int Count => keys.Count;

    internal int GetOrAdd(T? key)
    {
        if (key is not T k)
        {
            return 0;
        }
        if (!indices.TryGetValue(k, out int index))
        {
            index = keys.Count;
            indices.Add(k, index);
            keys.Add(k);
        }
        return index;
    }

    internal T? KeyAt(int index) => keys[index];

    internal bool TryGetIndex(T key, out int index) => indices.TryGetValue(key, out index);
}
