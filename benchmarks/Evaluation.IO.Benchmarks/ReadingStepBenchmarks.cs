using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using Evaluation.Core.Catalog;
using Evaluation.Core.Utility;
using Evaluation.Demo;
using Evaluation.IO.Columnar;
using Evaluation.IO.Csv;

namespace Evaluation.IO.Benchmarks;

/// <summary>
/// Where the reading of <c>cases.csv</c> goes, step by step, on one core: the baseline splits every row and touches
/// its seven fields (the file decoded, guarded and split by Sep); each other benchmark adds one step's work to that,
/// and the last reads the whole table. The file is the demo's at a quarter of its size, or that of the directory
/// <c>EVALUATION_READ_DIR</c> names (an export of the end-to-end benchmark, whose 50,000 matters come in random order).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 7)]
public class ReadingStepBenchmarks
{
    private string directory = "";
    private bool written;

    private string CasesFile => Path.Combine(directory, "cases.csv");

    [GlobalSetup]
    public void Setup()
    {
        directory = Environment.GetEnvironmentVariable("EVALUATION_READ_DIR") ?? "";
        if (directory.Length == 0)
        {
            directory = Path.Combine(Path.GetTempPath(), $"evaluation-reading-steps-{Environment.ProcessId}");
            DataDirectory.Write(directory, new DirectoryRecords { Cases = new DemoDataSet(scale: 0.25).Cases() });
            written = true;
        }
        // Every step takes every row, or the comparison means nothing.
        if (Fields() != Table())
        {
            throw new InvalidOperationException("The steps and the table took different numbers of rows.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (written)
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Benchmark(Baseline = true, Description = "split, every field touched")]
    public long Fields() => Read((row, _) => row[0].Length + row[1].Length + row[2].Length + row[3].Length + row[4].Length + row[5].Length + row[6].Length > 0);

    [Benchmark(Description = "+ both instants parsed, the number checked")]
    public long Instants() => Read((row, _) => FieldParser.TryPackedInstant(row[5], out PackedInstant _) & FieldParser.TryPackedInstant(row[6], out PackedInstant _) && Identifiers.IsWellFormed(row[0]));

    [Benchmark(Description = "+ the numbers kept as keys")]
    public long Keys()
    {
        var keys = new KeyColumn();
        return Read((row, _) =>
        {
            keys.Add(row[0]);
            return true;
        });
    }

    [Benchmark(Description = "+ the matters encoded")]
    public long Matters()
    {
        var matters = new CodeColumn<MatterCode>(MatterCode.TryParse);
        return Read((row, _) =>
        {
            ReadOnlySpan<char> matter = row[1];
            return matters.IndexOf(matter, matters.Probe(matter)) > 0;
        });
    }

    [Benchmark(Description = "+ the units, departments and windows encoded")]
    public long SmallCodes()
    {
        var units = new CodeColumn<UnitCode>(UnitCode.TryParse);
        var departments = new CodeColumn<DepartmentCode>(DepartmentCode.TryParse);
        var windows = new CodeColumn<WindowCode>(WindowCode.TryParse);
        return Read((row, _) =>
        {
            ReadOnlySpan<char> unit = row[2], department = row[3], window = row[4];
            ShortText unitKey = units.Probe(unit), departmentKey = departments.Probe(department), windowKey = windows.Probe(window);
            return units.IndexOf(unit, unitKey) > 0 & departments.IndexOf(department, departmentKey) >= 0 & windows.IndexOf(window, windowKey) >= 0;
        });
    }

    [Benchmark(Description = "the whole table (CaseTable.Read)")]
    public long Table()
    {
        using TextReader text = Open();
        return new CaseTable().Read(text, "cases.csv", _ => { }).Records;
    }

    private long Read(CsvRecordReader.FastRow step)
    {
        using TextReader text = Open();
        return new CsvRecordReader().ReadCases(text, "cases.csv", step, _ => { }, _ => { }).Records;
    }

    private TextReader Open() => DataDirectory.OpenText(new FileStream(CasesFile, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0));
}
