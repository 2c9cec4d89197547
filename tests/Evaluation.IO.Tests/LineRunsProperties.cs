using System.Linq;
using Evaluation.IO.Columnar;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Evaluation.IO.Tests;

/// <summary>
/// A table's rows keep their lines as runs of consecutive lines: every row's line reads back as recorded, whether lines
/// follow on, skip (rejected rows, records over several lines), repeat or are absent (0), and a tail's rows appended
/// with their lines shifted read back shifted (absent lines staying absent).
/// </summary>
public class LineRunsProperties
{
    /// <summary>Lines as a reader meets them: mostly the next line, sometimes a jump, sometimes none.</summary>
    private static readonly Gen<int[]> Lines =
        Gen.Frequency((8, Gen.Constant(1)), (1, Gen.Choose(2, 5)), (1, Gen.Constant(0)), (1, Gen.Constant(-1)))
            .ArrayOf()
            .Select(steps =>
            {
                int line = 1;
                return steps.Select(step => step switch
                {
                    0 => 0,
                    -1 => line,
                    _ => line += step,
                }).ToArray();
            });

    [Property(MaxTest = 500)]
    public Property Every_row_reads_back_the_line_it_was_read_from() =>
        Prop.ForAll(Lines.ToArbitrary(), lines =>
        {
            var runs = new LineRuns();
            foreach (int line in lines)
            {
                runs.Add(line);
            }
            return (runs.Count == lines.Length && Enumerable.Range(0, lines.Length).All(row => runs.LineOf(row) == lines[row])).Label($"{lines.Length} rows in {runs.Runs} runs");
        });

    [Property(MaxTest = 500)]
    public Property A_tail_appended_reads_back_its_lines_shifted() =>
        Prop.ForAll(Lines.ToArbitrary(), Lines.ToArbitrary(), Gen.Choose(-1, 1000).ToArbitrary(), (head, tail, shift) =>
        {
            LineRuns Of(int[] lines)
            {
                var runs = new LineRuns();
                foreach (int line in lines)
                {
                    runs.Add(line);
                }
                return runs;
            }
            LineRuns all = Of(head);
            all.AppendAll(Of(tail), shift);
            int[] expected = [.. head, .. tail.Select(line => line == 0 ? 0 : line + shift)];
            return all.Count == expected.Length && Enumerable.Range(0, expected.Length).All(row => all.LineOf(row) == expected[row]);
        });

    [Fact]
    public void A_tail_line_shifted_to_0_is_no_line_and_the_lines_after_it_go_on_from_1()
    {
        var head = new LineRuns();
        head.Add(5);
        var tail = new LineRuns();
        foreach (int line in new[] { 1, 2, 3 })
        {
            tail.Add(line);
        }
        head.AppendAll(tail, -1);
        Assert.Equal([5, 0, 1, 2], Enumerable.Range(0, head.Count).Select(head.LineOf));
    }

    [Fact]
    public void Consecutive_lines_make_one_run()
    {
        var runs = new LineRuns();
        for (int line = 2; line < 100_002; line++)
        {
            runs.Add(line);
        }
        Assert.Equal(1, runs.Runs);
        Assert.Equal(50_001, runs.LineOf(49_999));
    }
}
