using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Evaluation.Core.Metrics;
using Evaluation.IO.Json;
using NodaTime;
using Xunit;

namespace Evaluation.IO.Tests;

/// <summary>The JSON report is handed to its stream a block at a time as it is written, never held whole.</summary>
public class ReportJsonWriterTests
{
    [Fact]
    public void A_report_of_many_rows_reaches_its_stream_in_blocks_that_together_are_the_whole_document()
    {
        const int rows = 20_000;
        ReportRow[] reportRows =
        [
            .. Enumerable.Range(0, rows).Select(i => new ReportRow(
                [new ReportDimension("matter", $"M{i}", $"事项{i}")], "2023-12",
                [new KeyValuePair<string, long>("ratings", i)],
                [new KeyValuePair<string, Rate>("goodRate", new Rate(i, rows))])),
        ];
        var document = new ReportDocument(["matter"], "month", "national", Instant.FromUtc(2023, 12, 31, 16, 0), rows, rows, 0, reportRows);
        var stream = new WriteRecordingStream();

        ReportJsonWriter.Write(stream, document);

        Assert.True(stream.Writes.Count > 10, $"{stream.Writes.Count} writes");
        Assert.True(stream.Writes.Max() < 1 << 17, $"the largest write is {stream.Writes.Max()} bytes");
        using JsonDocument json = JsonDocument.Parse(stream.ToArray());
        JsonElement written = json.RootElement.GetProperty("rows");
        Assert.Equal(rows, written.GetArrayLength());
        Assert.Equal("事项19999", written[rows - 1].GetProperty("matterName").GetString());
        Assert.Equal(19_999, written[rows - 1].GetProperty("ratings").GetInt64());
    }

    /// <summary>A memory stream that records the length of each write.</summary>
    private sealed class WriteRecordingStream : MemoryStream
    {
        internal List<int> Writes { get; } = [];

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes.Add(count);
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Writes.Add(buffer.Length);
            base.Write(buffer);
        }
    }
}
