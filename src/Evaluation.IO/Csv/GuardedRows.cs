using System;
using System.IO;
using System.Runtime.CompilerServices;
using nietras.SeparatedValues;

namespace Evaluation.IO.Csv;

/// <summary>
/// The rows of a guarded text (<see cref="RowLengthGuard"/>) as Sep splits them: with quotes taken as text while the
/// guard finds every row quoting plainly (<see cref="PlainQuoting"/>; each quoted field's value is then the text between
/// its quotes, <see cref="QuotesAsText"/>), and from the first row that does not on, with quotes parsed and unescaped.
/// Files whose every field is quoted are read as fast as files without quotes this way, and any other file as before.
/// Lines are numbered through the change of parser as in the file.
/// </summary>
internal sealed class GuardedRows : IDisposable
{
    private readonly RowLengthGuard guard;
    private SepReader reader;
    private long linesBefore;     // the file's lines before the current parser's first
    private long lineToExcl = 1;  // where the current row ends, in the file's lines

    /// <summary>Reads the rows a guard passes on; quotes are taken as text while <see cref="RowLengthGuard.PlainQuotes"/> holds.</summary>
    internal GuardedRows(RowLengthGuard guard)
    {
        this.guard = guard;
        QuotesAsText = guard.PlainQuotes;
        reader = Open(guard, QuotesAsText);
    }

    /// <summary>Whether quotes are taken as text: each field that starts with a quote then ends with one, and its value lies between them.</summary>
    internal bool QuotesAsText { get; private set; }

    /// <summary>The current row.</summary>
    internal SepReader.Row Current => reader.Current;

    /// <summary>The file's line the current row starts on (1 for the first).</summary>
    internal long LineFrom { get; private set; }

    /// <summary>The file's line after the current row's last.</summary>
    internal long LineToExcl => lineToExcl;

    /// <summary>Moves to the next row; false at the end of the text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool MoveNext()
    {
        if (!reader.MoveNext() && !NextParser())
        {
            return false;
        }
        // A row starts where the one before it ended (Sep numbers a parser's first row from its end).
        LineFrom = lineToExcl;
        lineToExcl = reader.Current.LineNumberToExcl + linesBefore;
        return true;
    }

    /// <summary>
    /// At the end of a parser's text: when the guard stopped before a row that does not quote plainly, the rest is read
    /// with quotes parsed, and true once that parser has a row.
    /// </summary>
    private bool NextParser()
    {
        while (guard.Paused)
        {
            reader.Dispose();
            guard.ParseQuotes();
            QuotesAsText = false;
            linesBefore = lineToExcl - 1;
            reader = Open(guard, quotesAsText: false);
            if (reader.MoveNext())
            {
                return true;
            }
        }
        return false;
    }

    /// <inheritdoc/>
    public void Dispose() => reader.Dispose();

    private static SepReader Open(RowLengthGuard guard, bool quotesAsText) =>
        Sep.New(',').Reader(o => o with { DisableQuotesParsing = quotesAsText, Unescape = !quotesAsText, DisableColCountCheck = true, HasHeader = false })
            .From(new KeptOpen(guard));

    /// <summary>The guard as a parser's text, left open when the parser is disposed (the next parser reads on from it).</summary>
    private sealed class KeptOpen(TextReader inner) : TextReader
    {
        public override int Read(char[] buffer, int index, int count) => inner.Read(buffer, index, count);

        public override int Read(Span<char> buffer) => inner.Read(buffer);

        public override int Peek() => inner.Peek();
    }
}
