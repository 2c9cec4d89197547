using System.Collections.Generic;
using System.IO;
using System.Linq;
using Evaluation.IO.Csv;

namespace Evaluation.Cli.Tests.Robustness;

/// <summary>What reading one file's text gives: each record written back as the format's line, each reject's place and code, and the summary.</summary>
internal sealed record FileOutcome(IReadOnlyList<string> Records, IReadOnlyList<string> Rejects, CsvFileSummary Summary)
{
    internal static FileOutcome Read(CsvFileKind kind, string text, int rowLimit = RowLengthGuard.DefaultLimit)
    {
        var records = new List<string>();
        var rejects = new List<string>();
        var reader = new CsvRecordReader(rowLimit);
        string file = CsvSchema.FileName(kind);
        using var input = new StringReader(text);
        void Reject(CsvReject r) => rejects.Add($"{r.Line} {r.Column} {r.Code}");
        void Add<T>(T record, System.Action<TextWriter, T> write)
        {
            using var line = new StringWriter();
            write(line, record);
            records.Add(line.ToString());
        }
        CsvFileSummary summary = kind switch
        {
            CsvFileKind.Cases => reader.ReadCases(input, file, s => Add(s.Record, CsvRecordWriter.Write), Reject),
            CsvFileKind.Ratings => reader.ReadRatings(input, file, s => Add(s.Record, CsvRecordWriter.Write), Reject),
            CsvFileKind.Appeals => reader.ReadAppeals(input, file, s => Add(s.Record, CsvRecordWriter.Write), Reject),
            CsvFileKind.Rectifications => reader.ReadRectifications(input, file, s => Add(s.Record, CsvRecordWriter.Write), Reject),
            CsvFileKind.FollowUps => reader.ReadFollowUps(input, file, s => Add(s.Record, CsvRecordWriter.Write), Reject),
            CsvFileKind.Matters => reader.ReadMatters(input, file, s => Add(s.Record, CsvRecordWriter.Write), Reject),
            CsvFileKind.Units => reader.ReadUnits(input, file, s => Add(s.Record, CsvRecordWriter.Write), Reject),
            CsvFileKind.Departments => reader.ReadDepartments(input, file, s => Add(s.Record, CsvRecordWriter.Write), Reject),
            _ => reader.ReadWindows(input, file, s => Add(s.Record, CsvRecordWriter.Write), Reject),
        };
        return new FileOutcome(records, rejects, summary);
    }

    internal bool SameAs(FileOutcome other) =>
        Records.SequenceEqual(other.Records) && Rejects.SequenceEqual(other.Rejects)
        && Summary.Read == other.Summary.Read && Summary.Rejected == other.Summary.Rejected && Summary.Error == other.Summary.Error;
}
