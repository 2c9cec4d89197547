using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;

namespace Evaluation.EndToEnd.Benchmarks;

/// <summary>
/// Runs a .NET program in a process of its own, as a user would, from its start to its exit, its standard output sent
/// to <c>/dev/null</c> by the shell (as <c>hyperfine</c> does by default), so that the time is the program's alone: read
/// through a pipe by this process, the 1 GB a report by matter and month writes would also cost this process's reading
/// on the same two cores, which DuckDB's run (no output) does not pay.
/// </summary>
internal static class ChildProcess
{
    /// <summary>Runs a program with its arguments; fails unless it exits 0.</summary>
    /// <param name="arguments">The program (<c>dotnet</c> and an assembly, or an executable), then its arguments.</param>
    /// <returns>The time from the start to the exit, and the process's largest resident set as last seen (Linux's <c>VmHWM</c>, read every 20 ms; 0 elsewhere).</returns>
    internal static (TimeSpan Elapsed, long PeakBytes) Run(IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec \"$@\" > /dev/null");
        start.ArgumentList.Add("sh");
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        var clock = Stopwatch.StartNew();
        using Process process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        long peak = 0;
        while (!process.WaitForExit(20))
        {
            peak = Math.Max(peak, HighWaterMark(process.Id));
        }
        process.WaitForExit();
        TimeSpan elapsed = clock.Elapsed;
        return process.ExitCode == 0
            ? (elapsed, peak)
            : throw new InvalidOperationException($"{string.Join(" ", arguments)} exited {process.ExitCode}.");
    }

    /// <summary>The largest resident set of a running process so far, from <c>/proc</c>; 0 when it cannot be read.</summary>
    private static long HighWaterMark(int pid)
    {
        try
        {
            foreach (string line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        return 0;
    }
}
