using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Evaluation.IO.Columnar;

namespace Evaluation.IO.Benchmarks;

/// <summary>
/// Dictionary-encoding the four code columns of a large file (matter, unit, department, window), the reader's most
/// frequent step, in the shape of a city's export: 50,000 matters, 400 units with ten departments and four windows each,
/// rows in random order, their codes' characters end to end in one array as a reader's buffer holds them. The baseline
/// is the plain way: a <see cref="Dictionary{TKey, TValue}"/> of strings looked up by characters (an alternate lookup).
/// The matters' codes come in two forms (<see cref="Shape"/>): the city's six characters, and thirteen numbered within a
/// unit (<c>M410200-00000</c> onwards, as the demo's are), whose serial number ends the packed text's second word; those
/// come with the rows in random order or, as in the demo's files, each unit's matters in turn.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 9)]
public class CodeLookupBenchmarks
{
    private const int Rows = 2_000_000;
    private char[] text = [];
    private int[] starts = [];

    /// <summary>The number of distinct matters: the catalogue that outgrows a processor's nearest caches.</summary>
    [Params(1_000, 50_000)]
    public int Matters { get; set; }

    /// <summary>The matters' codes and the rows' order: <c>city</c>, <c>numbered</c> (random order) or <c>numbered-in-turn</c>.</summary>
    [Params("city", "numbered", "numbered-in-turn")]
    public string Shape { get; set; } = "city";

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20231231);
        var all = new System.Text.StringBuilder();
        starts = new int[(Rows * 4) + 1];
        for (int row = 0; row < Rows; row++)
        {
            int unit = random.Next(400);
            int matter = Shape == "numbered-in-turn" ? row % Matters : random.Next(Matters);
            string matterCode = Shape == "city" ? $"M{matter:D5}" : $"M{410200 + (matter / 10_000)}-{matter % 10_000:D5}";
            string[] codes = [matterCode, $"{410100 + unit}", $"D{410100 + unit}-{random.Next(10):D2}", $"W{410100 + unit}-{random.Next(4)}"];
            for (int column = 0; column < 4; column++)
            {
                starts[(row * 4) + column] = all.Length;
                all.Append(codes[column]);
            }
        }
        starts[Rows * 4] = all.Length;
        text = all.ToString().ToCharArray();
        if (Dictionaries() != Columns())
        {
            throw new InvalidOperationException("The two encodings disagree.");
        }
    }

    [Benchmark(Baseline = true, Description = "Dictionary<string, int>, looked up by characters")]
    public long Dictionaries()
    {
        var columns = new Dictionary<string, int>[4];
        var lookups = new Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>[4];
        for (int column = 0; column < 4; column++)
        {
            columns[column] = new Dictionary<string, int>(StringComparer.Ordinal);
            lookups[column] = columns[column].GetAlternateLookup<ReadOnlySpan<char>>();
        }
        long sum = 0;
        for (int cell = 0; cell < Rows * 4; cell++)
        {
            int column = cell & 3;
            ReadOnlySpan<char> code = text.AsSpan(starts[cell], starts[cell + 1] - starts[cell]);
            if (!lookups[column].TryGetValue(code, out int index))
            {
                index = columns[column].Count + 1;
                columns[column].Add(code.ToString(), index);
            }
            sum += index;
        }
        return sum;
    }

    [Benchmark(Description = "TextColumn of codes: short ASCII codes packed in two words")]
    public long Columns()
    {
        var columns = new[] { new TextColumn(), new TextColumn(), new TextColumn(), new TextColumn() };
        long sum = 0;
        for (int cell = 0; cell < Rows * 4; cell++)
        {
            sum += columns[cell & 3].IndexOf(text.AsSpan(starts[cell], starts[cell + 1] - starts[cell]));
        }
        return sum;
    }
}
