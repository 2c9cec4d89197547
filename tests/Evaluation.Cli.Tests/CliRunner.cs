using System;
using System.IO;
using System.Linq;

namespace Evaluation.Cli.Tests;

/// <summary>Runs the evaluation command in process and splits its tables into rows of cells.</summary>
internal static class CliRunner
{
    internal sealed record Result(int Code, string Output, string Error)
    {
        /// <summary>The rows of the table whose title contains <paramref name="title"/>, as cells split on runs of spaces.</summary>
        internal string[][] Rows(string title)
        {
            string[] lines = Output.Split('\n');
            int start = Array.FindIndex(lines, l => l.Contains(title, StringComparison.Ordinal));
            if (start < 0)
            {
                throw new InvalidOperationException($"No table titled {title} in:\n{Output}");
            }
            return [.. lines.Skip(start + 3).TakeWhile(l => l.Length > 0).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
        }
    }

    internal static Result Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = Program.Run(args, output, error);
        return new Result(code, output.ToString(), error.ToString());
    }
}
