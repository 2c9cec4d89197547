using System;

namespace Evaluation.IO.Columnar;

/// <summary>
/// The line each row of a table was read from, kept as runs of consecutive lines rather than a number per row: a run
/// starts only where a row's line does not follow the row before it's (a rejected row, or a record over several lines,
/// between them). Rows taken from records without a line (0) form runs of their own.
/// </summary>
internal sealed class LineRuns
{
    private int[] startRows = new int[16];
    private int[] firstLines = new int[16];
    private int runs;

    /// <summary>The number of rows.</summary>
    internal int Count { get; private set; }

    /// <summary>The number of runs, for tests.</summary>
    internal int Runs => runs;

    /// <summary>Records the line of the next row (0 for none).</summary>
    internal void Add(int line)
    {
        if (!Continues(line))
        {
            Start(Count, line);
        }
        Count++;
    }

    /// <summary>Appends another table's rows' lines after these, each line other than 0 shifted by <paramref name="shift"/>.</summary>
    internal void AppendAll(LineRuns other, int shift)
    {
        for (int r = 0; r < other.runs; r++)
        {
            int first = other.firstLines[r];
            int line = first == 0 ? 0 : checked(first + shift);
            if (!(other.startRows[r] == 0 && Continues(line)))
            {
                Start(Count + other.startRows[r], line);
            }
            // A line shifted to 0 reads as none: that row alone, the run's next row is line 1.
            int end = r + 1 < other.runs ? other.startRows[r + 1] : other.Count;
            if (first != 0 && line == 0 && other.startRows[r] + 1 < end)
            {
                Start(Count + other.startRows[r] + 1, 1);
            }
        }
        Count += other.Count;
    }

    /// <summary>The line a row was read from, or 0 for none.</summary>
    internal int LineOf(int row)
    {
        if ((uint)row >= (uint)Count)
        {
            throw new ArgumentOutOfRangeException(nameof(row));
        }
        int run = Array.BinarySearch(startRows, 0, runs, row);
        run = run >= 0 ? run : ~run - 1;
        return firstLines[run] == 0 ? 0 : firstLines[run] + (row - startRows[run]);
    }

    /// <summary>Whether the next row, read from <paramref name="line"/>, continues the last run.</summary>
    private bool Continues(int line)
    {
        if (runs == 0)
        {
            return false;
        }
        int first = firstLines[runs - 1];
        return first == 0 ? line == 0 : line != 0 && line == first + (Count - startRows[runs - 1]);
    }

    private void Start(int row, int line)
    {
        if (runs == startRows.Length)
        {
            Array.Resize(ref startRows, runs * 2);
            Array.Resize(ref firstLines, runs * 2);
        }
        startRows[runs] = row;
        firstLines[runs] = line;
        runs++;
    }
}
