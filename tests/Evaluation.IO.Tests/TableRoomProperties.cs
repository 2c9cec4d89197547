using System;
using System.IO;
using System.Linq;
using System.Text;
using Evaluation.IO.Columnar;
using Evaluation.IO.Csv.Splitting;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Evaluation.IO.Tests;

/// <summary>
/// A table read from a file beyond its first <see cref="ColumnarTable{TRow}.SampleRows"/> rows makes room for the rest
/// from the bytes those took: every row is kept, in order, with its key, whether the rows are short or long, whether
/// they keep one length or change it later, and whether the file is read whole or as a split file's head; and when the
/// rows keep one length, the room made is the rows the file holds and a little more, not twice as many.
/// </summary>
public class TableRoomProperties
{
    private const string Header = "case_no,matter_code,unit_code,department_code,window_code,accepted_at,completed_at\n";

    [Property(MaxTest = 8)]
    public Property Every_row_is_kept_and_room_follows_the_rows_bytes()
    {
        Gen<(int Rows, int FirstWidth, int LaterWidth, bool ViaHead)> shapes =
            from extra in Gen.Choose(1, ColumnarTable<CaseRow>.SampleRows / 2)
            from firstWidth in Gen.Elements(8, 12, 40)
            from changes in ArbMap.Default.GeneratorFor<bool>()
            from laterWidth in changes ? Gen.Elements(8, 12, 40) : Gen.Constant(firstWidth)
            from viaHead in ArbMap.Default.GeneratorFor<bool>()
            select (ColumnarTable<CaseRow>.SampleRows + extra, firstWidth, laterWidth, viaHead);
        return Prop.ForAll(shapes.ToArbitrary(), shape =>
        {
            Outcome outcome = Read(shape);
            return outcome.EveryRowKept.Label("every row kept")
                .And(outcome.KeysAndLines).Label("each row's key and line")
                .And(shape.FirstWidth != shape.LaterWidth || outcome.RoomFollowsTheRows).Label($"room for {outcome.Room} rows, not twice {shape.Rows}");
        });
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(60, false)]
    [InlineData(60, true)]
    [InlineData(2000, false)]
    public void A_file_read_to_its_end_before_its_sample_is_counted_gets_room_for_its_buffered_rows_not_twice_its_rows(int extra, bool viaHead)
    {
        // A few rows beyond the sample: the reader has taken the whole file into its buffers by then, so no bytes are
        // left to estimate the rest from; what remains is what the buffers hold.
        Outcome outcome = Read((ColumnarTable<CaseRow>.SampleRows + extra, 12, 12, viaHead));
        Assert.True(outcome.EveryRowKept && outcome.KeysAndLines);
        Assert.True(outcome.RoomFollowsTheRows, $"room for {outcome.Room} rows");
    }

    /// <summary>Reads a generated cases file of a shape into a table: whether every row was kept, with its key and line, and the room made.</summary>
    private static Outcome Read((int Rows, int FirstWidth, int LaterWidth, bool ViaHead) shape)
    {
        (int rows, int firstWidth, int laterWidth, bool viaHead) = shape;
        int switchAt = ColumnarTable<CaseRow>.SampleRows + ((rows - ColumnarTable<CaseRow>.SampleRows) / 3);
        string KeyOf(int row) => "C" + row.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft((row < switchAt ? firstWidth : laterWidth) - 1, '0');
        var text = new StringBuilder(Header);
        for (int row = 0; row < rows; row++)
        {
            text.Append(KeyOf(row)).Append(",M").Append(row % 50).Append(",410238,,,2023-05-07T02:40:14+08:00,2023-05-08T04:00:14+08:00\n");
        }
        byte[] bytes = Encoding.UTF8.GetBytes(text.ToString());
        var table = new CaseTable();
        int rejects = 0;
        if (viaHead)
        {
            using var file = new TempFile(bytes);
            using var split = new SplitFile(file.Path, minimumTail: long.MaxValue);
            using var reader = new StreamReader(split.Head);
            table.Read(reader, "cases.csv", _ => rejects++);
        }
        else
        {
            using var reader = new StreamReader(new MemoryStream(bytes));
            table.Read(reader, "cases.csv", _ => rejects++);
        }
        int[] sampled = [.. Enumerable.Range(0, rows).Where(row => row % 997 == 0 || row == switchAt || row == rows - 1)];
        return new Outcome(
            table.Count == rows && rejects == 0,
            sampled.All(row => table.Numbers.TextAt(row) == KeyOf(row) && table.LineOf(row) == row + 2),
            table.Rows.Length,
            table.Rows.Length <= (rows * 1.1) + 2048);
    }

    /// <summary>What reading a file into a table gave: every row kept, each sampled row's key and line, the room made, and whether that room is the rows and a little more.</summary>
    private sealed record Outcome(bool EveryRowKept, bool KeysAndLines, int Room, bool RoomFollowsTheRows);
}
