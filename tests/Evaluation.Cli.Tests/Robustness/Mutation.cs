using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Evaluation.Cli.Tests.Robustness;

/// <summary>
/// One change to a file of an export, as other platforms' exports and damaged copies have them: columns dropped,
/// duplicated, renamed or reordered; rows cut short; stray quotes, NUL bytes, invalid UTF-8, the whole file in UTF-16;
/// huge numbers, instants of any year, and lines over the reader's limit.
/// </summary>
internal abstract record Mutation
{
    /// <summary>Applies the change to a file given as rows of fields, returning its bytes.</summary>
    internal abstract byte[] Apply(List<string[]> rows);

    internal static byte[] Utf8(List<string[]> rows) => Encoding.UTF8.GetBytes(CsvText.Write(rows));

    internal static Gen<Mutation> Any { get; } = Gen.OneOf(
        Gen.Choose(0, 12).Select(c => (Mutation)new DropColumn(c)),
        Gen.Choose(0, 12).Select(c => (Mutation)new DuplicateColumn(c)),
        Gen.Choose(0, 12).Select(c => (Mutation)new RenameColumn(c)),
        Gen.Choose(0, 1000).Select(seed => (Mutation)new ReorderColumns(seed)),
        Gen.Choose(1, 20).SelectMany(r => Gen.Choose(0, 200).Select(at => (Mutation)new TruncateRow(r, at))),
        Gen.Choose(0, 20).SelectMany(r => Gen.Choose(0, 200).Select(at => (Mutation)new InsertBytes(r, at, [(byte)'"']))),
        Gen.Choose(0, 20).SelectMany(r => Gen.Choose(0, 200).Select(at => (Mutation)new InsertBytes(r, at, [0]))),
        Gen.Choose(0, 20).SelectMany(r => Gen.Choose(0, 200).Select(at => (Mutation)new InsertBytes(r, at, [0xC3, 0x28, 0xFF]))),
        Gen.Constant((Mutation)new Utf16()),
        Gen.Choose(1, 20).SelectMany(r => Gen.Choose(0, 12).Select(c => (Mutation)new ReplaceField(r, c, "99999999999999999999999999"))),
        Gen.Choose(1, 20).SelectMany(r => Gen.Choose(0, 12).SelectMany(c => AnyInstant.Select(i => (Mutation)new ReplaceField(r, c, i)))),
        Gen.Choose(1, 20).Select(r => (Mutation)new LongLine(r)));

    private static Gen<string> AnyInstant =>
        from year in Gen.Frequency((3, Gen.Choose(1, 9999)), (1, Gen.Elements(1949, 1950, 2099, 2100, 2018, 2027)))
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, 28)
        from offset in Gen.Elements("+08:00", "Z", "-14:00", "+14:00", "")
        select $"{year:D4}-{month:D2}-{day:D2}T23:59:59{offset}";

    private static int Clamp(int index, int count) => count == 0 ? 0 : Math.Min(index, count - 1);

    internal sealed record DropColumn(int Column) : Mutation
    {
        internal override byte[] Apply(List<string[]> rows) =>
            Utf8([.. rows.Select(r => r.Where((_, c) => c != Clamp(Column, rows[0].Length)).ToArray())]);
    }

    internal sealed record DuplicateColumn(int Column) : Mutation
    {
        internal override byte[] Apply(List<string[]> rows) =>
            Utf8([.. rows.Select(r => r.Length == 0 ? r : [.. r, r[Clamp(Column, r.Length)]])]);
    }

    internal sealed record RenameColumn(int Column) : Mutation
    {
        internal override byte[] Apply(List<string[]> rows)
        {
            string[] header = [.. rows[0]];
            header[Clamp(Column, header.Length)] += "_renamed";
            return Utf8([header, .. rows.Skip(1)]);
        }
    }

    internal sealed record ReorderColumns(int Seed) : Mutation
    {
        internal override byte[] Apply(List<string[]> rows)
        {
            int[] order = [.. Enumerable.Range(0, rows[0].Length).OrderBy(c => HashCode.Combine(Seed, c))];
            return Utf8([.. rows.Select(r => order.Select(c => c < r.Length ? r[c] : string.Empty).ToArray())]);
        }
    }

    internal sealed record TruncateRow(int Row, int At) : Mutation
    {
        internal override byte[] Apply(List<string[]> rows)
        {
            string[] lines = CsvText.Write(rows).Split('\n');
            int row = Clamp(Row, lines.Length);
            lines[row] = lines[row][..Math.Min(At, lines[row].Length)];
            return Encoding.UTF8.GetBytes(string.Join('\n', lines));
        }
    }

    internal sealed record InsertBytes(int Row, int At, byte[] Bytes) : Mutation
    {
        internal override byte[] Apply(List<string[]> rows)
        {
            byte[] text = Utf8(rows);
            int start = 0;
            for (int r = 0; r < Row && Array.IndexOf(text, (byte)'\n', start) is int end and >= 0; r++)
            {
                start = end + 1;
            }
            int at = Math.Min(text.Length, start + At);
            return [.. text[..at], .. Bytes, .. text[at..]];
        }

        public override string ToString() => $"InsertBytes {{ Row = {Row}, At = {At}, Bytes = {Convert.ToHexString(Bytes)} }}";
    }

    internal sealed record Utf16 : Mutation
    {
        internal override byte[] Apply(List<string[]> rows) => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(CsvText.Write(rows))];
    }

    internal sealed record ReplaceField(int Row, int Column, string Value) : Mutation
    {
        internal override byte[] Apply(List<string[]> rows)
        {
            if (rows.Count > 1)
            {
                string[] row = rows[Clamp(Row, rows.Count - 1) + 1];
                row[Clamp(Column, row.Length)] = Value;
            }
            return Utf8(rows);
        }
    }

    internal sealed record LongLine(int Row) : Mutation
    {
        internal override byte[] Apply(List<string[]> rows)
        {
            if (rows.Count > 1)
            {
                string[] row = rows[Clamp(Row, rows.Count - 1) + 1];
                row[^1] += new string('x', Evaluation.IO.Csv.RowLengthGuard.DefaultLimit + 10);
            }
            return Utf8(rows);
        }

        public override string ToString() => $"LongLine {{ Row = {Row} }}";
    }
}
