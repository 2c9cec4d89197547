using System;
using System.IO;

namespace Evaluation.Cli.Tests;

/// <summary>A directory path of its own under the system's temporary directory, deleted with its files when disposed (it may never be created).</summary>
internal sealed class TemporaryDirectory : IDisposable
{
    internal string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "evaluation-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
