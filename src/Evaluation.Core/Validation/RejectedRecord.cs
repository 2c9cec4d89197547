using System.Collections.Immutable;
using System.Linq;

namespace Evaluation.Core.Validation;

/// <summary>A record that validation rejected, with every rule it broke.</summary>
/// <param name="Kind">The record's kind.</param>
/// <param name="Key">The record's identity, for example the rating id or the case number.</param>
/// <param name="Source">Where it came from, when known.</param>
/// <param name="Problems">The rules it broke; at least one.</param>
public sealed record RejectedRecord(RecordKind Kind, string Key, SourcePosition? Source, ImmutableArray<RecordProblem> Problems)
{
    /// <inheritdoc />
    public override string ToString() => $"{Kind} {Key} ({Source?.ToString() ?? "api"}): {string.Join("; ", Problems.Select(p => p.ToString()))}";
}
