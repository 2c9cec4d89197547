using System;
using System.IO;

namespace Evaluation.IO.Tests;

/// <summary>A file of given bytes in the temporary folder, deleted on disposal.</summary>
internal sealed class TempFile : IDisposable
{
    internal TempFile(byte[] content)
    {
        Path = System.IO.Path.GetTempFileName();
        File.WriteAllBytes(Path, content);
    }

    internal string Path { get; }

    public void Dispose() => File.Delete(Path);
}
