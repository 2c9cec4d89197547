using System;
using System.Runtime.CompilerServices;
using nietras.SeparatedValues;

namespace Evaluation.IO.Csv;

/// <summary>
/// A row's text as the file holds it, kept before its fields are read. A parser that unescapes quotes does so in place,
/// so that once a quoted field has been read the row's own span no longer shows the file's text, which a reject must
/// carry as it stands. Only rows holding a quote are kept (no other row changes when read), and rows are looked at only
/// once the file's text has held a quote (<see cref="RowLengthGuard.QuotesRead"/>), so that a file without quotes pays
/// a test of one flag per row; one buffer serves a file's rows in turn.
/// </summary>
internal sealed class OriginalRowText(RowLengthGuard text)
{
    private char[] buffer = new char[512];

    /// <summary>The row's text, kept aside, when it holds a quote; otherwise empty, the row's own span staying as it is.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ReadOnlySpan<char> KeepIfQuoted(SepReader.Row row) => text.QuotesRead ? CopyIfQuoted(row.Span) : [];

    /// <summary>The copy, out of line: rows are looked at only in files that hold quotes.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private ReadOnlySpan<char> CopyIfQuoted(ReadOnlySpan<char> row)
    {
        if (!row.Contains('"'))
        {
            return [];
        }
        if (row.Length > buffer.Length)
        {
            buffer = new char[Math.Max(row.Length, buffer.Length * 2)];
        }
        row.CopyTo(buffer);
        return buffer.AsSpan(0, row.Length);
    }
}
