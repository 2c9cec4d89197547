namespace Evaluation.IO.Csv;

/// <summary>What reading one file came to: rows read, records produced, rows rejected, or a file-level error.</summary>
/// <param name="File">The file name.</param>
/// <param name="Read">The data rows read (header excluded).</param>
/// <param name="Records">The rows turned into records.</param>
/// <param name="Rejected">The rows rejected; <see cref="Records"/> + <see cref="Rejected"/> = <see cref="Read"/>.</param>
/// <param name="Error">A problem with the whole file (a missing required column), or null.</param>
public sealed record CsvFileSummary(string File, long Read, long Records, long Rejected, string? Error)
{
    /// <summary>The line after the last row read: where more rows of the same file would begin.</summary>
    internal long NextLine { get; init; } = 2;
}
