using System;
using System.IO;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Evaluation.Demo;
using Evaluation.IO.Columnar;

namespace Evaluation.IO.Benchmarks;

/// <summary>
/// Reading a directory's two large files into tables, both at once as the <c>evaluation</c> tool does, beside the least
/// a reader must do with the same files (<see cref="LeastWorkReader"/>), one file per core: how far the tables' reader,
/// which also validates every field, is from what the machine allows.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 7)]
public class DirectoryReadingBenchmarks
{
    private string directory = "";

    /// <summary>The demo data's scale: 0.25 writes about 1.5 million ratings and 1.25 million cases (270 MB).</summary>
    [Params(0.25)]
    public double Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        directory = Path.Combine(Path.GetTempPath(), $"evaluation-reading-{Environment.ProcessId}");
        var data = new DemoDataSet(scale: Scale);
        DataDirectory.Write(directory, new DirectoryRecords
        {
            Units = DemoDataSet.Units(),
            Departments = DemoDataSet.Departments(),
            Windows = DemoDataSet.Windows(),
            Cases = data.Cases(),
            Ratings = data.Ratings(),
        });
        // Both read every row, or the comparison means nothing.
        if (LeastWork() != Tables())
        {
            throw new InvalidOperationException("The least-work reader and the tables' reader read different numbers of rows.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(directory, recursive: true);

    [Benchmark(Baseline = true, Description = "least work: split, keep keys, encode codes (one file per core)")]
    public long LeastWork()
    {
        int cases = 0, ratings = 0;
        Parallel.Invoke(
            () => cases = LeastWorkReader.Read(Path.Combine(directory, "cases.csv"), keys: 1),
            () => ratings = LeastWorkReader.Read(Path.Combine(directory, "ratings.csv"), keys: 2));
        return cases + (long)ratings;
    }

    [Benchmark(Description = "tables: read and check every field (ColumnarDirectory.Read)")]
    public long Tables()
    {
        ColumnarDirectory read = ColumnarDirectory.Read(directory, progress: null);
        return read.Cases.Count + (long)read.Ratings.Count;
    }
}
