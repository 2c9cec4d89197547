using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Evaluation.IO.Csv;
using Evaluation.IO.Csv.Splitting;

namespace Evaluation.IO.Columnar;

/// <summary>
/// Reads <c>cases.csv</c> and <c>ratings.csv</c> into their tables on two cores: each file has its reader, and the
/// reader that finishes first takes the unread half of the other file (a <see cref="SplitFile"/>'s tail) into a table
/// of its own, appended afterwards, so that neither core waits while the other reads. Case numbers are matched as
/// soon as every case is read, while ratings may still be read.
/// </summary>
/// <param name="cases">The table the cases are read into.</param>
/// <param name="ratings">The table the ratings are read into.</param>
/// <param name="minimumTail">The fewest unread bytes worth a second reader.</param>
/// <param name="tailsFirst">Takes both tails before the heads are read, as if each reader were idle at once: a cut at the middle of each file, for tests.</param>
internal sealed class LargeFileReading(CaseTable cases, RatingTable ratings, long minimumTail, bool tailsFirst = false)
{
    /// <summary>The fewest unread bytes worth a second reader by default: 8 MiB, about 80,000 rows.</summary>
    internal const long DefaultMinimumTail = 8L << 20;

    /// <inheritdoc cref="DataDirectory.LargeFileReader"/>
    internal (CsvFileSummary? Cases, CsvFileSummary? Ratings) Read(
        string? casesPath, string? ratingsPath, Action<CsvFileSummary> done, Action<CsvReject> onCaseReject, Action<CsvReject> onRatingReject)
    {
        using SplitFile? casesFile = casesPath is null ? null : new SplitFile(casesPath, minimumTail);
        using SplitFile? ratingsFile = ratingsPath is null ? null : new SplitFile(ratingsPath, minimumTail);
        Stream? casesTailText = tailsFirst ? TakeTail(casesFile) : null;
        Stream? ratingsTailText = tailsFirst ? TakeTail(ratingsFile) : null;
        CsvFileSummary? casesHead = null, ratingsHead = null;
        Tail<CaseRow>? casesTail = null;
        Tail<RatingRow>? ratingsTail = null;
        // Once every case is read (the other core may have taken their tail), they are reported and their numbers matched.
        void CasesRead(CsvFileSummary summary)
        {
            done(summary);
            cases.Numbers.Prepare();
        }

        Parallel.Invoke(
            () =>
            {
                casesHead = ReadHead(casesFile, CsvFileKind.Cases, cases.Read, onCaseReject);
                if (casesHead is not null && casesFile!.Outcome != TailOutcome.Taken)
                {
                    CasesRead(casesHead);
                }
                var ratingsTailTable = new RatingTable();
                ratingsTail = ReadTail(ratingsFile, ratingsTailText, ratingsTailTable, CsvFileKind.Ratings, ratingsTailTable.Read);
            },
            () =>
            {
                ratingsHead = ReadHead(ratingsFile, CsvFileKind.Ratings, ratings.Read, onRatingReject);
                var casesTailTable = new CaseTable();
                casesTail = ReadTail(casesFile, casesTailText, casesTailTable, CsvFileKind.Cases, casesTailTable.Read);
            });
        if (casesFile?.Outcome == TailOutcome.Taken)
        {
            casesHead = Join(cases, casesHead!, casesTail, onCaseReject);
            CasesRead(casesHead);
        }
        ratingsHead = ratingsFile?.Outcome == TailOutcome.Taken ? Join(ratings, ratingsHead!, ratingsTail, onRatingReject) : ratingsHead;
        if (ratingsHead is not null)
        {
            done(ratingsHead);
        }
        return (casesHead, ratingsHead);
    }

    private static Stream? TakeTail(SplitFile? file) => file is not null && file.TryTakeTail(out Stream tail) ? tail : null;

    private static CsvFileSummary? ReadHead(SplitFile? file, CsvFileKind kind, Func<TextReader, string, Action<CsvReject>, CsvFileSummary> read, Action<CsvReject> onReject)
    {
        if (file is null)
        {
            return null;
        }
        using TextReader text = DataDirectory.OpenText(file.Head);
        CsvFileSummary summary = read(text, CsvSchema.FileName(kind), onReject);
        file.EndHead();
        return summary;
    }

    /// <summary>Reads a file's tail into a table of its own, when one is (or was already) taken.</summary>
    private static Tail<TRow>? ReadTail<TRow>(
        SplitFile? file, Stream? taken, ColumnarTable<TRow> table, CsvFileKind kind, Func<TextReader, string, Action<CsvReject>, CsvFileSummary> read)
        where TRow : struct, ICodedRow
    {
        if (taken is null && (file is null || !file.TryTakeTail(out taken)))
        {
            return null;
        }
        var rejects = new List<CsvReject>();
        using TextReader text = DataDirectory.OpenText(taken);
        return new Tail<TRow>(table, read(text, CsvSchema.FileName(kind), rejects.Add), rejects);
    }

    /// <summary>
    /// Appends a tail to the table its head was read into, with its lines shifted by the head's, unless the head was
    /// refused (it then read the whole file itself) or its header was refused (the tail's then was too).
    /// </summary>
    private static CsvFileSummary Join<TRow>(ColumnarTable<TRow> table, CsvFileSummary head, Tail<TRow>? tail, Action<CsvReject> onReject)
        where TRow : struct, ICodedRow
    {
        if (tail is null || head.Error is not null)
        {
            return head;
        }
        // The tail's rows are numbered from its header line (1), the head's last row ends before NextLine.
        int shift = checked((int)(head.NextLine - 2));
        table.AppendTail(tail.Table, shift);
        foreach (CsvReject reject in tail.Rejects)
        {
            onReject(reject with { Line = reject.Line + shift });
        }
        CsvFileSummary more = tail.Summary;
        return head with
        {
            Read = head.Read + more.Read,
            Records = head.Records + more.Records,
            Rejected = head.Rejected + more.Rejected,
            NextLine = more.NextLine + shift,
        };
    }

    /// <summary>A tail read into a table of its own, with its summary and its rejected rows, numbered from its header line.</summary>
    private sealed record Tail<TRow>(ColumnarTable<TRow> Table, CsvFileSummary Summary, List<CsvReject> Rejects)
        where TRow : struct, ICodedRow;
}
