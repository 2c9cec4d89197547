using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Evaluation.Workbooks.Writing;
using Xunit;

namespace Evaluation.Cli.Tests.Workbooks;

/// <summary>The live heap is the process's: no other test runs beside these.</summary>
[CollectionDefinition(nameof(HeapMeasuringTests), DisableParallelization = true)]
public sealed class HeapMeasuringTests;

[Collection(nameof(HeapMeasuringTests))]
public class WorkbookStreamingTests
{
    /// <summary>Rows made when read, which weigh the live heap after a full collection at two points of the writing.</summary>
    private sealed class MeasuredRows(int count, int[] at, long[] live) : IReadOnlyList<IReadOnlyList<string>>
    {
        private int measured;

        public int Count => count;

        public IReadOnlyList<string> this[int index]
        {
            get
            {
                if (measured < at.Length && index == at[measured])
                {
                    live[measured++] = GC.GetTotalMemory(forceFullCollection: true);
                }
                string n = index.ToString(CultureInfo.InvariantCulture);
                return [n, "事项" + n, "2023-01-01", n, (index % 10_000).ToString("0.00", CultureInfo.InvariantCulture) + "%"];
            }
        }

        public IEnumerator<IReadOnlyList<string>> GetEnumerator()
        {
            for (int i = 0; i < count; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    [Fact]
    public void A_long_sheet_is_written_in_memory_that_does_not_grow_with_its_rows()
    {
        const int Rows = 400_000;
        long[] live = new long[2];
        // The widths are read from the first rows; the writing is measured well after them.
        var rows = new MeasuredRows(Rows, [WorkbookWriter.WidthSampleRows + 50_000, Rows - 1], live);
        var table = new SheetTable("逐日事项", ["序号", "事项", "日期", "评价数量", "好评率"], [ColumnKind.Count, ColumnKind.Text, ColumnKind.Text, ColumnKind.Count, ColumnKind.Rate], rows);
        using var sink = new CountingStream();
        WorkbookWriter.Write(sink, [table]);
        Assert.True(sink.Written > 1_000_000, $"{sink.Written} bytes written");
        // 340,000 rows later the live heap has grown by less than 8 MB (about 25 bytes a row would exceed it).
        Assert.True(live[1] - live[0] < 8 << 20, $"live heap {live[0]:N0} then {live[1]:N0} bytes");
    }

    /// <summary>A stream that counts what is written to it and keeps nothing, but can seek as a file can.</summary>
    private sealed class CountingStream : Stream
    {
        internal long Written { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Written;

        public override long Position { get => Written; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Written += count;
    }
}
