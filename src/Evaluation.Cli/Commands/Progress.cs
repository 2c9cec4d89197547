using System;
using System.Diagnostics;
using System.IO;
using Evaluation.Reporting;

namespace Evaluation.Cli.Commands;

/// <summary>Progress lines on standard error, with elapsed time; silent when standard error is redirected or not the console.</summary>
internal sealed class Progress(TextWriter error, bool enabled) : IProgress<ReportProgress>, IProgress<string>
{
    private readonly Stopwatch clock = Stopwatch.StartNew();

    internal static Progress For(TextWriter error) =>
        new(error, ReferenceEquals(error, Console.Error) && (!Console.IsErrorRedirected || Environment.GetEnvironmentVariable("EVALUATION_PROGRESS") == "1"));

    /// <summary>Writes a stage of a report's preparation as it starts.</summary>
    public void Report(ReportProgress value) => Report(value.Description);

    /// <summary>Writes a line of progress.</summary>
    public void Report(string message)
    {
        if (enabled)
        {
            error.WriteLine(FormattableString.Invariant($"[{clock.Elapsed.TotalSeconds,6:F1}s] {message}"));
        }
    }
}
