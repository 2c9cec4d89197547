using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Evaluation.Cli.Commands;

/// <summary>
/// The cluster's commands (<c>silo</c>, <c>report --cluster</c>) in the tool compiled ahead of time (native AOT, the
/// tool installed on linux-x64). Microsoft Orleans finds its parts by loading assemblies by name, which native code
/// cannot do, so the native tool hands such a command line to the framework-dependent build packed beside it
/// (<c>managed/evaluation.dll</c>), run by the <c>dotnet</c> host in place of this process (<c>execv</c>): the command
/// keeps the same standard streams, receives the same signals (a silo stops on Ctrl+C or <c>SIGTERM</c>) and ends with
/// its own exit code. Every other command runs natively.
/// </summary>
internal static partial class ClusterHandOff
{
    /// <summary>The framework-dependent build's entry assembly, relative to the tool's directory.</summary>
    internal const string ManagedBuild = "managed/evaluation.dll";

    /// <summary>Whether this process must hand the command line on: it runs native code and the command is the cluster's.</summary>
    internal static bool IsNeeded(string[] args) => !RuntimeFeature.IsDynamicCodeSupported && NamesCluster(args);

    /// <summary>Whether a command line runs a silo or a report on a cluster (<c>--cluster VALUE</c>, <c>--cluster=VALUE</c>, <c>--cluster:VALUE</c>).</summary>
    internal static bool NamesCluster(string[] args) =>
        args.Length > 0
        && (args[0] == "silo"
            || (args[0] == "report" && args.Skip(1).Any(a => a == "--cluster" || a.StartsWith("--cluster=", StringComparison.Ordinal) || a.StartsWith("--cluster:", StringComparison.Ordinal))));

    /// <summary>
    /// Replaces this process with <c>dotnet managed/evaluation.dll ARGS</c>; returns (with the usage error's code, the
    /// reason written) only when that cannot be done.
    /// </summary>
    internal static int Run(string[] args, TextWriter error)
    {
        string managed = Path.Combine(AppContext.BaseDirectory, ManagedBuild);
        if (!File.Exists(managed))
        {
            error.WriteLine($"evaluation {args[0]}: the cluster's commands run on the framework-dependent build, which is not installed beside this one ({managed}); install the tool with `dotnet tool install` or run it with `dotnet run --project src/Evaluation.Cli`.");
            return Exit.Usage;
        }
        if (DotnetHost() is not string host)
        {
            error.WriteLine($"evaluation {args[0]}: the cluster's commands run on the .NET runtime, and no `dotnet` was found on PATH or in DOTNET_ROOT.");
            return Exit.Usage;
        }
        error.Flush();
        Execv(host, [host, managed, .. args, null]);
        error.WriteLine($"evaluation {args[0]}: could not start {host} (error {Marshal.GetLastPInvokeError()}).");
        return Exit.Usage;
    }

    /// <summary>The <c>dotnet</c> host: the one on PATH, else the one in DOTNET_ROOT; null when there is none.</summary>
    private static string? DotnetHost()
    {
        string[] places =
        [
            .. (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries),
            Environment.GetEnvironmentVariable("DOTNET_ROOT") ?? string.Empty,
        ];
        return places.Where(place => place.Length > 0).Select(place => Path.Combine(place, "dotnet")).FirstOrDefault(File.Exists);
    }

    /// <summary>The C library's <c>execv</c>: runs a program in place of this process, returning only on failure.</summary>
    [LibraryImport("libc", EntryPoint = "execv", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Execv(string path, string?[] argv);
}
