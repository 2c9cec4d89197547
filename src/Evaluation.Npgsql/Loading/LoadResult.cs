using System.Collections.Generic;
using Evaluation.IO.Csv;

namespace Evaluation.Npgsql.Loading;

/// <summary>What loading one file wrote (装载结果).</summary>
/// <param name="File">The file, for example <c>ratings.csv</c>.</param>
/// <param name="Read">Rows read.</param>
/// <param name="Rejected">Rows rejected, unreadable or breaking a rule; not written.</param>
/// <param name="Written">Accepted records written.</param>
/// <param name="AlreadyPresent">Accepted records whose key the table already held (loaded before); not written again.</param>
public sealed record LoadedFile(string File, long Read, long Rejected, long Written, long AlreadyPresent);

/// <summary>What loading a directory came to: each file, and every rejected row as <c>validate</c> reports it.</summary>
/// <param name="Files">Each file of the format that was present, in load order.</param>
/// <param name="Rejects">Every rejected row with its file, line, field and rule.</param>
/// <param name="FileErrors">Problems with a file as a whole; nothing is loaded when there is any.</param>
public sealed record LoadResult(IReadOnlyList<LoadedFile> Files, IReadOnlyList<CsvReject> Rejects, IReadOnlyList<string> FileErrors);
