using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Evaluation.Core.Appeals;
using Evaluation.Core.Cases;
using Evaluation.Core.Catalog;
using Evaluation.Core.FollowUps;
using Evaluation.Core.Ratings;
using Evaluation.Core.Rectification;
using Evaluation.Core.Validation;
using nietras.SeparatedValues;
using NodaTime;

namespace Evaluation.IO.Csv;

/// <summary>
/// Streams the files of the interchange format into records: header by name, unknown columns ignored, UTF-8 with or
/// without BOM, quoted fields, CRLF or LF. A row that cannot be read becomes a <see cref="CsvReject"/> with its file,
/// line, column and reason, and reading goes on; a missing required column refuses the file. Catalogue codes repeated
/// across rows (units, matters, departments, windows, tags) are interned, so their memory grows with distinct codes, not
/// rows; record identifiers (rating, case and appeal numbers) are not, since each names one record.
/// </summary>
/// <remarks>Not thread-safe: use one reader per thread.</remarks>
public sealed partial class CsvRecordReader
{
    private readonly CodePool pool = new();
    private readonly int rowLimit;
    private readonly bool plainQuotes;

    /// <summary>Creates a reader whose rows may be up to <see cref="RowLengthGuard.DefaultLimit"/> characters long.</summary>
    public CsvRecordReader()
        : this(RowLengthGuard.DefaultLimit)
    {
    }

    /// <summary>
    /// Creates a reader with another longest row, and with quotes parsed from the first row on rather than taken as text
    /// while rows quote plainly (<see cref="PlainQuoting"/>) when <paramref name="plainQuotes"/> is false (for tests).
    /// </summary>
    internal CsvRecordReader(int rowLimit, bool plainQuotes = true)
    {
        this.rowLimit = rowLimit;
        this.plainQuotes = plainQuotes;
    }

    private delegate T? RowParser<T>(RowView row, out FieldError error) where T : class;

    /// <summary>Takes a row in its own form, returning false to have it parsed into a record as usual.</summary>
    internal delegate bool FastRow(RowView row, long line);

    /// <summary>Reads <c>cases.csv</c>.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="file">The file name reports give.</param>
    /// <param name="onRecord">Receives each record with its position.</param>
    /// <param name="onReject">Receives each rejected row.</param>
    /// <returns>The counts.</returns>
    public CsvFileSummary ReadCases(TextReader text, string file, Action<Sourced<ServiceCase>> onRecord, Action<CsvReject> onReject) =>
        Read(CsvFileKind.Cases, text, file, ParseCase, onRecord, onReject);

    /// <summary>Reads <c>ratings.csv</c>.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="file">The file name reports give.</param>
    /// <param name="onRecord">Receives each record with its position.</param>
    /// <param name="onReject">Receives each rejected row.</param>
    /// <returns>The counts.</returns>
    public CsvFileSummary ReadRatings(TextReader text, string file, Action<Sourced<Rating>> onRecord, Action<CsvReject> onReject) =>
        Read(CsvFileKind.Ratings, text, file, ParseRating, onRecord, onReject);

    /// <summary>Reads <c>appeals.csv</c>.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="file">The file name reports give.</param>
    /// <param name="onRecord">Receives each record with its position.</param>
    /// <param name="onReject">Receives each rejected row.</param>
    /// <returns>The counts.</returns>
    public CsvFileSummary ReadAppeals(TextReader text, string file, Action<Sourced<Appeal>> onRecord, Action<CsvReject> onReject) =>
        Read(CsvFileKind.Appeals, text, file, ParseAppeal, onRecord, onReject);

    /// <summary>Reads <c>rectifications.csv</c>.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="file">The file name reports give.</param>
    /// <param name="onRecord">Receives each record with its position.</param>
    /// <param name="onReject">Receives each rejected row.</param>
    /// <returns>The counts.</returns>
    public CsvFileSummary ReadRectifications(TextReader text, string file, Action<Sourced<RectificationOrder>> onRecord, Action<CsvReject> onReject) =>
        Read(CsvFileKind.Rectifications, text, file, ParseRectification, onRecord, onReject);

    /// <summary>Reads <c>follow_ups.csv</c>.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="file">The file name reports give.</param>
    /// <param name="onRecord">Receives each record with its position.</param>
    /// <param name="onReject">Receives each rejected row.</param>
    /// <returns>The counts.</returns>
    public CsvFileSummary ReadFollowUps(TextReader text, string file, Action<Sourced<FollowUp>> onRecord, Action<CsvReject> onReject) =>
        Read(CsvFileKind.FollowUps, text, file, ParseFollowUp, onRecord, onReject);

    /// <summary>Reads <c>matters.csv</c>.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="file">The file name reports give.</param>
    /// <param name="onRecord">Receives each record with its position.</param>
    /// <param name="onReject">Receives each rejected row.</param>
    /// <returns>The counts.</returns>
    public CsvFileSummary ReadMatters(TextReader text, string file, Action<Sourced<Matter>> onRecord, Action<CsvReject> onReject) =>
        Read(CsvFileKind.Matters, text, file, ParseMatter, onRecord, onReject);

    /// <summary>Reads <c>units.csv</c>; a unit's level comes from its division code (none: a functional zone) unless a <c>level</c> column gives it.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="file">The file name reports give.</param>
    /// <param name="onRecord">Receives each record with its position.</param>
    /// <param name="onReject">Receives each rejected row.</param>
    /// <returns>The counts.</returns>
    public CsvFileSummary ReadUnits(TextReader text, string file, Action<Sourced<ServiceUnit>> onRecord, Action<CsvReject> onReject) =>
        Read(CsvFileKind.Units, text, file, ParseUnit, onRecord, onReject);

    /// <summary>Reads <c>departments.csv</c>.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="file">The file name reports give.</param>
    /// <param name="onRecord">Receives each record with its position.</param>
    /// <param name="onReject">Receives each rejected row.</param>
    /// <returns>The counts.</returns>
    public CsvFileSummary ReadDepartments(TextReader text, string file, Action<Sourced<Department>> onRecord, Action<CsvReject> onReject) =>
        Read(CsvFileKind.Departments, text, file, ParseDepartment, onRecord, onReject);

    /// <summary>Reads <c>windows.csv</c>.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="file">The file name reports give.</param>
    /// <param name="onRecord">Receives each record with its position.</param>
    /// <param name="onReject">Receives each rejected row.</param>
    /// <returns>The counts.</returns>
    public CsvFileSummary ReadWindows(TextReader text, string file, Action<Sourced<ServiceWindow>> onRecord, Action<CsvReject> onReject) =>
        Read(CsvFileKind.Windows, text, file, ParseWindow, onRecord, onReject);

    /// <summary>Reads <c>cases.csv</c>, offering each well-shaped row to <paramref name="fast"/> before parsing it into a record.</summary>
    internal CsvFileSummary ReadCases(TextReader text, string file, FastRow fast, Action<Sourced<ServiceCase>> onRecord, Action<CsvReject> onReject) =>
        Read(CsvFileKind.Cases, text, file, ParseCase, onRecord, onReject, fast);

    /// <summary>Reads <c>ratings.csv</c>, offering each well-shaped row to <paramref name="fast"/> before parsing it into a record.</summary>
    internal CsvFileSummary ReadRatings(TextReader text, string file, FastRow fast, Action<Sourced<Rating>> onRecord, Action<CsvReject> onReject) =>
        Read(CsvFileKind.Ratings, text, file, ParseRating, onRecord, onReject, fast);

    private CsvFileSummary Read<T>(CsvFileKind kind, TextReader text, string file, RowParser<T> parse, Action<Sourced<T>> onRecord, Action<CsvReject> onReject, FastRow? fast = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(onRecord);
        ArgumentNullException.ThrowIfNull(onReject);
        using var guard = new RowLengthGuard(text, rowLimit, plainQuotes, setAside: plainQuotes);
        var parsers = new GuardedParsers(guard);
        var original = new OriginalRowText(guard);
        SepReader reader = parsers.Open();
        try
        {
            if (!reader.MoveNext() && !parsers.NextParser(ref reader, linesRead: 0))
            {
                return new CsvFileSummary(file, 0, 0, 0, null);
            }
            SepReader.Row headerRow = reader.Current;
            if (headerRow.ColCount == 1 && guard.TryDropped(headerRow.Span, out RowLengthGuard.DroppedRow header))
            {
                string why = header.Unterminated
                    ? $"its header row opens a quote that is never closed ({CsvErrorCodes.QuoteUnterminated})"
                    : $"its header row is longer than {guard.Limit:N0} characters ({CsvErrorCodes.RowTooLong})";
                return new CsvFileSummary(file, 0, 0, 0, $"{file}: the file cannot be read: {why}.");
            }
            string[] names = [.. CsvSchema.AllColumns(kind)];
            int[] indices = CsvHeader.Map(headerRow, parsers.QuotesAsText, kind, file, out string? headerError);
            if (headerError is not null)
            {
                return new CsvFileSummary(file, 0, 0, 0, headerError);
            }
            int headerCount = headerRow.ColCount;
            int[] ends = new int[headerCount]; // each row's fields' ends (FieldEnds)
            long read = 0;
            long records = 0;
            long lineToExcl = headerRow.LineNumberToExcl; // where the row before ends, in the file's lines
            long nextLine = 2;
            long shift = 0; // the lines of dropped rows beyond the one line of their markers
            while (reader.MoveNext() || parsers.NextParser(ref reader, linesRead: lineToExcl - 1))
            {
                SepReader.Row row = reader.Current;
                read++;
                // A row starts where the one before it ended (Sep numbers a parser's first row from its end).
                long line = lineToExcl + shift;
                lineToExcl = row.LineNumberToExcl + parsers.LinesBefore;
                nextLine = lineToExcl + shift;
                if (row.ColCount == 1 && guard.TryDropped(row.Span, out RowLengthGuard.DroppedRow dropped))
                {
                    onReject(dropped.Unterminated
                        ? new CsvReject(file, line, null, CsvErrorCodes.QuoteUnterminated, $"A quote opened in this row is never closed: the row runs to the end of the file ({Lines(dropped.Lines)}).", dropped.Text)
                        : new CsvReject(file, line, null, CsvErrorCodes.RowTooLong, $"The row is longer than {guard.Limit:N0} characters ({Lines(dropped.Lines)}); its first {RowLengthGuard.KeptText:N0} are kept here.", dropped.Text));
                    shift += dropped.Lines - 1;
                    nextLine = lineToExcl + shift;
                    continue;
                }
                if (row.ColCount == 1 && guard.TryAside(row.Span, out RowLengthGuard.AsideRow aside))
                {
                    // A row that does not quote plainly, among rows that do: parsed alone, quotes and all.
                    shift += aside.Lines - 1;
                    nextLine = lineToExcl + shift;
                    using SepReader alone = GuardedParsers.OpenRow(aside.Text);
                    records += alone.MoveNext() && TakeRow(alone.Current, quotesAsText: false, original, ends, headerCount, indices, names, file, line, fast, parse, onRecord, onReject) ? 1 : 0;
                    continue;
                }
                records += TakeRow(row, parsers.QuotesAsText, original, ends, headerCount, indices, names, file, line, fast, parse, onRecord, onReject) ? 1 : 0;
            }
            return new CsvFileSummary(file, read, records, read - records, null) { NextLine = nextLine };
        }
        finally
        {
            reader.Dispose();
        }
    }

    /// <summary>
    /// Takes a parsed row: rejected when its fields are not the header's, else offered to <paramref name="fast"/>, then
    /// parsed into a record (<see cref="Take"/>); true for a record.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TakeRow<T>(SepReader.Row row, bool quotesAsText, OriginalRowText original, int[] ends, int headerCount, int[] indices, string[] names, string file, long line,
        FastRow? fast, RowParser<T> parse, Action<Sourced<T>> onRecord, Action<CsvReject> onReject)
        where T : class
    {
        if (row.ColCount != headerCount)
        {
            onReject(new CsvReject(file, line, null, CsvErrorCodes.RowShape, $"The row has {row.ColCount} fields; the header has {headerCount}.", row.Span.ToString()));
            return false;
        }
        // A row whose commas all separate fields is split here in one pass; any other is read from the parser field by
        // field, and since a parser of quotes unescapes a field in place as it is read, the row's text is kept for a
        // reject before then.
        ReadOnlySpan<char> text = row.Span;
        int count = FieldEnds.Split(text, ends, quotesAsText);
        var view = count == headerCount
            ? new RowView(text, ends.AsSpan(0, count), quotesAsText, indices, names)
            : new RowView(row, quotesAsText, quotesAsText ? [] : original.KeepIfQuoted(row), indices, names);
        return (fast is not null && fast(view, line)) || Take(view, file, line, parse, onRecord, onReject);
    }

    /// <summary>Parses a row into a record for <paramref name="onRecord"/>, or tells <paramref name="onReject"/> why it cannot be; true for a record.</summary>
    private static bool Take<T>(RowView row, string file, long line, RowParser<T> parse, Action<Sourced<T>> onRecord, Action<CsvReject> onReject)
        where T : class
    {
        T? record;
        FieldError error;
        try
        {
            record = parse(row, out error);
        }
        catch (ArgumentException exception)
        {
            record = null;
            error = new FieldError(SnakeCase(exception.ParamName), CsvErrorCodes.RecordInvalid, exception.Message);
        }
        if (record is null)
        {
            onReject(new CsvReject(file, line, error.Column.Length == 0 ? null : error.Column, error.Code, error.Message, row.Raw()));
            return false;
        }
        onRecord(new Sourced<T>(record, new SourcePosition(file, line)));
        return true;
    }

    private static string Lines(long count) => count == 1 ? "1 line" : $"{count:N0} lines";

    /// <summary>Names a constructor argument as its column: <c>matterCode</c> becomes <c>matter_code</c>.</summary>
    private static string SnakeCase(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return string.Empty;
        }
        var text = new System.Text.StringBuilder(name.Length + 4);
        foreach (char c in name)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                text.Append('_').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }
        return text.ToString();
    }
}
