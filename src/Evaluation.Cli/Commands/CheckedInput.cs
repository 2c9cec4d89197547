using System;
using System.Collections.Generic;
using System.Linq;
using System.CommandLine;
using System.IO;
using Evaluation.Core.Policies;
using Evaluation.IO.Csv;
using Evaluation.Reporting;
using Evaluation.Workbooks.Reading;

namespace Evaluation.Cli.Commands;

/// <summary>
/// What <c>validate</c> and <c>load</c> check a directory with: the policy, the calendar and the directory read
/// (workbooks converted); disposing it deletes the converted workbooks.
/// </summary>
internal sealed record CheckedInput(EvaluationPolicy Policy, CalendarChoice Calendar, ReportInput Input, WorkbookExports? Workbooks) : IDisposable
{
    /// <summary>Reads the options and the directory, or writes why they cannot be used and returns null.</summary>
    internal static CheckedInput? TryOpen(
        ParseResult parse, Argument<string> directory, Option<string> policy, Option<string[]> holidays, Option<bool> provisional, TextWriter error)
    {
        string? problem = null;
        if (!Options.TryPolicy(parse.GetValue(policy), out EvaluationPolicy? evaluationPolicy, ref problem))
        {
            error.WriteLine(problem);
            return null;
        }
        if (!CalendarOptions.TryChoose(parse.GetValue(holidays), parse.GetValue(provisional), error, out CalendarChoice? calendar))
        {
            return null;
        }
        return DataInput.TryRead(parse.GetValue(directory)!, error, Progress.For(error), out ReportInput? input, out WorkbookExports? workbooks)
            ? new CheckedInput(evaluationPolicy!, calendar!, input!, workbooks)
            : null;
    }

    /// <summary>A message naming the input's files as the user gave them (a converted workbook by its name).</summary>
    internal string Named(string message) => Workbooks?.InSourceNames(message) ?? message;

    /// <summary>Rejects named by where the user's files hold them (a converted workbook's by sheet, row and cell).</summary>
    internal IEnumerable<CsvReject> Located(IEnumerable<CsvReject> rejects) => Workbooks is null ? rejects : rejects.Select(Workbooks.Locate);

    /// <summary>A file of the format by the name the user gave it.</summary>
    internal string SourceName(string file) => Workbooks?.SourceName(file) ?? file;

    public void Dispose() => Workbooks?.Dispose();
}
