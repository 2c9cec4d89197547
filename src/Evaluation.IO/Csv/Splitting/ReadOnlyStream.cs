using System;
using System.IO;

namespace Evaluation.IO.Csv.Splitting;

/// <summary>A stream read once from start to end: no seeking, no writing.</summary>
internal abstract class ReadOnlyStream : Stream
{
    /// <inheritdoc/>
    public override bool CanRead => true;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => false;

    /// <inheritdoc/>
    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc/>
    public sealed override int Read(Span<byte> buffer)
    {
        int read = ReadBytes(buffer);
        BytesRead += read;
        return read;
    }

    /// <summary>The bytes given to readers so far: how far into <see cref="Stream.Length"/> reading has come.</summary>
    internal long BytesRead { get; private set; }

    /// <summary>Reads the next bytes into a buffer; none at the end.</summary>
    protected abstract int ReadBytes(Span<byte> buffer);

    /// <inheritdoc/>
    public override void Flush()
    {
    }

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
