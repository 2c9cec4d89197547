using System;

namespace Evaluation.IO.Columnar;

/// <summary>
/// A text packed into words (<see cref="LongText"/>, <see cref="WideText"/>): two packed texts are equal exactly when
/// their texts are, so that a table of them (<see cref="PackedSlots{TKey}"/>) finds a text without looking at its characters.
/// </summary>
/// <typeparam name="TSelf">The packed type itself.</typeparam>
internal interface IPackedText<TSelf> : IEquatable<TSelf>
    where TSelf : struct, IPackedText<TSelf>
{
    /// <summary>Whether this is a packed text rather than the default, which marks an empty slot.</summary>
    bool IsPacked { get; }

    /// <summary>A 64-bit hash of every bit of the packed words, whose low bits (a table's slot) each depend on every character.</summary>
    ulong Hash();
}
