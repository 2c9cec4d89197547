using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Evaluation.Core.Catalog;
using Evaluation.IO.Csv;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;
using static Evaluation.IO.Tests.RowLengthGuardProperties;

namespace Evaluation.IO.Tests;

/// <summary>
/// Plain quoting: rows whose every quote opens or closes a whole field, with no comma or line break within quotes, are
/// read with quotes taken as text; a row that does not quote plainly is set aside for the parser that parses quotes
/// (but the first row, and rows past the few set aside for free), or hands the rest of the file to that parser. Checked against a reading field by field, on texts that mix plain rows with every other
/// use of quotes (doubled quotes, quotes within a field, separators and line breaks within quotes, quotes never closed),
/// and with characters whose low byte is a quote, a comma or a line break (<c>Ģ</c> U+0122, <c>Ĭ</c> U+012C,
/// <c>Ċ</c> U+010A, <c>č</c> U+010D).
/// </summary>
public class PlainQuotingProperties
{
    private static readonly Gen<string> FieldText =
        Gen.Frequency((8, Gen.Constant('a')), (1, Gen.Constant(' ')), (1, Gen.Elements('\u0122', '\u012C', '\u010A', '\u010D', '字')))
            .ArrayOf().Resize(6).Select(chars => new string(chars));

    /// <summary>A field quoted plainly, bare, or now and then in a way that is not plain.</summary>
    private static readonly Gen<string> Field = Gen.Frequency(
        (6, FieldText.Select(t => "\"" + t + "\"")),
        (4, FieldText),
        (1, Gen.Elements("\"a\"\"b\"", "a\"b", "\"a\"b", "\"a,b\"", "\"a\nb\"", "\"a\r\nb\"", " \"a\"", "\"a\" ", "\"", "\"\"\"")));

    private static readonly Gen<string> Texts =
        from rows in Field.ArrayOf().Resize(5).Select(fields => string.Join(",", fields)).ArrayOf().Resize(40)
        from breaks in Gen.Elements("\n", "\r\n", "\r").ArrayOf()
        from lastBreak in Gen.Elements(true, false)
        select string.Concat(rows.Select((row, i) => row + (i < rows.Length - 1 || lastBreak ? breaks.Length == 0 ? "\n" : breaks[i % breaks.Length] : "")));

    [Property(MaxTest = 3000)]
    public Property The_block_check_finds_the_first_row_that_does_not_quote_plainly()
    {
        return Prop.ForAll(Texts.ToArbitrary(), text =>
        {
            List<(int Start, int End, bool Plain)> rows = Rows(text);
            int breach = PlainQuoting.FirstBreach(text, endsText: true);
            int firstNotPlain = rows.FindIndex(r => !r.Plain);
            bool agrees = firstNotPlain < 0
                ? breach < 0
                : breach >= rows[firstNotPlain].Start && breach <= rows[firstNotPlain].End;
            return agrees.Label($"breach {breach}, first row not plain {firstNotPlain} of {Show(text)}");
        });
    }

    [Theory]
    [InlineData(0)]
    [InlineData(60)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(130)]
    public void A_quote_at_the_end_is_judged_by_what_follows_unless_the_file_ends(int before)
    {
        string closed = new string('a', before) + ",\"b\"";
        string open = new string('a', before) + ",\"b";

        Assert.Equal(-1, PlainQuoting.FirstBreach(closed, endsText: true));
        Assert.Equal(-1, PlainQuoting.FirstBreach(closed, endsText: false));
        Assert.Equal(closed.Length - 1, PlainQuoting.FirstBreach(closed + "c", endsText: false));
        Assert.Equal(-1, PlainQuoting.FirstBreach(closed + "\n", endsText: false));
        Assert.Equal(open.Length - 2, PlainQuoting.FirstBreach(open, endsText: true));
        Assert.Equal(-1, PlainQuoting.FirstBreach(open, endsText: false));
    }

    [Property(MaxTest = 2000)]
    public Property The_guard_passes_plain_rows_then_pauses_before_the_first_other_and_passes_the_rest_as_before()
    {
        Gen<(string Text, int[] Reads, bool Peek)> cases =
            from text in Texts
            from reads in Gen.Choose(1, 300).ArrayOf()
            from peek in Gen.Elements(false, true)
            select (text, reads, peek);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            // Dropped rows' marker lines name their guard: named alike here.
            using var reference = new RowLengthGuard(new StringReader(c.Text), 1 << 20);
            string expected = ReadAll(reference, c.Reads, 300).Replace(reference.Marker, "<dropped>", StringComparison.Ordinal);
            using var guard = new RowLengthGuard(new StringReader(c.Text), 1 << 20, plainQuotes: true);
            // Whether the first rows hold a quote, asked or not before the rows are read, changes nothing they pass.
            bool answered = !c.Peek || guard.QuotedAtStart() == QuotedAtStart(c.Text);
            string plain = ReadAll(guard, c.Reads, 300).Replace(guard.Marker, "<dropped>", StringComparison.Ordinal);
            bool paused = guard.Paused;
            guard.ParseQuotes();
            string rest = ReadAll(guard, c.Reads, 300).Replace(guard.Marker, "<dropped>", StringComparison.Ordinal);
            // A last row the text ends inside a quote is dropped (a marker line in its place), before or after the pause.
            List<(int Start, int End, bool Plain)> rows = Rows(c.Text);
            int firstNotPlain = rows.FindIndex(r => !r.Plain);
            bool unterminated = firstNotPlain >= 0 && firstNotPlain == rows.Count - 1 && EndsInQuote(c.Text, rows[firstNotPlain].Start);
            bool pausedWhereExpected = firstNotPlain >= 0
                ? paused && plain == c.Text[..rows[firstNotPlain].Start]
                : !paused && plain == expected;
            bool droppedWithoutPause = unterminated && !paused && plain == expected;
            return answered.Label($"quoted at the start: expected {QuotedAtStart(c.Text)}")
                .And((pausedWhereExpected || droppedWithoutPause).Label($"paused {paused}, passed before the pause {Show(plain)}"))
                .And((plain + rest == expected).Label($"passed in all {Show(plain + rest)}, expected {Show(expected)}"));
        });
    }

    [Property(MaxTest = 2000)]
    public Property A_guard_that_sets_rows_aside_passes_every_row_each_one_not_plain_in_a_marker_line_of_its_own()
    {
        Gen<(string Text, int[] Reads)> cases =
            from text in Texts
            from reads in Gen.Choose(1, 300).ArrayOf()
            select (text, reads);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            using var reference = new RowLengthGuard(new StringReader(c.Text), 1 << 20);
            string expected = OneBreak(ReadAll(reference, c.Reads, 300).Replace(reference.Marker, "<dropped>", StringComparison.Ordinal));
            using var guard = new RowLengthGuard(new StringReader(c.Text), 1 << 20, plainQuotes: true, setAside: true);
            string passed = ReadAll(guard, c.Reads, 300);
            bool paused = guard.Paused;
            guard.ParseQuotes();
            passed += ReadAll(guard, c.Reads, 300);
            string expanded = passed;
            for (int i = guard.Aside.Count - 1; i >= 0; i--)
            {
                expanded = expanded.Replace($"{guard.AsideMarker}{i}\n", guard.Aside[i].Text + "\n", StringComparison.Ordinal);
            }
            expanded = OneBreak(expanded.Replace(guard.Marker, "<dropped>", StringComparison.Ordinal));
            // A last row set aside comes back in a line of its own, with a line break the text's end did not have.
            if (guard.Aside.Count > 0 && passed.EndsWith($"{guard.AsideMarker}{guard.Aside.Count - 1}\n", StringComparison.Ordinal) && !expected.EndsWith('\n'))
            {
                expanded = expanded[..^1];
            }
            List<(int Start, int End, bool Plain)> rows = Rows(c.Text);
            int notPlain = rows.Count(r => !r.Plain);
            // Rows not plain are set aside but for the first row, and for those after the free ones (the texts are short): the rest then passes as parsed with quotes.
            // A last row the text ends inside a quote is dropped rather than set aside.
            bool unterminated = rows.Count > 0 && !rows[^1].Plain && EndsInQuote(c.Text, rows[^1].Start);
            bool asideAsExpected = guard.Aside.All(r => !IsPlain(r.Text)) && guard.Aside.Count <= RowLengthGuard.FreeAsideRows
                && (paused || guard.Aside.Count == notPlain - (unterminated ? 1 : 0))
                && (rows.Count == 0 || rows[0].Plain || guard.Aside.Count == 0);
            int differ = expanded.AsSpan().CommonPrefixLength(expected);
            return (expanded == expected).Label($"passed {Show(expanded[Math.Max(0, differ - 80)..])}\nexpected {Show(expected[Math.Max(0, differ - 80)..])}")
                .And(asideAsExpected.Label($"{guard.Aside.Count} rows set aside of {notPlain} not plain, paused {paused}"));
        });
    }

    [Property(MaxTest = 1000)]
    public Property Files_read_with_quotes_taken_as_text_give_the_records_and_rejects_of_quotes_parsed_throughout()
    {
        Gen<string> name = Field;
        Gen<string> file =
            from rows in (from n in name from u in Gen.Elements("410202", "\"410202\"", "\"410203\"", "x y") select (n, u)).ArrayOf().Resize(30)
            from quotedHeader in Gen.Elements(true, false)
            from lineBreak in Gen.Elements("\n", "\r\n", "\r", "\r\r")
            select (quotedHeader ? "\"department_code\",\"name\",\"unit_code\"" : "department_code,name,unit_code") + lineBreak
                + string.Concat(rows.Select((r, i) => $"\"D{i}\",{r.n},{r.u}{lineBreak}"));
        return Prop.ForAll(file.ToArbitrary(), text =>
        {
            (List<(Department, long)> records, List<CsvReject> rejects, CsvFileSummary summary) = Read(text, plainQuotes: true);
            (List<(Department, long)> expectedRecords, List<CsvReject> expectedRejects, CsvFileSummary expectedSummary) = Read(text, plainQuotes: false);
            bool sameRejects = rejects.SequenceEqual(expectedRejects);
            return records.SequenceEqual(expectedRecords).Label($"records {string.Join("; ", records)}\nexpected {string.Join("; ", expectedRecords)}")
                .And(sameRejects.Label($"rejects {string.Join("; ", rejects)}\nexpected {string.Join("; ", expectedRejects)}"))
                .And((summary == expectedSummary).Label($"summary {summary}, expected {expectedSummary}"));
        });
    }

    [Fact]
    public void A_rejected_row_quoted_plainly_keeps_its_text_as_the_file_holds_it()
    {
        const string row = "\"D1\",\"窗口, 一\",\"not a unit\"";
        (List<(Department, long)> records, List<CsvReject> rejects, _) = Read("\"department_code\",\"name\",\"unit_code\"\n\"D0\",\"a\",\"410202\"\n" + row + "\n", plainQuotes: true);

        Assert.Single(records);
        CsvReject reject = Assert.Single(rejects);
        Assert.Equal(3, reject.Line);
        Assert.Equal(row, reject.Row);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_rejected_row_of_one_quoted_field_keeps_its_text_as_the_file_holds_it(bool quotedHeader)
    {
        const string row = "\"D1\"\"x, y\"\"\"";
        string header = quotedHeader ? "\"department_code\",\"name\",\"unit_code\"\n" : "department_code,name,unit_code\n";
        foreach (bool plainQuotes in new[] { true, false })
        {
            (_, List<CsvReject> rejects, _) = Read(header + "\"D0\",\"a\",\"410202\"\n" + row + "\n\"D2\",\"b\",\"410202\"\n", plainQuotes);

            CsvReject reject = Assert.Single(rejects);
            Assert.Equal(CsvErrorCodes.RowShape, reject.Code);
            Assert.Equal(row, reject.Row);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Carriage_returns_alone_end_rows_and_stay_in_values_wherever_the_reads_end(bool plainQuotes)
    {
        // Sep 0.18 split a run of carriage returns by where its reads ended: a blank row lost or moved, a value short of one.
        string text = "\"department_code\",\"name\",\"unit_code\"\r\"D1\",\"a\r\rb\",\"410202\"\r\r\r\"D2\",\"c\",\"410202\"\r\r";
        (List<(Department, long)> records, List<CsvReject> rejects, CsvFileSummary summary) = Read(text, plainQuotes);

        Assert.Equal([("D1", "a\r\rb", 2L), ("D2", "c", 7L)], records.Select(r => (r.Item1.Code.Value, r.Item1.Name, r.Item2)));
        Assert.Equal([5L, 6L, 8L], rejects.Select(r => r.Line));
        Assert.Equal(9, summary.NextLine);
    }

    [Property(MaxTest = 60)]
    public Property Runs_of_carriage_returns_read_alike_wherever_the_parser_s_full_reads_end()
    {
        // Texts of 40,000 to 120,000 characters, longer than the parser's first reads (about 32,000 characters), which
        // it fills to the end: a run of carriage returns falls across such an end now and then, and must still end rows.
        Gen<(string[] Breaks, int Rows, bool Quoted, bool PlainQuotes)> cases =
            from breaks in Gen.Elements("\n", "\r\n", "\r", "\r\r", "\r\r\r", "\r\r\n").ArrayOf().Where(b => b.Length > 0)
            from rows in Gen.Choose(2_000, 6_000)
            from quoted in Gen.Elements(true, false)
            from plainQuotes in Gen.Elements(true, false)
            select (breaks, rows, quoted, plainQuotes);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            string Row(int i) => c.Quoted ? $"\"D{i}\",\"n{i}\",\"410202\"" : $"D{i},n{i},410202";
            var text = new System.Text.StringBuilder("department_code,name,unit_code\n");
            var expected = new List<(string Code, long Line)>();
            var blankLines = new List<long>();
            long line = 2;
            for (int i = 0; i < c.Rows; i++)
            {
                string lineBreak = c.Breaks[i % c.Breaks.Length];
                text.Append(Row(i)).Append(lineBreak);
                expected.Add(($"D{i}", line));
                int lines = lineBreak.Length - (lineBreak.EndsWith("\r\n", StringComparison.Ordinal) ? 1 : 0);
                blankLines.AddRange(Enumerable.Range(1, lines - 1).Select(blank => line + blank));
                line += lines;
            }
            (List<(Department, long)> records, List<CsvReject> rejects, CsvFileSummary summary) = Read(text.ToString(), c.PlainQuotes);
            return (records.Select(r => (r.Item1.Code.Value, r.Item2)).SequenceEqual(expected)
                    && rejects.Select(r => r.Line).SequenceEqual(blankLines)
                    && summary.NextLine == line)
                .Label($"breaks {string.Join(" ", c.Breaks.Select(b => b.Replace("\r", "CR", StringComparison.Ordinal).Replace("\n", "LF", StringComparison.Ordinal)))}, {c.Rows} rows, quoted {c.Quoted}: {records.Count} records, {rejects.Count} rejects");
        });
    }

    [Theory]
    [InlineData("\"department_code\",\"name\",\"unit_code\"\n\"D1\",\"a\",\"410202\"\n", true)]
    [InlineData("department_code,name,unit_code\n\"D1\",\"a\",\"410202\"\n", true)]
    [InlineData("department_code,name,unit_code\r\n\"D1\",\"a\",\"410202\"\r\n", true)]
    [InlineData("department_code,name,unit_code\r\"D1\",\"a\",\"410202\"\r", true)]
    [InlineData("department_code,name,unit_code\nD1,\"a\",410202\n", true)]
    [InlineData("department_code,name,unit_code\nD1,a,410202\n\"D2\",\"b\",\"410202\"\n", false)]
    [InlineData("department_code,name,unit_code\r\nD1,a,410202\r\n\"D2\",\"b\",\"410202\"\r\n", false)]
    [InlineData("department_code,name,unit_code\n", false)]
    [InlineData("department_code,name,unit_code", false)]
    public void Quotes_are_taken_as_text_when_the_header_or_the_row_after_it_holds_one(string text, bool quotesAsText)
    {
        // PostgreSQL's COPY with FORCE_QUOTE * quotes every field but not the header's names.
        using var guard = new RowLengthGuard(new StringReader(text), RowLengthGuard.DefaultLimit, plainQuotes: true, setAside: true);

        Assert.Equal(quotesAsText, new GuardedParsers(guard).QuotesAsText);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void A_bare_header_over_quoted_rows_reads_as_the_parser_of_quotes_does(string lineBreak)
    {
        string text = string.Join(lineBreak, "department_code,name,unit_code", "\"D1\",\"a\",\"410202\"", "\"D2\",\"b, c\",\"410202\"",
            "\"D3\",\"say \"\"d\"\"\",\"410202\"", "\"D4\",\"e\",\"bad unit\"", "\"D5\",\"\"\"f\"\"\",\"410202\"") + lineBreak;

        (List<(Department, long)> records, List<CsvReject> rejects, CsvFileSummary summary) = Read(text, plainQuotes: true);
        (List<(Department, long)> expected, List<CsvReject> expectedRejects, CsvFileSummary expectedSummary) = Read(text, plainQuotes: false);

        Assert.Equal([("D1", "a", 2L), ("D2", "b, c", 3L), ("D3", "say \"d\"", 4L), ("D5", "\"f\"", 6L)], records.Select(r => (r.Item1.Code.Value, r.Item1.Name, r.Item2)));
        Assert.Equal(expected.Select(r => (r.Item1, r.Item2)), records.Select(r => (r.Item1, r.Item2)));
        Assert.Equal(expectedRejects.Select(r => (r.Line, r.Code, r.Row)), rejects.Select(r => (r.Line, r.Code, r.Row)));
        Assert.Equal(expectedSummary.NextLine, summary.NextLine);
    }

    [Fact]
    public void Lines_after_the_first_row_that_does_not_quote_plainly_keep_their_numbers()
    {
        string text = "\"department_code\",\"name\",\"unit_code\"\n\"D1\",\"a\",\"410202\"\n\"D2\",\"two\nlines\",\"410202\"\n\"D3\",\"c\",\"bad unit\"\n\"D4\",\"say \"\"d\"\"\",\"410202\"\n";
        (List<(Department, long)> records, List<CsvReject> rejects, CsvFileSummary summary) = Read(text, plainQuotes: true);

        Assert.Equal([("D1", "a", 2L), ("D2", "two\nlines", 3L), ("D4", "say \"d\"", 6L)], records.Select(r => (r.Item1.Code.Value, r.Item1.Name, r.Item2)));
        Assert.Equal(5, Assert.Single(rejects).Line);
        Assert.Equal(7, summary.NextLine);
    }

    [Fact]
    public void Rows_not_plain_among_plain_ones_are_set_aside_and_the_rows_after_them_read_plainly()
    {
        const string header = "\"department_code\",\"name\",\"unit_code\"\n";
        string text = header + "\"D1\",\"a\",\"410202\"\n\"D2\",\"b, c\",\"410202\"\n\"D3\",\"d\",\"410202\"\n\"D4\",\"say \"\"e\"\"\",\"410202\"\n\"D5\",\"f\",\"410202\"\n";
        using var guard = new RowLengthGuard(new StringReader(text), 1 << 20, plainQuotes: true, setAside: true);

        string passed = ReadAll(guard, [4096], 4096);

        Assert.False(guard.Paused);
        Assert.Equal(["\"D2\",\"b, c\",\"410202\"", "\"D4\",\"say \"\"e\"\"\",\"410202\""], guard.Aside.Select(r => r.Text));
        Assert.Equal(header + "\"D1\",\"a\",\"410202\"\n" + guard.AsideMarker + "0\n\"D3\",\"d\",\"410202\"\n" + guard.AsideMarker + "1\n\"D5\",\"f\",\"410202\"\n", passed);
        (List<(Department, long)> records, _, _) = Read(text, plainQuotes: true);
        Assert.Equal([("D1", "a"), ("D2", "b, c"), ("D3", "d"), ("D4", "say \"e\""), ("D5", "f")], records.Select(r => (r.Item1.Code.Value, r.Item1.Name)));
    }

    [Fact]
    public void Past_the_free_rows_set_aside_a_row_not_plain_hands_the_rest_to_the_parser_of_quotes()
    {
        string text = "\"department_code\",\"name\",\"unit_code\"\n"
            + string.Concat(Enumerable.Range(0, 40).Select(i => $"\"D{i}\",\"{i}, {i}\",\"410202\"\r\n"));
        using var guard = new RowLengthGuard(new StringReader(text), 1 << 20, plainQuotes: true, setAside: true);

        _ = ReadAll(guard, [4096], 4096);

        Assert.True(guard.Paused);
        Assert.Equal(RowLengthGuard.FreeAsideRows, guard.Aside.Count);
        (List<(Department, long)> records, List<CsvReject> rejects, CsvFileSummary summary) = Read(text, plainQuotes: true);
        Assert.Equal(Enumerable.Range(0, 40).Select(i => ($"D{i}", $"{i}, {i}", i + 2L)), records.Select(r => (r.Item1.Code.Value, r.Item1.Name, r.Item2)));
        Assert.Empty(rejects);
        Assert.Equal(42, summary.NextLine);
    }

    /// <summary>Each line break one line feed: a row set aside is passed back with one, whatever ended it.</summary>
    private static string OneBreak(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static (List<(Department, long)> Records, List<CsvReject> Rejects, CsvFileSummary Summary) Read(string text, bool plainQuotes)
    {
        var records = new List<(Department, long)>();
        var rejects = new List<CsvReject>();
        CsvFileSummary summary = new CsvRecordReader(RowLengthGuard.DefaultLimit, plainQuotes)
            .ReadDepartments(new StringReader(text), "departments.csv", d => records.Add((d.Record, d.Source!.Value.Line!.Value)), rejects.Add);
        return (records, rejects, summary);
    }

    /// <summary>
    /// The rows of a text (ending at a line break outside quotes, or at its end), each with whether it quotes plainly:
    /// read field by field, a field that starts with a quote runs to the next quote, holds no comma or line break, and
    /// is followed by a comma or the row's end; any other field holds no quote.
    /// </summary>
    private static List<(int Start, int End, bool Plain)> Rows(string text)
    {
        var rows = new List<(int, int, bool)>();
        int start = 0;
        while (start < text.Length)
        {
            bool quoted = false;
            int end = start;
            for (; end < text.Length && (quoted || text[end] is not ('\n' or '\r')); end++)
            {
                quoted ^= text[end] == '"';
            }
            rows.Add((start, end, !quoted && IsPlain(text[start..end])));
            start = end + 1;
        }
        return rows;
    }

    /// <summary>Whether the first row holds a quote, or, when it holds none, the row after it (a carriage return and a line feed ending one row).</summary>
    private static bool QuotedAtStart(string text)
    {
        List<(int Start, int End, bool Plain)> rows = Rows(text);
        bool Quoted(int row) => row < rows.Count && text.AsSpan(rows[row].Start, rows[row].End - rows[row].Start).Contains('"');
        bool crLf = rows.Count > 0 && rows[0].End + 1 < text.Length && text[rows[0].End] == '\r' && text[rows[0].End + 1] == '\n';
        return Quoted(0) || Quoted(crLf ? 2 : 1);
    }

    private static bool EndsInQuote(string text, int rowStart) => text.AsSpan(rowStart).Count('"') % 2 == 1;

    private static bool IsPlain(string row)
    {
        int at = 0;
        while (true)
        {
            if (at < row.Length && row[at] == '"')
            {
                int close = row.IndexOf('"', at + 1);
                if (close < 0 || row.AsSpan(at + 1, close - at - 1).IndexOfAny(",\r\n") >= 0 || (close + 1 < row.Length && row[close + 1] != ','))
                {
                    return false;
                }
                at = close + 1;
            }
            else
            {
                int comma = row.IndexOf(',', at);
                int end = comma < 0 ? row.Length : comma;
                if (row.AsSpan(at, end - at).Contains('"'))
                {
                    return false;
                }
                at = end;
            }
            if (at >= row.Length)
            {
                return true;
            }
            at++; // the comma
            if (at == row.Length)
            {
                return true;
            }
        }
    }
}
