using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using Evaluation.Core.Catalog;
using Evaluation.Core.Validation;
using Evaluation.IO.Csv;
using Evaluation.IO.Csv.Splitting;

namespace Evaluation.IO.Columnar;

/// <summary>
/// The rows of one large file in file order, one compact value each, with the code columns cases and ratings share
/// (matter, unit, department, window), dictionary-encoded. Rows hold no references, so the garbage collector never
/// traces them. Their arrays are sized from the file's length and the bytes the first rows took (<see cref="SampleRows"/>),
/// so that a file of short rows or long keys is not copied into arrays twice its size as it is read.
/// </summary>
/// <typeparam name="TRow">The row type.</typeparam>
internal abstract class ColumnarTable<TRow>
    where TRow : struct, ICodedRow
{
    /// <summary>
    /// The rows read before the room for a file's rows is sized from the bytes they took: enough that what the readers
    /// have buffered ahead of them is a small part of those bytes, few enough that the rows copied are a few megabytes.
    /// </summary>
    internal const int SampleRows = 1 << 18;

    /// <summary>The fewest bytes a row of a file takes, for the room given to a file's first rows (a generous bound).</summary>
    private const int ShortestRowBytes = 24;

    private TRow[] rows = new TRow[1 << 16];
    private readonly LineRuns lines = new();
    private int populatedRows; // where the rows whose pages were mapped ahead end; rows at or past it map the next ones (a larger array starts there, its earlier rows copied)
    private long fileBytes;
    private Func<long>? bytesRead;
    private bool estimated;

    protected ColumnarTable(CsvFileKind kind) => File = CsvSchema.FileName(kind);

    internal CodeColumn<MatterCode> Matters { get; } = new(MatterCode.TryParse);

    internal CodeColumn<UnitCode> Units { get; } = new(UnitCode.TryParse);

    internal CodeColumn<DepartmentCode> Departments { get; } = new(DepartmentCode.TryParse);

    internal CodeColumn<WindowCode> Windows { get; } = new(WindowCode.TryParse);

    /// <summary>The rows, of which the first <see cref="Count"/> are in use.</summary>
    internal TRow[] Rows => rows;

    internal int Count { get; private set; }

    /// <summary>The file name reports give.</summary>
    internal string File { get; private set; }

    /// <summary>The position of a row for reports; none for a row taken from a record without one (line 0).</summary>
    internal SourcePosition? SourceOf(int row) => LineOf(row) is int line and > 0 ? new SourcePosition(File, line) : null;

    /// <summary>The line a row was read from (0 for a row taken from a record without one).</summary>
    internal int LineOf(int row) => lines.LineOf(row);


    /// <summary>
    /// Appends the rows of a table read from the rest of the same file (a <see cref="SplitFile"/>'s tail), in file order:
    /// its codes take this table's indices, and its lines are shifted by <paramref name="lineShift"/>, the head's lines
    /// less the tail's header line.
    /// </summary>
    internal void AppendTail(ColumnarTable<TRow> tail, int lineShift) =>
        AppendTail(tail, new CodeMaps(tail.Matters.MapInto(Matters), tail.Units.MapInto(Units), tail.Departments.MapInto(Departments), tail.Windows.MapInto(Windows)), lineShift);

    /// <summary>Appends a tail's rows and the columns kept beside them (keys, texts, records), its codes mapped by <paramref name="codes"/>.</summary>
    protected abstract void AppendTail(ColumnarTable<TRow> tail, CodeMaps codes, int lineShift);

    /// <summary>
    /// Appends a tail's rows, their codes mapped by <paramref name="codes"/> (<see cref="CopyWithCodes"/>) and their lines
    /// shifted by <paramref name="lineShift"/>: the rows are copied in two halves at once, <paramref name="alongside"/>
    /// (the columns kept beside the rows) on a third task, since the other core would otherwise wait for the join.
    /// </summary>
    protected void AppendRows(ColumnarTable<TRow> tail, CodeMaps codes, int lineShift, Action alongside)
    {
        lines.AppendAll(tail.lines, lineShift);
        int start = Count, count = tail.Count;
        if ((long)start + count > rows.Length)
        {
            Array.Resize(ref rows, checked(start + count));
        }
        int half = count / 2;
        TRow[] from = tail.rows, to = rows;
        Parallel.Invoke(
            () => CopyWithCodes(from.AsSpan(0, half), to.AsSpan(start, half), codes),
            () => CopyWithCodes(from.AsSpan(half, count - half), to.AsSpan(start + half, count - half), codes),
            alongside);
        Count += count;
    }

    /// <summary>Copies rows of a tail into this table's, each code's index mapped to this table's (a loop of millions of rows, run once: compiled fully at once).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CopyWithCodes(ReadOnlySpan<TRow> from, Span<TRow> to, CodeMaps codes)
    {
        for (int i = 0; i < from.Length; i++)
        {
            TRow row = from[i];
            row.MapCodes(codes);
            to[i] = row;
        }
    }

    /// <summary>
    /// Makes room for a file's first rows; once <see cref="SampleRows"/> are read, the room is made for as many rows as
    /// the file holds at the bytes a row those took (when the file's length and the bytes read are known).
    /// </summary>
    protected void Begin(TextReader text, string file)
    {
        Stream? stream = text switch { DecodingReader decoding => decoding.BaseStream, StreamReader reader => reader.BaseStream, _ => null };
        (fileBytes, bytesRead) = stream switch
        {
            ReadOnlyStream partial => (partial.Length, () => partial.BytesRead),
            { CanSeek: true } whole => (whole.Length, () => whole.Position),
            _ => (0L, (Func<long>?)null),
        };
        Begin(file, Math.Min(fileBytes / ShortestRowBytes, SampleRows));
    }

    /// <summary>Makes room for a number of rows expected (an estimate).</summary>
    protected void Begin(string file, long expectedRows)
    {
        File = file;
        int expected = (int)Math.Clamp(expectedRows, 0, 1 << 28);
        if (expected > rows.Length)
        {
            Array.Resize(ref rows, expected);
        }
        Reserve(expected);
    }

    /// <summary>Makes room in the key columns of a table for a number of rows.</summary>
    protected abstract void Reserve(int expected);

    /// <summary>Appends a row read from a line (0 for none).</summary>
    protected void Append(in TRow row, int line)
    {
        lines.Add(line);
        AppendRow(row);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AppendRow(in TRow row)
    {
        if (Count == rows.Length)
        {
            Grow();
        }
        if (Count >= populatedRows)
        {
            PopulateAhead();
        }
        rows[Count++] = row;
    }

    /// <summary>Maps the pages of the next rows to be written, a few megabytes of them (<see cref="PagePopulation"/>).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void PopulateAhead()
    {
        int chunk = Math.Max(1, PagePopulation.ChunkBytes / Unsafe.SizeOf<TRow>());
        PagePopulation.Populate(rows, Count, chunk);
        populatedRows = (int)Math.Min(rows.Length, (long)Count + chunk);
    }

    /// <summary>
    /// Makes room for more rows: the first time, as many as the file is expected to hold at the bytes a row has taken so
    /// far, a twentieth more; should the rows outgrow that (later rows shorter than the first), that many again or half
    /// as many again as now, whichever is more. When the file is all read, only the rows its readers hold in their
    /// buffers remain: a sixteenth more and 1,024 (a file of a few rows more than <see cref="SampleRows"/> is read to its
    /// end before they are counted). Twice as many when the file's length or progress is unknown. The key columns' room
    /// follows, at the bytes their keys have taken.
    /// </summary>
    private void Grow()
    {
        long read = bytesRead?.Invoke() ?? 0;
        bool allRead = read > 0 && fileBytes > 0 && read >= fileBytes;
        long expected = read > 0 && fileBytes > read ? (long)(Count * (fileBytes / (double)read) * 1.05) + 1024 : 0;
        long next = allRead ? Count + (Count / 16L) + 1024
            : expected == 0 ? Count * 2L
            : estimated ? Math.Max(expected, Count + (Count / 2L))
            : expected;
        estimated |= expected > 0;
        Array.Resize(ref rows, (int)Math.Clamp(next, Count + 1L, Array.MaxLength));
        Reserve(rows.Length);
    }
}
