using System;
using System.Runtime.CompilerServices;
using nietras.SeparatedValues;

namespace Evaluation.IO.Csv;

/// <summary>
/// One row of a file, read by column name through the header's indices: a row a CSV parser split, or a row whose
/// fields were decoded elsewhere (a database's binary rows) into one span of characters, field after field.
/// </summary>
internal readonly ref struct RowView
{
    private readonly SepReader.Row row;
    private readonly bool quotesAsText;
    private readonly ReadOnlySpan<char> original;
    private readonly ReadOnlySpan<char> decoded;
    private readonly ReadOnlySpan<int> ends;
    private readonly int[] indices;
    private readonly string[] names;

    /// <summary>
    /// A row a CSV parser split; with <paramref name="quotesAsText"/>, its fields quote plainly (<see cref="PlainQuoting"/>)
    /// and hold their quotes. <paramref name="original"/> is the row's text kept before a parser that unescapes read its
    /// fields (<see cref="OriginalRowText"/>), or empty when the row's own span keeps it.
    /// </summary>
    internal RowView(SepReader.Row row, bool quotesAsText, ReadOnlySpan<char> original, int[] indices, string[] names)
    {
        this.row = row;
        this.quotesAsText = quotesAsText;
        this.original = original;
        this.indices = indices;
        this.names = names;
    }

    /// <summary>A row of decoded fields: field <c>i</c> is <paramref name="text"/> from <c>ends[i - 1]</c> (0 for the first) to <c>ends[i]</c>.</summary>
    internal RowView(ReadOnlySpan<char> text, ReadOnlySpan<int> ends, int[] indices, string[] names)
    {
        decoded = text;
        this.ends = ends;
        this.indices = indices;
        this.names = names;
    }

    /// <remarks>
    /// The field's value is built once, from its bounds: a value chosen between two spans (unquoted or not, trimmed or
    /// not) went through a slot on the stack, written as two halves and read back whole, which the processor cannot
    /// forward from the writes and makes wait, on every field of every row.
    /// </remarks>
    internal ReadOnlySpan<char> this[int column]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            int index = indices[column];
            if (!ends.IsEmpty)
            {
                return DecodedField(index);
            }
            if (unchecked((uint)index) >= (uint)row.ColCount)
            {
                return [];
            }
            ReadOnlySpan<char> field = row[index].Span;
            int start = 0;
            int length = field.Length;
            // As Unquote does, in bounds rather than a second span.
            if (quotesAsText && length >= 2 && field[0] == '"')
            {
                start = 1;
                length -= 2;
            }
            if (length > 0 && (!IsPrintableAscii(field[start]) | !IsPrintableAscii(field[start + length - 1])))
            {
                ulong trimmed = TrimmedBounds(field.Slice(start, length));
                start += unchecked((int)(uint)trimmed);
                length = (int)(trimmed >> 32);
            }
            return field.Slice(start, length);
        }
    }

    /// <summary>A field of a row decoded elsewhere (kept out of the indexer, which reading a file's rows inlines).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private ReadOnlySpan<char> DecodedField(int index) =>
        unchecked((uint)index) >= (uint)ends.Length ? [] : decoded[(index == 0 ? 0 : ends[index - 1])..ends[index]].Trim();

    /// <summary>A plainly quoted field's value: the text between its quotes when it starts with one (it then ends with one too).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ReadOnlySpan<char> Unquote(ReadOnlySpan<char> field) =>
        field.Length >= 2 && field[0] == '"' ? field[1..^1] : field;

    /// <summary>Whether a character is printable ASCII, which is never white space.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsPrintableAscii(char c) => unchecked(c - 0x21u) < 0x5Eu;

    /// <summary>
    /// Where a text without its leading and trailing white space starts within it (the low 32 bits) and how long it is
    /// (the high 32): two integers in one register, out of line, since fields rarely have any.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ulong TrimmedBounds(ReadOnlySpan<char> text)
    {
        int start = text.Length - text.TrimStart().Length;
        int length = text[start..].TrimEnd().Length;
        return ((ulong)(uint)length << 32) | (uint)start;
    }

    /// <summary>The row's text as a file would hold it, for a reject: a CSV row's own, or the decoded fields joined as CSV.</summary>
    internal string Raw()
    {
        if (ends.IsEmpty)
        {
            return original.IsEmpty ? row.Span.ToString() : original.ToString();
        }
        var text = new System.Text.StringBuilder(decoded.Length + ends.Length);
        for (int index = 0; index < ends.Length; index++)
        {
            ReadOnlySpan<char> field = decoded[(index == 0 ? 0 : ends[index - 1])..ends[index]];
            text.Append(index == 0 ? "" : ",");
            if (field.ContainsAny(",\"\r\n"))
            {
                text.Append('"').Append(field.ToString().Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                text.Append(field);
            }
        }
        return text.ToString();
    }

    internal string Name(int column) => names[column];

    internal bool Has(int column) => indices[column] >= 0;
}
