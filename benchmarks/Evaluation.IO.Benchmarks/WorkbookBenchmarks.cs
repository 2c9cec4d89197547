using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO.Compression;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Evaluation.Cli.Tests.Workbooks;
using Evaluation.EndToEnd.Benchmarks;
using Evaluation.Workbooks.Writing;
using MiniExcelLibs;

namespace Evaluation.IO.Benchmarks;

/// <summary>
/// Writing a report of 100,000 rows to a workbook (the shape of a grouping by matter and day: 序号, a matter's Chinese
/// name, the day, four counts, four rates; a total row). The baseline is what a user would otherwise reach for,
/// MiniExcel, given the same rows as typed values; beside it, the Open XML SDK's element writer, an element object a
/// cell, in a zip entry compressed as ours are (the way the sheets were written before), and ours on one thread and on
/// every processor. Every writer compresses; output is only counted.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class WorkbookBenchmarks
{
    private const int Rows = 100_000;

    private static readonly string[] Headings = ["序号", "事项", "统计周期", "评价数量", "主动评价数", "好评率", "差评", "差评整改率", "评价覆盖事项率", "主动评价率"];

    private SheetTable table = null!;
    private List<Dictionary<string, object>> typed = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2023);
        string[][] rows = [.. Enumerable.Range(0, Rows).Select(i => Row(i, random))];
        table = new SheetTable("“好差评”指标（事项，按日）", Headings, [ColumnKind.Count, ColumnKind.Text, ColumnKind.Text, ColumnKind.Count, ColumnKind.Count, ColumnKind.Rate, ColumnKind.Count, ColumnKind.Rate, ColumnKind.Rate, ColumnKind.Rate], rows)
        {
            EndsWithTotal = true,
        };
        typed = [.. rows.Select(r => Headings.Select((h, c) => (h, Typed(table.Kinds[c], r[c]))).ToDictionary(p => p.h, p => p.Item2))];
    }

    [Benchmark(Baseline = true, Description = "MiniExcel, typed values")]
    public long MiniExcelWriter()
    {
        using var sink = new CountingStream();
        sink.SaveAs(typed, sheetName: "事项按日");
        return sink.Length;
    }

    [Benchmark(Description = "Open XML SDK, an element a cell")]
    public long ElementWriter()
    {
        using var sink = new CountingStream();
        using (var zip = new ZipArchive(sink, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open();
            ReferenceSheetWriter.Write(entry, table, Widths, 0, Rows, true);
        }
        return sink.Length;
    }

    [Benchmark(Description = "WorkbookWriter, one thread")]
    public long OneThread()
    {
        using var sink = new CountingStream();
        WorkbookWriter.Write(sink, [table]);
        return sink.Length;
    }

    [Benchmark(Description = "WorkbookWriter, rows on every processor")]
    public long EveryProcessor()
    {
        using var sink = new CountingStream();
        WorkbookWriter.Write(sink, [table with { ConcurrentRowReads = true }]);
        return sink.Length;
    }

    private static readonly double[] Widths = [.. Headings.Select(_ => 12.5)];

    private static string[] Row(int i, Random random)
    {
        int ratings = random.Next(0, 40), good = random.Next(0, ratings + 1);
        return
        [
            (i + 1).ToString(CultureInfo.InvariantCulture), $"事项{i / 365}", $"2023-{(i % 12) + 1:D2}-{(i % 28) + 1:D2}",
            ratings.ToString(CultureInfo.InvariantCulture), good.ToString(CultureInfo.InvariantCulture), Percent(good, ratings),
            (ratings - good).ToString(CultureInfo.InvariantCulture), Percent(random.Next(0, 3), 2), Percent(random.Next(0, 101), 100), Percent(good, ratings),
        ];
    }

    private static string Percent(int numerator, int denominator) =>
        denominator == 0 ? "/" : (100.0 * numerator / denominator).ToString("0.00", CultureInfo.InvariantCulture) + "%";

    private static object Typed(ColumnKind kind, string text) => kind switch
    {
        ColumnKind.Count => long.Parse(text, CultureInfo.InvariantCulture),
        ColumnKind.Rate when text.EndsWith('%') => double.Parse(text[..^1], CultureInfo.InvariantCulture) / 100,
        _ => text,
    };
}
