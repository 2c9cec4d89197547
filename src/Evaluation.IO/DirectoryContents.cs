using System.Collections.Immutable;
using System.Linq;
using Evaluation.Core.Validation;
using Evaluation.IO.Csv;

namespace Evaluation.IO;

/// <summary>What reading a data directory produced.</summary>
/// <param name="Records">The records that could be read, with their file and line.</param>
/// <param name="Rejects">The rows that could not be read.</param>
/// <param name="Files">A summary per file read.</param>
public sealed record DirectoryContents(RecordSet Records, ImmutableArray<CsvReject> Rejects, ImmutableArray<CsvFileSummary> Files)
{
    /// <summary>The data rows read over all files.</summary>
    public long Read => Files.Sum(f => f.Read);

    /// <summary>Files refused whole (a required column missing).</summary>
    public ImmutableArray<string> FileErrors => [.. Files.Where(f => f.Error is not null).Select(f => f.Error!)];
}
