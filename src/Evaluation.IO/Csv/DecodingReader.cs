using System;
using System.IO;
using System.Text;

namespace Evaluation.IO.Csv;

/// <summary>
/// Reads a file's text as <see cref="StreamReader"/> does, with the same byte-order-mark detection (UTF-8 unless the
/// file opens with the mark of UTF-8, UTF-16 or UTF-32) and the same decoders (an invalid byte becomes U+FFFD), but
/// decodes each block of bytes straight into the caller's characters: a stream reader decodes into a buffer of its own
/// and copies from it, which for a file of gigabytes is a second pass over every character.
/// </summary>
internal sealed class DecodingReader : TextReader
{
    private readonly Stream stream;
    private readonly Encoding encoding;
    private readonly byte[] bytes;
    private readonly char[] pending = new char[2]; // a code point decoded for a caller who asked for one character, or peeked
    private int byteStart;
    private int byteEnd;
    private int pendingStart;
    private int pendingEnd;
    private Decoder? decoder;
    private bool streamDone;
    private bool flushed;

    /// <summary>Reads <paramref name="stream"/> in blocks of <paramref name="bufferBytes"/>, decoded with <paramref name="encoding"/> unless a byte-order mark names another.</summary>
    internal DecodingReader(Stream stream, Encoding encoding, int bufferBytes)
    {
        this.stream = stream;
        this.encoding = encoding;
        bytes = new byte[Math.Max(bufferBytes, 16)];
    }

    /// <summary>The stream read, whose position tells how far the reading has come.</summary>
    internal Stream BaseStream => stream;

    /// <inheritdoc/>
    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    /// <inheritdoc/>
    public override int Read(Span<char> destination)
    {
        if (destination.IsEmpty)
        {
            return 0;
        }
        if (pendingStart < pendingEnd)
        {
            int given = Math.Min(destination.Length, pendingEnd - pendingStart);
            pending.AsSpan(pendingStart, given).CopyTo(destination);
            pendingStart += given;
            return given;
        }
        if (destination.Length == 1)
        {
            // One character asked for: a code point beyond the basic plane takes two, so one is kept for the next read.
            pendingStart = 0;
            pendingEnd = Decode(pending);
            return pendingEnd == 0 ? 0 : Read(destination);
        }
        return Decode(destination);
    }

    /// <inheritdoc/>
    public override int Read()
    {
        int next = Peek();
        if (next >= 0)
        {
            pendingStart++;
        }
        return next;
    }

    /// <inheritdoc/>
    public override int Peek()
    {
        if (pendingStart == pendingEnd)
        {
            pendingStart = 0;
            pendingEnd = Decode(pending);
        }
        return pendingStart < pendingEnd ? pending[pendingStart] : -1;
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            stream.Dispose();
        }
        base.Dispose(disposing);
    }

    /// <summary>Decodes into <paramref name="destination"/> (at least two characters) until it holds some, or the stream ends.</summary>
    private int Decode(Span<char> destination)
    {
        decoder ??= DetectDecoder();
        while (true)
        {
            if (byteStart == byteEnd)
            {
                if (streamDone)
                {
                    if (flushed)
                    {
                        return 0;
                    }
                    // A sequence cut short by the end of the file becomes U+FFFD, as a stream reader's does.
                    flushed = true;
                    decoder.Convert(ReadOnlySpan<byte>.Empty, destination, flush: true, out _, out int last, out _);
                    return last;
                }
                Fill();
                continue;
            }
            decoder.Convert(bytes.AsSpan(byteStart, byteEnd - byteStart), destination, flush: false, out int used, out int written, out _);
            byteStart += used;
            if (written > 0)
            {
                return written;
            }
        }
    }

    /// <summary>Reads the next block of bytes after those not yet decoded, or notes the end of the stream.</summary>
    private void Fill()
    {
        if (byteStart > 0)
        {
            bytes.AsSpan(byteStart, byteEnd - byteStart).CopyTo(bytes);
            byteEnd -= byteStart;
            byteStart = 0;
        }
        int read = stream.Read(bytes, byteEnd, bytes.Length - byteEnd);
        if (read == 0)
        {
            streamDone = true;
        }
        byteEnd += read;
    }

    /// <summary>The decoder a stream reader would choose from the file's first bytes, past the byte-order mark it skips.</summary>
    private Decoder DetectDecoder()
    {
        while (byteEnd < 4 && !streamDone)
        {
            Fill();
        }
        ReadOnlySpan<byte> first = bytes.AsSpan(0, byteEnd);
        (Encoding chosen, int mark) = first switch
        {
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
            [0xFF, 0xFE, 0, 0, ..] => (Encoding.UTF32, 4),
            [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
            [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
            [0, 0, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: true), 4),
            _ => (encoding, 0),
        };
        byteStart = mark;
        return chosen.GetDecoder();
    }
}
