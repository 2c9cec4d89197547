using System;
using System.IO;

namespace Evaluation.IO.Csv.Splitting;

/// <summary>
/// The part of a <see cref="SplitFile"/> a second reader takes, read as a file of its own: the header line, then the
/// bytes from the cut to the end. It ends early when the cut is refused.
/// </summary>
internal sealed class TailStream : ReadOnlyStream
{
    private readonly SplitFile file;
    private readonly byte[] header;
    private readonly FileStream rest;
    private int headerRead;

    internal TailStream(SplitFile file, byte[] header, long cut)
    {
        this.file = file;
        this.header = header;
        rest = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        rest.Position = cut;
        Length = header.Length + (file.Length - cut);
    }

    /// <inheritdoc/>
    public override long Length { get; }

    /// <inheritdoc/>
    protected override int ReadBytes(Span<byte> buffer)
    {
        if (file.TailRefused)
        {
            return 0;
        }
        if (headerRead < header.Length)
        {
            int count = Math.Min(buffer.Length, header.Length - headerRead);
            header.AsSpan(headerRead, count).CopyTo(buffer);
            headerRead += count;
            return count;
        }
        return rest.Read(buffer);
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            rest.Dispose();
        }
        base.Dispose(disposing);
    }
}
