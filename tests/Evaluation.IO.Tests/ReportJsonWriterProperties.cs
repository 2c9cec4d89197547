using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Evaluation.Core.Metrics;
using Evaluation.IO.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Evaluation.IO.Tests;

/// <summary>Rows made on several threads, a block each, are written as the same bytes as rows written one by one.</summary>
public class ReportJsonWriterProperties
{
    private static readonly Gen<ReportRow> Rows =
        from code in Gen.Elements<string?>(null, "M1", "M2", "410202", "W-1")
        from name in Gen.Elements<string?>(null, "事项", "龙亭区", "a \"quoted\" name", "tab\tand\nline")
        from period in Gen.Elements<string?>(null, "2023", "2023-12", "2023-W49")
        from count in Gen.Choose(0, 1_000_000)
        from numerator in Gen.Choose(0, 50)
        from extra in Gen.Choose(0, 50)
        select new ReportRow(
            [new ReportDimension("matter", code, name)],
            period,
            [new KeyValuePair<string, long>("cases", count), new KeyValuePair<string, long>("ratings", (long)count * 1_000)],
            [new KeyValuePair<string, Rate>("goodRate", new Rate(numerator, numerator + extra)), new KeyValuePair<string, Rate>("badRate", new Rate(0, extra))]);

    [Property(MaxTest = 200)]
    public Property Rows_written_in_blocks_on_several_threads_are_the_bytes_of_rows_written_one_by_one() =>
        Prop.ForAll(
            Rows.ArrayOf().ToArbitrary(),
            Gen.Choose(1, 5).ToArbitrary(),
            Gen.Choose(2, 4).ToArbitrary(),
            (rows, blockRows, threads) =>
            {
                var document = new ReportDocument(["matter"], "month", "henan", Instant.FromUtc(2023, 12, 31, 16, 0), rows.Length, rows.Length, 0, rows);
                return Bytes(s => ReportJsonWriter.Write(s, document, threads, blockRows)).SequenceEqual(Bytes(s => ReportJsonWriter.Write(s, document)))
                    .Label($"{rows.Length} rows in blocks of {blockRows} on {threads} threads");
            });

    private static byte[] Bytes(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }
}
