using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Evaluation.EndToEnd.Benchmarks;

/// <summary>
/// Whether the cost of a report grows with its rows and nothing faster: <c>evaluation report</c> run in process (its
/// output counted, not kept) on three shapes, the city's export by unit and month, a wide catalogue (5,000 windows,
/// 100,000 matters) by unit and month, and the city's export by matter and day, at the sizes of
/// <c>EVALUATION_SCALING_N</c> (default 1, 4 and 16 million cases and as many ratings), in each output format of
/// <c>EVALUATION_SCALING_FORMATS</c> (default all six: JSON, the console table, CSV, Markdown, an HTML page and a
/// workbook, the workbook written to a file beside the export and deleted) and on each shape of
/// <c>EVALUATION_SCALING_SHAPES</c> (default all three, by their names below). The time per row is the mean over N.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 2)]
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private string directory = string.Empty;

    public static IEnumerable<int> Sizes =>
        (Environment.GetEnvironmentVariable("EVALUATION_SCALING_N") ?? "1000000,4000000,16000000").Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture));

    public static IEnumerable<string> Shapes =>
        Environment.GetEnvironmentVariable("EVALUATION_SCALING_SHAPES")?.Split(',') ?? ["city unit x month", "wide unit x month", "city matter x day"];

    public static IEnumerable<string> Formats =>
        (Environment.GetEnvironmentVariable("EVALUATION_SCALING_FORMATS") ?? "json,table,csv,markdown,html,xlsx").Split(',');

    [ParamsSource(nameof(Shapes))]
    public string Shape { get; set; } = string.Empty;

    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    [ParamsSource(nameof(Formats))]
    public string Format { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        ExportShape shape = Shape.StartsWith("wide", StringComparison.Ordinal) ? ExportShape.Wide : ExportShape.City;
        string root = Environment.GetEnvironmentVariable("EVALUATION_E2E_DIR") ?? Path.GetTempPath();
        directory = ExportGenerator.Ensure(Path.Combine(root, $"evaluation-e2e-{shape.Name}-{N}"), N, shape);
    }

    [Benchmark]
    public long Report()
    {
        string[] grouping = Shape.EndsWith("matter x day", StringComparison.Ordinal) ? ["--by", "matter", "--period", "day"] : ["--by", "unit", "--period", "month"];
        if (Format == "xlsx")
        {
            // A workbook is written to a file only.
            string file = directory + ".xlsx";
            try
            {
                int written = Cli.Program.Run(["report", directory, .. grouping, "--format", Format, "--out", file], TextWriter.Null, TextWriter.Null);
                return written == 0 ? new FileInfo(file).Length : throw new InvalidOperationException($"evaluation report exited with {written}");
            }
            finally
            {
                File.Delete(file);
            }
        }
        using var sink = new CountingStream();
        using var output = new StreamWriter(sink, new UTF8Encoding(false), 1 << 16);
        int code = Cli.Program.Run(["report", directory, .. grouping, "--format", Format], output, TextWriter.Null);
        output.Flush();
        return code == 0 ? sink.Length : throw new InvalidOperationException($"evaluation report exited with {code}");
    }
}
