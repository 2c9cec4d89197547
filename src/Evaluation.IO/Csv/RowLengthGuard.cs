using System;
using System.Collections.Generic;
using System.IO;

namespace Evaluation.IO.Csv;

/// <summary>
/// Hands a CSV parser only whole rows of at most <see cref="Limit"/> characters. A row that runs past the limit (a
/// field that never ends, or a quote that is never closed and takes the rest of the file with it) and a row that ends
/// the file inside a quote are each replaced by one line holding a marker, so that the parser never meets them; the
/// reader turns the marker into a reject (<see cref="CsvErrorCodes.RowTooLong"/>, <see cref="CsvErrorCodes.QuoteUnterminated"/>)
/// and goes on with the next row. Row ends are line breaks outside quotes, as RFC 4180 has them.
/// </summary>
/// <remarks>
/// Text passes through without a copy when its rows are short: each read goes into the parser's own buffer, and only
/// the part of a row not yet ended is held back for the next read. Blocks without quotes are checked with three
/// vectorised searches; blocks with quotes are scanned 64 characters at a time (<see cref="QuotedRowEnds"/>).
/// </remarks>
internal sealed class RowLengthGuard : TextReader
{
    /// <summary>The longest row read by default: 1,048,576 characters (a rating's comment runs to a few hundred).</summary>
    internal const int DefaultLimit = 1 << 20;

    /// <summary>The most characters a long row's reading adds at a time (<see cref="FillHeld"/>).</summary>
    private const int ReadAhead = 1024;

    /// <summary>The most characters of a dropped row kept for its reject.</summary>
    internal const int KeptText = 4096;

    /// <summary>The rows set aside before the plain rows must average <see cref="AsideSpacing"/> characters between them.</summary>
    internal const int FreeAsideRows = 16;

    /// <summary>Beyond <see cref="FreeAsideRows"/>, the fewest characters passed on per row set aside; past that the rest is parsed with quotes.</summary>
    internal const int AsideSpacing = 1 << 16;

    private static readonly System.Buffers.SearchValues<char> Breaks = System.Buffers.SearchValues.Create("\r\n");

    private readonly TextReader inner;
    private readonly List<DroppedRow> dropped = [];
    private readonly List<AsideRow> aside = [];
    private readonly bool setAside;     // rows that do not quote plainly are set aside, within the spacing, rather than pausing
    private long charactersPassed;
    private char[] held = new char[256];
    private int heldLength;            // characters held back: the start of a row not yet ended
    private bool inQuote;              // whether the held text ends inside a quoted field
    private string pendingMarker = string.Empty;
    private bool skipNewline;          // a dropped row ended with '\r': a '\n' right after it belongs to it
    private bool innerDone;
    private int owed;                  // held characters that finish a row already let through, still to pass on
    private int passedOn;              // held characters of that row already let through, before the owed ones
    private bool plainQuotes;          // every row passed on so far quotes plainly (PlainQuoting), and the rows ahead are checked before they pass
    private bool paused;               // stopped before a row that does not: the parser sees the end of the text until ParseQuotes

    /// <summary>Guards a reader.</summary>
    /// <param name="inner">The text.</param>
    /// <param name="limit">The longest row, in characters.</param>
    /// <param name="plainQuotes">Whether to pass on only rows that quote plainly (<see cref="PlainQuoting"/>) until <see cref="ParseQuotes"/>.</param>
    /// <param name="setAside">
    /// With <paramref name="plainQuotes"/>: whether a row that does not quote plainly, after the first row, is set aside
    /// (a marker line in its place, <see cref="TryAside"/>) rather than pausing the guard, while such rows are few
    /// (<see cref="FreeAsideRows"/>, <see cref="AsideSpacing"/>).
    /// </param>
    internal RowLengthGuard(TextReader inner, int limit = DefaultLimit, bool plainQuotes = false, bool setAside = false)
    {
        this.inner = inner;
        this.plainQuotes = plainQuotes;
        this.setAside = setAside;
        Limit = Math.Max(limit, 16);
        string tag = Guid.NewGuid().ToString("N");
        Marker = "\u0001row-dropped-" + tag + ":";
        AsideMarker = "\u0001row-aside-" + tag + ":";
    }

    /// <summary>
    /// The characters copied and scanned so far, for tests: reading stays linear in the text's length whatever its rows,
    /// at most a small multiple of the characters read.
    /// </summary>
    internal long Work { get; private set; }

    /// <summary>The longest row passed on.</summary>
    internal int Limit { get; }

    /// <summary>The text a replaced row's line starts with, followed by its index in <see cref="Dropped"/>.</summary>
    internal string Marker { get; }

    /// <summary>The text the line of a row set aside starts with, followed by its index in <see cref="Aside"/>.</summary>
    internal string AsideMarker { get; }

    /// <summary>The rows set aside so far, in file order: rows that do not quote plainly, each for a parser of quotes alone.</summary>
    internal IReadOnlyList<AsideRow> Aside => aside;

    /// <summary>
    /// Whether every row passed on so far quotes plainly (<see cref="PlainQuoting"/>), so that a parser may read them with
    /// quotes taken as text and each quoted field's value is the text between its quotes. Such a guard stops before the
    /// first row that does not, and is then <see cref="Paused"/>, unless it sets that row aside (<see cref="Aside"/>);
    /// a row it drops (too long, or a quote never closed) is not parsed, and does not stop it.
    /// </summary>
    internal bool PlainQuotes => plainQuotes;

    /// <summary>
    /// Whether any text read so far holds a quote: until then no row passed on holds one, so a parser that unescapes
    /// quotes has changed none of them (<see cref="OriginalRowText"/>). The characters read are checked by the scan that
    /// finds their rows' ends, or as they are read ahead for a long row.
    /// </summary>
    internal bool QuotesRead { get; private set; }

    /// <summary>Whether the guard stopped before a row that does not quote plainly: the parser has seen the end of the text, and the rest follows once <see cref="ParseQuotes"/> is called.</summary>
    internal bool Paused => paused;

    /// <summary>Passes on the rest of the text, every row whatever its quotes, for a parser that parses quotes.</summary>
    internal void ParseQuotes()
    {
        plainQuotes = false;
        paused = false;
        // Plain scans keep no quote state.
        ScanHeldAfresh();
    }

    /// <summary>
    /// Whether the text's first row holds a quote, or, when it holds none, the row after it: a file that quotes its
    /// fields quotes its header too, or only its fields (PostgreSQL's <c>COPY ... FORCE_QUOTE *</c> writes the header
    /// bare). Reads ahead until the rows looked at end (or the limit, or the end of the text), holding what it read for
    /// the parser.
    /// </summary>
    internal bool QuotedAtStart()
    {
        int start = 0;
        for (int row = 0; row < 2; row++)
        {
            int end = RowEndAhead(start);
            if (held.AsSpan(start, (end >= 0 ? end : heldLength) - start).Contains('"'))
            {
                return true;
            }
            if (end < 0)
            {
                return false;
            }
            // A carriage return and the line feed after it end one row.
            start = end < heldLength && held[end - 1] == '\r' && held[end] == '\n' ? end + 1 : end;
        }
        return false;
    }

    /// <summary>
    /// The end (after its line break) of the row that starts at <paramref name="start"/> of the held text, reading ahead
    /// as far as it takes (and one character more, for a line feed after a carriage return), or -1 when the text or the
    /// limit ends first.
    /// </summary>
    private int RowEndAhead(int start)
    {
        int scanned = start;
        bool quoted = false;
        while (true)
        {
            int end = FirstRowEnd(held.AsSpan(0, heldLength), ref scanned, ref quoted);
            if ((end >= 0 && end < heldLength) || innerDone || heldLength - start > Limit)
            {
                ScanHeldAfresh();
                return end;
            }
            if (end >= 0)
            {
                // The row ends at the last character held: what follows its line break is read first.
                scanned = end - 1;
            }
            Work += ReadAheadIntoHeld();
        }
    }

    /// <summary>The rows replaced so far, in file order.</summary>
    internal IReadOnlyList<DroppedRow> Dropped => dropped;

    /// <summary>
    /// The dropped row a parsed row stands for, if its text is a marker line's. The row's text as the parser found it,
    /// not its field: a field read with quotes parsed is unescaped in place, which would change the text a reject of a
    /// one-field row keeps.
    /// </summary>
    internal bool TryDropped(ReadOnlySpan<char> rowText, out DroppedRow row) => TryMarked(rowText, Marker, dropped, out row);

    /// <summary>The row set aside that a parsed row stands for, if its text is a marker line's (as for <see cref="TryDropped"/>).</summary>
    internal bool TryAside(ReadOnlySpan<char> rowText, out AsideRow row) => TryMarked(rowText, AsideMarker, aside, out row);

    /// <summary>The row of a list that a parsed row stands for, if its text is the list's marker followed by the row's index.</summary>
    private static bool TryMarked<TRow>(ReadOnlySpan<char> rowText, string marker, List<TRow> rows, out TRow row)
        where TRow : struct
    {
        row = default;
        if (!rowText.StartsWith(marker, StringComparison.Ordinal)
            || !int.TryParse(rowText[marker.Length..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int index)
            || index >= rows.Count)
        {
            return false;
        }
        row = rows[index];
        return true;
    }

    /// <inheritdoc/>
    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    /// <inheritdoc/>
    public override int Read(Span<char> destination)
    {
        if (destination.IsEmpty)
        {
            return 0;
        }
        while (true)
        {
            if (pendingMarker.Length > 0)
            {
                int n = Math.Min(pendingMarker.Length, destination.Length);
                pendingMarker.AsSpan(0, n).CopyTo(destination);
                pendingMarker = pendingMarker[n..];
                return n;
            }
            if (owed > 0)
            {
                return Pass(destination, owed);
            }
            if (paused)
            {
                if (!TrySetAside())
                {
                    return 0;
                }
                continue;
            }
            if (heldLength >= destination.Length || heldLength > Limit)
            {
                // Too long to pass through the parser's buffer: decided on the held text alone.
                if (FillHeld() is int passed)
                {
                    int count = WholeRowsWithin(passed, destination.Length);
                    int rows = PlainRows(held.AsSpan(0, count), endsText: innerDone && count == heldLength);
                    if (paused && rows == 0)
                    {
                        continue;
                    }
                    return Pass(destination, rows);
                }
                continue;
            }
            held.AsSpan(0, heldLength).CopyTo(destination);
            Work += heldLength;
            int room = Math.Min(destination.Length - heldLength, Limit / 2);
            int read = innerDone ? 0 : inner.Read(destination.Slice(heldLength, room));
            if (read == 0)
            {
                innerDone = true;
                return EndOfText(destination);
            }
            int start = heldLength;
            if (skipNewline)
            {
                skipNewline = false;
                if (destination[start] == '\n')
                {
                    destination[(start + 1)..(start + read)].CopyTo(destination[start..]);
                    read--;
                    if (read == 0)
                    {
                        continue;
                    }
                }
            }
            int total = heldLength + read;
            int rowStart = 0;
            bool fits = plainQuotes ? ScanPlain(destination[..total], start, ref rowStart) : Scan(destination[..total], start, ref rowStart);
            if (fits && total - rowStart <= Limit)
            {
                // When paused, what is held starts at the first row that does not quote plainly, for the parser that parses quotes.
                Hold(destination[rowStart..total]);
                if (rowStart > 0)
                {
                    charactersPassed += rowStart;
                    return rowStart;
                }
                continue;
            }
            // A row over the limit: what follows is decided on the held text alone (FillHeld), which scans it afresh.
            Hold(destination[..total]);
        }
    }

    /// <inheritdoc/>
    public override int Peek() => -1;

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }

    /// <summary>
    /// Scans text from <paramref name="from"/> on, the quote state continuing from before it; on return
    /// <paramref name="rowStart"/> is where the last row not yet ended starts. False when a row that ended in it is over the limit.
    /// </summary>
    private bool Scan(ReadOnlySpan<char> text, int from, ref int rowStart)
    {
        Work += text.Length - from;
        if (!inQuote && !text[from..].Contains('"'))
        {
            return ScanUnquoted(text, from, ref rowStart);
        }
        QuotesRead = true;
        return QuotedRowEnds.Scan(text, from, Limit, ref inQuote, ref rowStart);
    }

    /// <summary>
    /// <see cref="Scan"/> while rows are to quote plainly: the text is checked from its first row's start (the held text
    /// and what was read after it), and the rows before the first that does not quote plainly are the rows found, the
    /// guard then <see cref="Paused"/> with that row's start the row start. Line breaks before it all end rows, since one
    /// within quotes would be a breach, so no quote state is kept.
    /// </summary>
    private bool ScanPlain(ReadOnlySpan<char> text, int from, ref int rowStart)
    {
        Work += text.Length;
        if (!text.Contains('"'))
        {
            return ScanUnquoted(text, from, ref rowStart);
        }
        QuotesRead = true;
        int breach = PlainQuoting.FirstBreach(text, endsText: false);
        paused = breach >= 0;
        if (breach < 0)
        {
            return ScanUnquoted(text, from, ref rowStart);
        }
        if (breach > from && !ScanUnquoted(text[..breach], from, ref rowStart))
        {
            return false;
        }
        // The held text may hold whole rows too (those after a row set aside): the breach's row starts after the last line break before it.
        rowStart = text[..breach].LastIndexOfAny(Breaks) + 1;
        return true;
    }

    /// <summary>Scans text without quotes (or before any quote that matters) from <paramref name="from"/> on: row ends are its line breaks.</summary>
    private bool ScanUnquoted(ReadOnlySpan<char> text, int from, ref int rowStart)
    {
        ReadOnlySpan<char> fresh = text[from..];
        int first = fresh.IndexOfAny(Breaks);
        if (first < 0)
        {
            return true;
        }
        if (from + first - rowStart > Limit)
        {
            return false;
        }
        rowStart = from + fresh.LastIndexOfAny(Breaks) + 1;
        return true;
    }

    /// <summary>
    /// The length of the rows at the start of <paramref name="rows"/> (whole rows, or the text's last) that may be passed
    /// on: all of them without <see cref="PlainQuotes"/> or when they quote plainly, else those before the first row
    /// that does not, the guard then <see cref="Paused"/>. With <paramref name="endsText"/> the rows run to the end of the
    /// text, whose end closes a field.
    /// </summary>
    private int PlainRows(ReadOnlySpan<char> rows, bool endsText)
    {
        if (!plainQuotes)
        {
            return rows.Length;
        }
        Work += rows.Length;
        int breach = PlainQuoting.FirstBreach(rows, endsText);
        if (breach < 0)
        {
            return rows.Length;
        }
        paused = true;
        // The line breaks before the first breach all end rows: one within quotes would have been the breach.
        return rows[..breach].LastIndexOfAny(Breaks) + 1;
    }

    /// <summary>Reads up to <see cref="ReadAhead"/> more characters after the held text (the end of the text when none); how many were read.</summary>
    private int ReadAheadIntoHeld()
    {
        if (held.Length - heldLength < ReadAhead)
        {
            Array.Resize(ref held, Math.Max(held.Length * 2, heldLength + ReadAhead));
        }
        int read = inner.Read(held.AsSpan(heldLength, ReadAhead));
        QuotesRead |= held.AsSpan(heldLength, read).Contains('"');
        innerDone = read == 0;
        heldLength += read;
        return read;
    }

    /// <summary>Finds the quote state at the end of the held text, which starts a row, for the reads that go on from it.</summary>
    private void ScanHeldAfresh()
    {
        inQuote = false;
        int rowStart = 0;
        _ = Scan(held.AsSpan(0, heldLength), 0, ref rowStart);
    }

    /// <summary>Keeps text back for the next read; its quote state is the scan's.</summary>
    private void Hold(ReadOnlySpan<char> text)
    {
        if (held.Length < text.Length)
        {
            Array.Resize(ref held, Math.Max(text.Length, held.Length * 2));
        }
        text.CopyTo(held);
        Work += text.Length;
        heldLength = text.Length;
    }

    /// <summary>
    /// Works on the held text alone: reads more until its first row ends (the number of characters to pass on) or runs
    /// over the limit (dropped, null). Its quote state is re-scanned from the start of the held text.
    /// </summary>
    private int? FillHeld()
    {
        // Each read's text is scanned once: the scan goes on from where it stopped, in the quote state it stopped in.
        int scanned = 0;
        bool quoted = false;
        while (true)
        {
            Work += heldLength - scanned;
            int rowEnd = FirstRowEnd(held.AsSpan(0, heldLength), ref scanned, ref quoted);
            if (rowEnd - 1 > Limit || (rowEnd < 0 && heldLength > Limit))
            {
                Drop();
                return null;
            }
            if (rowEnd >= 0)
            {
                return rowEnd;
            }
            if (innerDone)
            {
                if (quoted)
                {
                    Drop();
                    return null;
                }
                return heldLength;
            }
            // A little at a time: what is read after the row's end stays held, and is copied each time a row is passed.
            _ = ReadAheadIntoHeld();
        }
    }

    /// <summary>
    /// The end (after its line break) of the first row, or -1, scanning on from <paramref name="scanned"/> in the quote
    /// state <paramref name="quoted"/>, both brought up to the end of the text when no row ends in it.
    /// </summary>
    private static int FirstRowEnd(ReadOnlySpan<char> text, ref int scanned, ref bool quoted)
    {
        for (int at = scanned; at < text.Length; at++)
        {
            char c = text[at];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && (c == '\n' || c == '\r'))
            {
                return at + 1;
            }
        }
        scanned = text.Length;
        return -1;
    }

    /// <summary>
    /// The end of the last whole row of the held text that ends within <paramref name="length"/> characters, from the
    /// end of its first row (<paramref name="firstRowEnd"/>) on: the rows after a long one are passed on together, not
    /// one a read. A row over the limit is left to the next read, which drops it.
    /// </summary>
    private int WholeRowsWithin(int firstRowEnd, int length)
    {
        ReadOnlySpan<char> within = held.AsSpan(0, Math.Min(heldLength, length));
        Work += Math.Max(0, within.Length - firstRowEnd);
        int end = firstRowEnd;
        while (true)
        {
            int scanned = end;
            bool quoted = false;
            int next = FirstRowEnd(within, ref scanned, ref quoted);
            if (next < 0 || next - 1 - end > Limit)
            {
                return end;
            }
            end = next;
        }
    }

    /// <summary>
    /// Passes on the first <paramref name="count"/> held characters, which end on a row boundary; those that do not fit
    /// are owed to the next reads, so that the rest of the row is not read again as a row of its own.
    /// </summary>
    private int Pass(Span<char> destination, int count)
    {
        // While a row is owed, its characters passed on stay in place (moving the rest after every piece would copy a
        // long row once a piece); the held text moves to the start once the row is passed.
        int n = Math.Min(count, destination.Length);
        held.AsSpan(passedOn, n).CopyTo(destination);
        passedOn += n;
        charactersPassed += n;
        Work += n;
        owed = count - n;
        if (owed == 0)
        {
            held.AsSpan(passedOn, heldLength - passedOn).CopyTo(held);
            Work += heldLength - passedOn;
            heldLength -= passedOn;
            passedOn = 0;
            ScanHeldAfresh();
        }
        return n;
    }

    /// <summary>The end of the text: a last row without line break is passed on, unless it ends inside a quote.</summary>
    private int EndOfText(Span<char> destination)
    {
        if (heldLength == 0)
        {
            return 0;
        }
        if (FillHeld() is int passed)
        {
            int rows = PlainRows(held.AsSpan(0, passed), endsText: passed == heldLength);
            return paused && rows == 0 ? Read(destination) : Pass(destination, rows);
        }
        return Read(destination);
    }

    /// <summary>
    /// While paused before a row that does not quote plainly (the held text starts with it), sets that row aside with a
    /// marker line in its place and goes on checking the rows after it, when the guard sets rows aside, the row is not
    /// the first, and rows set aside stay few; true when the guard goes on (the row set aside, or dropped as too long or
    /// never closed), false when it stays paused.
    /// </summary>
    private bool TrySetAside()
    {
        if (!setAside || charactersPassed == 0 || (aside.Count >= FreeAsideRows && (aside.Count + 1L) * AsideSpacing > charactersPassed))
        {
            return false;
        }
        paused = false;
        if (held[0] is '\r' or '\n')
        {
            // A line break before the row (the second half of a CR LF, or an empty line) passes on as it is.
            pendingMarker = held[0].ToString();
            DiscardHeldStart(1);
            charactersPassed++;
            return true;
        }
        if (FillHeld() is not int end)
        {
            // Dropped: its marker line is pending.
            return true;
        }
        // The row ends with its line break, unless the text ends it; a CR's LF, read or still to come, goes with it.
        char last = held[end - 1];
        string text = held.AsSpan(0, last is '\r' or '\n' ? end - 1 : end).ToString();
        if (last == '\r' && end < heldLength && held[end] == '\n')
        {
            end++;
        }
        else if (last == '\r' && end == heldLength)
        {
            skipNewline = true;
        }
        aside.Add(new AsideRow(LinesOf(text), text));
        DiscardHeldStart(end);
        pendingMarker = AsideMarker + (aside.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n";
        return true;
    }

    /// <summary>Drops the first <paramref name="count"/> held characters, which were passed on or set aside.</summary>
    private void DiscardHeldStart(int count)
    {
        held.AsSpan(count, heldLength - count).CopyTo(held);
        Work += heldLength;
        heldLength -= count;
    }

    /// <summary>The lines a row's text spans: one, and one more for each line break within it (a CR LF is one).</summary>
    private static long LinesOf(ReadOnlySpan<char> text)
    {
        long lines = 1;
        for (int at = 0; at < text.Length; at++)
        {
            if (text[at] == '\n' || (text[at] == '\r' && (at + 1 == text.Length || text[at + 1] != '\n')))
            {
                lines++;
            }
        }
        return lines;
    }

    /// <summary>
    /// Drops the held row: reads on to its end (a line break outside quotes, or the end of the text), counting its
    /// lines, and puts a marker line in its place.
    /// </summary>
    private void Drop()
    {
        // The row's own first characters, whatever else the held text holds after it.
        var kept = new System.Text.StringBuilder(Math.Min(KeptText, 1024));
        long rowLength = 0;
        long lines = 0;
        bool quoted = false;
        bool lastWasCr = false;
        bool lastWasBreak = false;
        bool ended = false;
        Span<char> chunk = held.AsSpan(0, heldLength);
        int consumed = 0;
        while (!ended)
        {
            consumed = 0;
            for (; consumed < chunk.Length; consumed++)
            {
                char c = chunk[consumed];
                if (c == '\n' && lastWasCr)
                {
                    // The '\n' of a "\r\n" inside a quote: the line was counted at the '\r'.
                    lastWasCr = false;
                    continue;
                }
                lastWasCr = c == '\r';
                lastWasBreak = c is '\r' or '\n';
                if (c == '"')
                {
                    quoted = !quoted;
                }
                else if (c == '\n' || c == '\r')
                {
                    lines++;
                    if (!quoted)
                    {
                        consumed++;
                        ended = true;
                        break;
                    }
                }
            }
            kept.Append(chunk[..Math.Min(consumed, Math.Max(0, KeptText - kept.Length))]);
            Work += consumed;
            rowLength += consumed;
            if (ended)
            {
                break;
            }
            int read = innerDone ? 0 : inner.Read(held.AsSpan(0, Math.Min(held.Length, ReadAhead)));
            if (read == 0)
            {
                // The end of the text ends the row; its last line is counted unless a line break closed it.
                innerDone = true;
                lines += lastWasBreak ? 0 : 1;
                break;
            }
            chunk = held.AsSpan(0, read);
        }
        // The rest of the last chunk is held for the next read.
        ReadOnlySpan<char> rest = ended ? chunk[consumed..] : [];
        bool crEnded = ended && lastWasCr;
        char[] next = rest.ToArray();
        Hold(next);
        if (crEnded)
        {
            if (heldLength > 0 && held[0] == '\n')
            {
                held.AsSpan(1, heldLength - 1).CopyTo(held);
                heldLength--;
            }
            else if (heldLength == 0)
            {
                skipNewline = true;
            }
        }
        ScanHeldAfresh();
        // A row's text holds no line break that ends it, as no row's text does.
        string text = kept.ToString();
        text = !ended ? text.TrimEnd('\r', '\n') : rowLength <= KeptText ? text[..^1] : text;
        dropped.Add(new DroppedRow(lines, quoted, text));
        pendingMarker = Marker + (dropped.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n";
    }

    /// <summary>A row replaced by a marker line.</summary>
    /// <param name="Lines">The lines it spanned in the file.</param>
    /// <param name="Unterminated">Whether the file ended inside one of its quotes.</param>
    /// <param name="Text">Its first <see cref="KeptText"/> characters.</param>
    internal readonly record struct DroppedRow(long Lines, bool Unterminated, string Text);

    /// <summary>A row that does not quote plainly, set aside with a marker line in its place for a parser of quotes.</summary>
    /// <param name="Lines">The lines it spans in the file.</param>
    /// <param name="Text">Its text, without the line break that ends it.</param>
    internal readonly record struct AsideRow(long Lines, string Text);
}
