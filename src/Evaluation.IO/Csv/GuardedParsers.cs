using System;
using System.IO;
using nietras.SeparatedValues;

namespace Evaluation.IO.Csv;

/// <summary>
/// The parsers of a guarded text (<see cref="RowLengthGuard"/>): Sep with quotes taken as text while the guard finds
/// every row quoting plainly (<see cref="PlainQuoting"/>; each quoted field's value is then the text between its
/// quotes, <see cref="QuotesAsText"/>), a row that does not, set aside, parsed alone with quotes parsed and unescaped
/// (<see cref="OpenRow"/>), and from the first row that does not and is not set aside on, Sep with quotes parsed and
/// unescaped.
/// Files whose every field is quoted are split nearly as fast as files without quotes this way (the check is one pass
/// over the text), and any other file as before.
/// A file whose first two rows hold no quote is parsed with quotes parsed from the start (on text without quotes, Sep's
/// parser of quotes is no slower than the other).
/// </summary>
internal sealed class GuardedParsers
{
    private readonly RowLengthGuard guard;

    /// <summary>Decides how a guard's text is parsed first: with quotes taken as text while <see cref="RowLengthGuard.PlainQuotes"/> holds and the first row, or the one after it, holds a quote (<see cref="RowLengthGuard.QuotedAtStart"/>).</summary>
    internal GuardedParsers(RowLengthGuard guard)
    {
        this.guard = guard;
        QuotesAsText = guard.PlainQuotes && guard.QuotedAtStart();
        if (guard.PlainQuotes && !QuotesAsText)
        {
            guard.ParseQuotes();
        }
    }

    /// <summary>Whether quotes are taken as text: each field that starts with a quote then ends with one, and its value lies between them.</summary>
    internal bool QuotesAsText { get; private set; }

    /// <summary>The file's lines before the current parser's first (Sep numbers each parser's lines from 1).</summary>
    internal long LinesBefore { get; private set; }

    /// <summary>The first parser.</summary>
    internal SepReader Open() => Open(QuotesAsText);

    /// <summary>
    /// At the end of a parser's text: when the guard stopped before a row that does not quote plainly, the rest is read
    /// by a parser of quotes, which replaces <paramref name="reader"/>; true once it has a row.
    /// </summary>
    /// <param name="reader">The parser at its end.</param>
    /// <param name="linesRead">The file's lines its rows took.</param>
    internal bool NextParser(ref SepReader reader, long linesRead)
    {
        if (!guard.Paused)
        {
            return false;
        }
        reader.Dispose();
        guard.ParseQuotes();
        QuotesAsText = false;
        LinesBefore = linesRead;
        reader = Open(quotesAsText: false);
        return reader.MoveNext();
    }

    /// <summary>A parser of quotes for one row's text alone (<see cref="RowLengthGuard.AsideRow"/>), which it unescapes as the parser of the rest of a file would.</summary>
    internal static SepReader OpenRow(string text) =>
        Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true, HasHeader = false }).FromText(text);

    private SepReader Open(bool quotesAsText) =>
        Sep.New(',').Reader(o => o with { DisableQuotesParsing = quotesAsText, Unescape = !quotesAsText, DisableColCountCheck = true, HasHeader = false })
            .From(new KeptOpen(guard));

    /// <summary>
    /// The guard as a parser's text, left open when the parser is disposed (the next parser reads on from it), whose
    /// reads never end on a carriage return while more text follows and room is left: Sep 0.18 decides what a carriage
    /// return at the end of a read ends by what it has then, so that a run of them (blank lines in a file of classic
    /// Mac line ends, or carriage returns within quotes) came out as other rows, or a value without one of them,
    /// according to where its reads ended.
    /// </summary>
    private sealed class KeptOpen(TextReader inner) : TextReader
    {
        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            int read = inner.Read(buffer);
            while (read > 0 && read < buffer.Length && buffer[read - 1] == '\r')
            {
                int more = inner.Read(buffer[read..]);
                if (more == 0)
                {
                    break;
                }
                read += more;
            }
            return read;
        }

        public override int Peek() => inner.Peek();
    }
}
