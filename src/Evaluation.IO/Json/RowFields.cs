using System;
using System.Collections.Immutable;
using Evaluation.Core.Metrics;

namespace Evaluation.IO.Json;

/// <summary>
/// One row's fields in arrays a writer reuses from row to row: what a <see cref="ReportRow"/> holds, without the objects
/// a row is made of. The names are the source's (<see cref="IRowFieldSource"/>), the same for every row.
/// </summary>
internal sealed class RowFields
{
    internal RowFields(int dimensions, int counts, int rates)
    {
        Codes = new string?[dimensions];
        DisplayNames = new string?[dimensions];
        Counts = new long[counts];
        Rates = new Rate[rates];
    }

    /// <summary>Each dimension's code (null for none), in the order of <see cref="IRowFieldSource.DimensionNames"/>.</summary>
    internal string?[] Codes { get; }

    /// <summary>Each dimension's display name, or null.</summary>
    internal string?[] DisplayNames { get; }

    /// <summary>The period's text, or null when the rows have no period.</summary>
    internal string? Period { get; set; }

    /// <summary>The counts, in the order of <see cref="IRowFieldSource.CountNames"/>.</summary>
    internal long[] Counts { get; }

    /// <summary>The rates, in the order of <see cref="IRowFieldSource.RateNames"/>.</summary>
    internal Rate[] Rates { get; }

    /// <summary>
    /// What the source that fills this buffer keeps with it from row to row (its own, null until it sets it): a buffer is
    /// filled by one thread at a time, so the source needs no state per thread.
    /// </summary>
    internal object? SourceScratch { get; set; }
}

/// <summary>
/// Rows a writer can read field by field into a <see cref="RowFields"/> rather than as <see cref="ReportRow"/> objects:
/// a report's rows made on demand offer this beside the rows themselves, with the same fields.
/// </summary>
internal interface IRowFieldSource
{
    /// <summary>The names of the dimensions (<c>unit</c>, <c>matter</c>), in the order of <see cref="RowFields.Codes"/>.</summary>
    ImmutableArray<string> DimensionNames { get; }

    /// <summary>The names of the counts, in the order of <see cref="RowFields.Counts"/>.</summary>
    ImmutableArray<string> CountNames { get; }

    /// <summary>The names of the rates, in the order of <see cref="RowFields.Rates"/>.</summary>
    ImmutableArray<string> RateNames { get; }

    /// <summary>Puts a row's fields into a buffer; safe to call on several threads at once, each with its own buffer.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No row has that index.</exception>
    void Fill(int index, RowFields fields);
}
