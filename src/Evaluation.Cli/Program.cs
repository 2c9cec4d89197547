using System;
using System.CommandLine;
using System.IO;
using System.Text;
using Evaluation.Cli.Commands;

namespace Evaluation.Cli;

/// <summary>The <c>evaluation</c> command: demo, report, validate, load, deadline and calendar.</summary>
public static class Program
{
    /// <summary>Runs the command.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>0 on success, 1 when records were rejected (the report is still produced), 2 on a usage error or unreadable input.</returns>
    public static int Main(string[] args)
    {
        if (ClusterHandOff.IsNeeded(args))
        {
            return ClusterHandOff.Run(args, Console.Error);
        }
        if (args.Length > 0)
        {
            Warmup.ForCommand(args[0]);
        }
        Console.OutputEncoding = Encoding.UTF8;
        using StreamWriter output = StandardOutput();
        return Run(args, output, Console.Error);
    }

    /// <summary>
    /// Standard output through a 64 KiB buffer, written out when full and when the command ends. <see cref="Console.Out"/>
    /// flushes every 256 characters, a system call each: a JSON report of a million rows spent more time in the kernel
    /// than in writing it (docs/performance.md).
    /// </summary>
    private static StreamWriter StandardOutput() =>
        new(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);

    /// <summary>Runs a command line; with <paramref name="guard"/> false an unexpected exception escapes (for the fuzzing harness, which must see it).</summary>
    internal static int Run(string[] args, TextWriter output, TextWriter error, bool guard = true)
    {
        var root = new RootCommand("Government-service rating (政务服务\"好差评\") reports: validate exports, apply the rules, print the official tables.")
        {
            DemoCommand.Create(output, error),
            ReportCommand.Create(output, error),
            ValidateCommand.Create(output, error),
            LoadCommand.Create(output, error),
            SiloCommand.Create(error),
            DeadlineCommand.Create(output, error),
            CalendarCommand.Create(output, error),
        };
        var verbose = new Option<bool>("--verbose") { Description = "On a failure, print the stack trace too.", Recursive = true };
        root.Options.Add(verbose);
        ParseResult parsed = root.Parse(args);
        try
        {
            int code = parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
            return parsed.Errors.Count > 0 && code != 0 ? Exit.Usage : code;
        }
        catch (Exception e) when (guard)
        {
            // The last resort: every expected problem has its own message and code (docs/errors.md); this one is a defect.
            output.Flush();
            Exception cause = e is AggregateException { InnerExceptions.Count: > 0 } all ? all.InnerExceptions[0] : e;
            error.WriteLine($"evaluation {parsed.CommandResult.Command.Name}: failed unexpectedly ({cause.GetType().Name}): {cause.Message}"
                + (parsed.GetValue(verbose) ? string.Empty : " Run again with --verbose for the stack trace, and report it."));
            if (parsed.GetValue(verbose))
            {
                error.WriteLine(e);
            }
            return Exit.Usage;
        }
    }
}
