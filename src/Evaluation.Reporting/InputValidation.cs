using System.Collections.Generic;
using Evaluation.IO;
using Evaluation.IO.Csv;

namespace Evaluation.Reporting;

/// <summary>What checking an input against the rules (校验) came to, file by file: every record accepted or rejected with its reason.</summary>
/// <param name="Files">
/// Each file of the format that was present: rows read, records accepted (<see cref="CsvFileSummary.Records"/>) and
/// rejected, whether unreadable or breaking a rule, so that accepted + rejected = read per file.
/// </param>
/// <param name="Rejects">Every rejected record with its file, line, field and rule, in file order.</param>
/// <param name="FileErrors">Problems with a file as a whole (a header without a required column); such a file's rows are not read.</param>
public sealed record InputValidation(IReadOnlyList<CsvFileSummary> Files, IReadOnlyList<CsvReject> Rejects, IReadOnlyList<string> FileErrors)
{
    /// <summary>Rows read over all files.</summary>
    public required long Read { get; init; }

    /// <summary>Records accepted over all files.</summary>
    public required long AcceptedCount { get; init; }

    /// <summary>Records rejected over all files (read = accepted + rejected).</summary>
    public required long RejectedCount { get; init; }

    /// <summary>
    /// The accepted records of each kind, in file order, to hand on (to a database, another format): the cases and
    /// ratings are made one at a time as they are enumerated, from the tables they were read into, so that handing on
    /// millions of them holds none.
    /// </summary>
    public required DirectoryRecords Accepted { get; init; }
}
