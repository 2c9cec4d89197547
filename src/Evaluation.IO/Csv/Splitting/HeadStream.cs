using System;
using System.IO;

namespace Evaluation.IO.Csv.Splitting;

/// <summary>The part of a <see cref="SplitFile"/> its first reader reads: from the start to the cut, if one is confirmed.</summary>
internal sealed class HeadStream(SplitFile file) : ReadOnlyStream
{
    /// <inheritdoc/>
    public override long Length => file.Length;

    /// <inheritdoc/>
    protected override int ReadBytes(Span<byte> buffer) => file.ReadHead(buffer);
}
