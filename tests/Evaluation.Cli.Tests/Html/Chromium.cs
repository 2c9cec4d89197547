using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace Evaluation.Cli.Tests.Html;

/// <summary>
/// The operating system's Chromium, for tests that render a page in a real browser: found on the path (or at
/// <c>CHROMIUM_PATH</c>), and installed from the distribution's packages when absent and the tests run as root
/// (as on a fresh CI machine), so that one <c>dotnet test</c> needs no step by hand.
/// </summary>
internal static class Chromium
{
    private static readonly Lazy<string> Found = new(Locate);

    internal static string Path => Found.Value;

    private static string Locate()
    {
        string[] candidates =
        [
            Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? string.Empty,
            "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/snap/bin/chromium",
        ];
        string? found = candidates.FirstOrDefault(p => p.Length > 0 && File.Exists(p));
        if (found is not null)
        {
            return found;
        }
        if (OperatingSystem.IsLinux() && File.Exists("/usr/bin/apt-get") && Environment.UserName == "root")
        {
            Run("apt-get", "update -qq");
            Run("apt-get", "install -y -qq --no-install-recommends chromium fonts-noto-cjk");
            if (File.Exists("/usr/bin/chromium"))
            {
                return "/usr/bin/chromium";
            }
        }
        throw new InvalidOperationException("Chromium was not found: install the chromium package (apt-get install chromium), or set CHROMIUM_PATH; bash .ci/run installs it.");
    }

    private static void Run(string file, string arguments)
    {
        using Process process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
    }
}
