using System;
using System.IO;

namespace Evaluation.IO.Csv.Splitting;

/// <summary>What became of a <see cref="SplitFile"/>'s tail.</summary>
internal enum TailOutcome
{
    /// <summary>No tail was taken: the head reader read the whole file.</summary>
    None,

    /// <summary>A tail was taken and starts on a row boundary: the head ends where it begins.</summary>
    Taken,

    /// <summary>A tail was taken at a line break inside a quoted field: the head read the whole file, and the tail must be discarded.</summary>
    Refused,
}

/// <summary>
/// A CSV file read by one reader from its start (<see cref="Head"/>) while a second reader, once idle, may take the rest
/// of it (<see cref="TryTakeTail"/>): the unread part is cut in two at a line break, and the head reader stops there.
/// A line break ends a row only outside quotes, that is, when the quotes before it are even in number (an escaped quote
/// is two), so the head counts the quotes it passes and checks the cut when it reaches it; a cut inside a quoted field
/// is refused, the head reads on to the end, and the tail's reading is discarded. The tail is the file's header line
/// followed by the bytes after the cut, so that it reads as a file of its own; its line numbers are then shifted by
/// the lines of the head (<see cref="CsvFileSummary.NextLine"/>).
/// </summary>
internal sealed class SplitFile : IDisposable
{
    private const int HeaderLimit = 1 << 16;
    private readonly object gate = new();
    private readonly FileStream file;
    private readonly long minimumTail;
    private long delivered;
    private long claimed;
    private long cut = long.MaxValue;
    private long quotes;
    private bool headDone;
    private volatile TailOutcome outcome;

    /// <summary>Opens a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="minimumTail">The fewest unread bytes worth a second reader; below this, no tail is given.</param>
    internal SplitFile(string path, long minimumTail)
    {
        Path = path;
        this.minimumTail = Math.Max(1, minimumTail);
        file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        Length = file.Length;
        Head = new HeadStream(this);
    }

    /// <summary>The file's path.</summary>
    internal string Path { get; }

    /// <summary>The file's length in bytes.</summary>
    internal long Length { get; }

    /// <summary>The file from its start, up to the cut if a tail is taken and the cut is on a row boundary.</summary>
    internal Stream Head { get; }

    /// <summary>What became of the tail; final once the head has been read to its end.</summary>
    internal TailOutcome Outcome => outcome;

    /// <summary>
    /// Cuts the part the head has not yet read in two at the first line break after its middle, and gives the second
    /// half as a file of its own (the header line, then the rest), unless the head is done, too little is left (less than
    /// the minimum, or than a sixteenth of the file: a short tail gains less than its table costs to append), or the
    /// header line is unusual (longer than 64 KiB, or with a line break inside a quoted name).
    /// </summary>
    internal bool TryTakeTail(out Stream tail)
    {
        tail = Stream.Null;
        long from;
        lock (gate)
        {
            if (headDone || outcome != TailOutcome.None || Length - delivered < Math.Max(minimumTail, Length / 16))
            {
                return false;
            }
            from = Math.Max(claimed, delivered + ((Length - delivered) / 2));
        }
        using var probe = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        if (HeaderLine(probe) is not byte[] header || LineBreakAfter(probe, from) is not long lineBreak)
        {
            return false;
        }
        lock (gate)
        {
            // The cut must lie beyond every byte the head has read or is reading now.
            if (headDone || claimed > lineBreak)
            {
                return false;
            }
            cut = lineBreak + 1;
            outcome = TailOutcome.Taken;
        }
        tail = new TailStream(this, header, cut);
        return true;
    }

    /// <summary>Tells that the head's reader is done (at the end, at the cut, or early, on a refused header): no tail can be taken now.</summary>
    internal void EndHead()
    {
        lock (gate)
        {
            headDone = true;
        }
    }

    /// <inheritdoc/>
    public void Dispose() => file.Dispose();

    /// <summary>Reads the head's next bytes: none past the cut once it is confirmed on a row boundary.</summary>
    internal int ReadHead(Span<byte> buffer)
    {
        int allowed;
        lock (gate)
        {
            if (delivered == cut && outcome == TailOutcome.Taken)
            {
                if ((quotes & 1) == 0)
                {
                    headDone = true;
                    return 0;
                }
                outcome = TailOutcome.Refused;
                cut = long.MaxValue;
            }
            allowed = (int)Math.Min(buffer.Length, cut - delivered);
            claimed = delivered + allowed;
        }
        int read = file.Read(buffer[..allowed]);
        long found = buffer[..read].Count((byte)'"');
        lock (gate)
        {
            delivered += read;
            claimed = delivered;
            quotes += found;
            headDone |= read == 0;
        }
        return read;
    }

    /// <summary>Whether the tail's reader should stop: its cut was refused.</summary>
    internal bool TailRefused => outcome == TailOutcome.Refused;

    /// <summary>
    /// The header line, with its line break, when it is short and its first line break ends it: the quotes before it
    /// are even in number (a header whose names are all quoted, as many platforms write them, is split as any other).
    /// </summary>
    private static byte[]? HeaderLine(FileStream probe)
    {
        byte[] start = new byte[(int)Math.Min(HeaderLimit, probe.Length)];
        probe.Position = 0;
        probe.ReadExactly(start);
        int end = start.AsSpan().IndexOf((byte)'\n');
        return end < 0 || start.AsSpan(0, end).Count((byte)'"') % 2 == 1 ? null : start[..(end + 1)];
    }

    /// <summary>The position of the first line feed at or after a position, if any.</summary>
    private static long? LineBreakAfter(FileStream probe, long from)
    {
        byte[] chunk = new byte[HeaderLimit];
        probe.Position = from;
        for (long at = from; ; )
        {
            int read = probe.Read(chunk);
            if (read == 0)
            {
                return null;
            }
            int found = chunk.AsSpan(0, read).IndexOf((byte)'\n');
            if (found >= 0)
            {
                return at + found;
            }
            at += read;
        }
    }
}
