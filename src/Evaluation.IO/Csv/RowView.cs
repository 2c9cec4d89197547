using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using nietras.SeparatedValues;

namespace Evaluation.IO.Csv;

/// <summary>
/// One row of a file, read by column name through the header's indices: a row whose fields are slices of one text
/// between known ends (a row split at its commas, <see cref="FieldEnds"/>, or a row whose fields were decoded
/// elsewhere, a database's binary rows, end to end), or a row a CSV parser split and unescaped, read field by field.
/// </summary>
internal readonly ref struct RowView
{
    private readonly SepReader.Row row;
    private readonly bool quotesAsText;
    private readonly ReadOnlySpan<char> original;
    private readonly ReadOnlySpan<char> text;
    private readonly ReadOnlySpan<int> ends;
    private readonly RowForm form;
    private readonly int[] indices;
    private readonly string[] names;

    /// <summary>
    /// A row a CSV parser split, read from the parser field by field; with <paramref name="quotesAsText"/>, its fields
    /// quote plainly (<see cref="PlainQuoting"/>) and hold their quotes. <paramref name="original"/> is the row's text
    /// kept before a parser that unescapes read its fields (<see cref="OriginalRowText"/>), or empty when the row's own
    /// span keeps it.
    /// </summary>
    internal RowView(SepReader.Row row, bool quotesAsText, ReadOnlySpan<char> original, int[] indices, string[] names)
    {
        this.row = row;
        form = RowForm.Parsed;
        this.quotesAsText = quotesAsText;
        this.original = original;
        this.indices = indices;
        this.names = names;
    }

    /// <summary>
    /// A row's text split at its commas: field <c>i</c> is <paramref name="text"/> from just after <c>ends[i - 1]</c> (0
    /// for the first) to <c>ends[i]</c> (<see cref="FieldEnds.Split"/>); with <paramref name="quotesAsText"/>, its
    /// fields quote plainly (<see cref="PlainQuoting"/>) and hold their quotes.
    /// </summary>
    internal RowView(ReadOnlySpan<char> text, ReadOnlySpan<int> ends, bool quotesAsText, int[] indices, string[] names)
    {
        this.text = text;
        this.ends = ends;
        form = RowForm.Split;
        this.quotesAsText = quotesAsText;
        this.indices = indices;
        this.names = names;
    }

    /// <summary>A row of decoded fields: field <c>i</c> is <paramref name="text"/> from <c>ends[i - 1]</c> (0 for the first) to <c>ends[i]</c>.</summary>
    internal RowView(ReadOnlySpan<char> text, ReadOnlySpan<int> ends, int[] indices, string[] names)
    {
        this.text = text;
        this.ends = ends;
        this.indices = indices;
        this.names = names;
    }

    /// <summary>A field's value: its text, without the quotes of a field quoted plainly, and trimmed of white space.</summary>
    /// <remarks>
    /// A row split at its commas (the common case, inlined into the readers of large files) slices its text between
    /// the ends <see cref="FieldEnds.Split"/> wrote, which ascend within the text, without checking them again. The
    /// field's value is built once, from its bounds: a value chosen between two spans (unquoted or not, trimmed or
    /// not) went through a slot on the stack, written as two halves and read back whole, which the processor cannot
    /// forward from the writes and makes wait, on every field of every row.
    /// </remarks>
    internal ReadOnlySpan<char> this[int column]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            int index = indices[column];
            if (form != RowForm.Split)
            {
                return OtherField(index);
            }
            if (unchecked((uint)index) >= (uint)ends.Length)
            {
                return [];
            }
            ref int end = ref Unsafe.Add(ref MemoryMarshal.GetReference(ends), index);
            int start = index == 0 ? 0 : unchecked(Unsafe.Add(ref end, -1) + 1);
            int length = unchecked(end - start);
            ref char first = ref Unsafe.Add(ref MemoryMarshal.GetReference(text), start);
            if (quotesAsText && length >= 2 && first == '"')
            {
                first = ref Unsafe.Add(ref first, 1);
                length = unchecked(length - 2);
            }
            if (length > 0 && (!IsPrintableAscii(first) | !IsPrintableAscii(Unsafe.Add(ref first, unchecked(length - 1)))))
            {
                return Trimmed(MemoryMarshal.CreateReadOnlySpan(ref first, length));
            }
            return MemoryMarshal.CreateReadOnlySpan(ref first, length);
        }
    }

    /// <summary>
    /// A field of a row read from the parser field by field, or of a row decoded elsewhere (kept out of the indexer,
    /// which reading a file's rows inlines).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private ReadOnlySpan<char> OtherField(int index)
    {
        if (form == RowForm.Decoded)
        {
            return unchecked((uint)index) >= (uint)ends.Length ? [] : text[(index == 0 ? 0 : ends[index - 1])..ends[index]].Trim();
        }
        if (unchecked((uint)index) >= (uint)row.ColCount)
        {
            return [];
        }
        ReadOnlySpan<char> field = quotesAsText ? Unquote(row[index].Span) : row[index].Span;
        return field.IsEmpty || (IsPrintableAscii(field[0]) && IsPrintableAscii(field[^1])) ? field : Trimmed(field);
    }

    /// <summary>A plainly quoted field's value: the text between its quotes when it starts with one (it then ends with one too).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ReadOnlySpan<char> Unquote(ReadOnlySpan<char> field) =>
        field.Length >= 2 && field[0] == '"' ? field[1..^1] : field;

    /// <summary>Whether a character is printable ASCII, which is never white space.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsPrintableAscii(char c) => unchecked(c - 0x21u) < 0x5Eu;

    /// <summary>A text without its leading and trailing white space, out of line: fields rarely have any.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ReadOnlySpan<char> Trimmed(ReadOnlySpan<char> text) => text.Trim();

    /// <summary>The row's text as a file would hold it, for a reject: a CSV row's own, or the decoded fields joined as CSV.</summary>
    internal string Raw()
    {
        if (form == RowForm.Parsed)
        {
            return original.IsEmpty ? row.Span.ToString() : original.ToString();
        }
        if (form == RowForm.Split)
        {
            return text.ToString();
        }
        var joined = new System.Text.StringBuilder(text.Length + ends.Length);
        for (int index = 0; index < ends.Length; index++)
        {
            ReadOnlySpan<char> field = text[(index == 0 ? 0 : ends[index - 1])..ends[index]];
            joined.Append(index == 0 ? "" : ",");
            if (field.ContainsAny(",\"\r\n"))
            {
                joined.Append('"').Append(field.ToString().Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                joined.Append(field);
            }
        }
        return joined.ToString();
    }

    internal string Name(int column) => names[column];

    internal bool Has(int column) => indices[column] >= 0;

    /// <summary>Where a row's fields come from.</summary>
    private enum RowForm : byte
    {
        /// <summary>Decoded elsewhere, end to end in one text (the default).</summary>
        Decoded,

        /// <summary>The row's text, split at its commas (<see cref="FieldEnds"/>).</summary>
        Split,

        /// <summary>The CSV parser, field by field.</summary>
        Parsed,
    }
}
